package org.compendium.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.compendium.extract.Tokens;
import org.compendium.extract.WordRuns;
import org.compendium.util.WordScanner;

/**
 * A word or punctuation mark of a sentence, with its UTF-16 offsets into the document text. Words keep inner
 * apostrophes, hyphens and periods ("Japan's", "Kim Jong-Il", "U.S"); every other non-space character is a token.
 */
record Token(String text, String lower, int start, int end, int id) {
  /** A token without a vocabulary id (looked up by its lower-case string). */
  Token(String text, String lower, int start, int end) {
    this(text, lower, start, end, -1);
  }

  /** The characters that join two runs of letters and digits into one word. */
  static final String JOINERS = "'\u2019.-/";

  /** The first {@code max} tokens of {@code doc[from, to)} (all of them when there are fewer). */
  static List<Token> tokenize(String doc, int from, int to, int max) {
    List<Token> out = new ArrayList<>();
    int i = from;
    long t;
    while (out.size() < max && (t = WordScanner.next(doc, i, to, JOINERS)) >= 0) {
      int start = (int) (t >>> 32);
      i = (int) t;
      String s = doc.substring(start, i);
      out.add(new Token(s, s.toLowerCase(Locale.ROOT), start, i));
    }
    return out;
  }

  /**
   * The first {@code max} tokens of {@code base.text()[from, to)}, as {@link #tokenize(String, int, int, int)}
   * gives them, read off the shared tokens: a token that is one base token takes the shared lower-case form
   * (and, when it is in lower case already, the same string as its text) and its id in {@code base}'s
   * vocabulary; a joined one has id -1.
   */
  static List<Token> tokenize(Tokens base, int from, int to, int max) {
    List<Token> out = new ArrayList<>();
    if (max <= 0) {
      return out;
    }
    String doc = base.text();
    WordRuns.scan(base, from, to, JOINERS, (start, end, b) -> {
      if (b < 0) {
        String t = doc.substring(start, end);
        out.add(new Token(t, t.toLowerCase(Locale.ROOT), start, end));
      } else {
        String lower = base.lower(b);
        out.add(new Token(base.any(b, Tokens.SAME_LOWER) ? lower : doc.substring(start, end), lower, start, end,
            base.id(b)));
      }
      return out.size() < max;
    });
    return out;
  }

  static List<Token> tokenize(String doc, int from, int to) {
    List<Token> out = new ArrayList<>();
    // Same tokens as the pattern "[\\p{L}\\p{N}]+(?:['\u2019.\\-/][\\p{L}\\p{N}]+)*|\\S", without the regex engine.
    WordScanner.scan(doc, from, to, JOINERS, (start, end) -> {
      String t = doc.substring(start, end);
      out.add(new Token(t, t.toLowerCase(Locale.ROOT), start, end));
    });
    return out;
  }

  boolean isWord() {
    return Character.isLetterOrDigit(text.charAt(0));
  }

  boolean isCapitalized() {
    return Character.isUpperCase(text.charAt(0));
  }

  /** "Japan's", "Wang’s". */
  boolean isPossessive() {
    return lower.endsWith("'s") || lower.endsWith("\u2019s");
  }

  boolean is(String word) {
    return lower.equals(word);
  }
}
