package org.compendium.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word or punctuation mark of a sentence, with its UTF-16 offsets into the document text. Words keep inner
 * apostrophes, hyphens and periods ("Japan's", "Kim Jong-Il", "U.S"); every other non-space character is a token.
 */
record Token(String text, String lower, int start, int end) {
  private static final Pattern TOKEN =
      Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019.\\-/][\\p{L}\\p{N}]+)*|\\S");

  static List<Token> tokenize(String doc, int from, int to) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(doc).region(from, to);
    while (m.find()) {
      String t = m.group();
      out.add(new Token(t, t.toLowerCase(Locale.ROOT), m.start(), m.end()));
    }
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
