package org.compendium.extract.commitment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.compendium.util.WordScanner;

/**
 * A word or punctuation mark of the text with its UTF-16 offsets. {@code lower} is lowercased, with the
 * typographic apostrophe read as "'". Words keep inner hyphens and apostrophes ("face-to-face", "japan's").
 * {@code cue} is what the cue lexicon knows of the word, looked up once when the token is made (null: not
 * looked up; the lexicon then looks it up on each question).
 */
record Token(String lower, String raw, int start, int end, boolean word, CueLexicon.Word cue) {
  Token(String lower, String raw, int start, int end, boolean word) {
    this(lower, raw, start, end, word, null);
  }
  private static final String JOINERS = "'\u2019-";

  /** Splits {@code text[from, to)} into tokens. */
  static List<Token> split(String text, int from, int to) {
    return split(text, from, to, null);
  }

  /** Splits {@code text[from, to)} into tokens, each with what {@code lex} (may be null) knows of it. */
  static List<Token> split(String text, int from, int to, CueLexicon lex) {
    List<Token> out = new ArrayList<>();
    // Same tokens as the pattern "[\\p{L}\\p{N}]+(?:['\u2019\\-][\\p{L}\\p{N}]+)*|\\S", without the regex engine.
    WordScanner.scan(text, from, to, JOINERS, (start, end) -> {
      String raw = text.substring(start, end);
      boolean word = Character.isLetterOrDigit(raw.charAt(0));
      String lower = raw.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
      out.add(new Token(lower, raw, start, end, word, lex == null ? null : lex.word(lower)));
    });
    return out;
  }

  boolean is(String s) {
    return lower.equals(s);
  }

  boolean capitalized() {
    return word && Character.isUpperCase(raw.charAt(0));
  }

  /** An adverb that may sit inside a verb group ("will definitely be realized", "to further intensify"). */
  boolean adverb() {
    return word && ((lower.endsWith("ly") && lower.length() > 4 && !lower.equals("italy"))
        || lower.equals("also") || lower.equals("further") || lower.equals("not") || lower.equals("soon")
        || lower.equals("still") || lower.equals("then") || lower.equals("together") || lower.equals("again")
        || lower.equals("now") || lower.equals("never"));
  }
}
