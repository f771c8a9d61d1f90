package org.compendium.resolve;

/**
 * Splits text into the word tokens place names are matched on, in one pass without regular expressions:
 * <ul>
 *   <li>an acronym with periods, a capital then letters each followed by a period ("U.S.", "D.C.");
 *   <li>a possessive "'s" or "’s" standing alone ("Russia" + "'s");
 *   <li>a word: letters, marks and digits, with inner apostrophes ("Xi'an", "d'Ivoire") but not "'s".
 * </ul>
 * Everything else (spaces, punctuation, hyphens) separates tokens. The reference definition is
 * {@link #REFERENCE}, which a test compares against on random text. Letters outside the Basic Multilingual
 * Plane are treated as separators. Stateless.
 */
public final class NameTokenizer {
  /** The same tokens as a regular expression (slower; kept as the specification). */
  public static final String REFERENCE =
      "\\p{Lu}\\.(?:\\p{L}\\.)+|['’]s\\b|[\\p{L}\\p{M}\\p{N}]+(?:['’](?!s\\b)[\\p{L}\\p{M}\\p{N}]+)*";

  /** Receives each token's offsets. */
  @FunctionalInterface
  public interface Sink {
    void token(int start, int end);
  }

  private NameTokenizer() {}

  /** Calls {@code sink} for every token of {@code s} within {@code [from, to)}, in order. */
  public static void tokenize(CharSequence s, int from, int to, Sink sink) {
    int p = from;
    while (p < to) {
      int end = tokenEnd(s, p, to);
      if (end > 0) {
        sink.token(p, end);
        p = end;
      } else {
        p++;
      }
    }
  }

  /**
   * The end of the token that starts at {@code p}, or -1 when {@code p} is a separator. {@link #tokenize} is
   * this from each position where the previous token ended or a separator stands.
   */
  public static int tokenEnd(CharSequence s, int p, int to) {
    char c = s.charAt(p);
    int end = acronymEnd(s, p, to);
    if (end > 0) {
      return end;
    }
    if (apostrophe(c) && possessiveAt(s, p, to)) {
      return p + 2;
    }
    if (!wordChar(c)) {
      return -1;
    }
    int q = p + 1;
    while (true) {
      while (q < to && wordChar(s.charAt(q))) {
        q++;
      }
      if (q + 1 < to && apostrophe(s.charAt(q)) && wordChar(s.charAt(q + 1)) && !possessiveAt(s, q, to)) {
        q += 2;
      } else {
        return q;
      }
    }
  }

  /** The end of an acronym with periods starting at p, or -1. */
  private static int acronymEnd(CharSequence s, int p, int to) {
    if (p + 3 >= to || !Character.isUpperCase(s.charAt(p)) || s.charAt(p + 1) != '.') {
      return -1;
    }
    int q = p + 2;
    int pairs = 0;
    while (q + 1 < to && Character.isLetter(s.charAt(q)) && s.charAt(q + 1) == '.') {
      q += 2;
      pairs++;
    }
    return pairs > 0 ? q : -1;
  }

  /** Whether "'s" at p is a possessive: the "s" ends a word. */
  private static boolean possessiveAt(CharSequence s, int p, int to) {
    if (p + 1 >= to || s.charAt(p + 1) != 's') {
      return false;
    }
    return p + 2 >= to || !boundaryWordChar(s.charAt(p + 2));
  }

  private static boolean apostrophe(char c) {
    return c == '\'' || c == '’';
  }

  /** A letter, mark or number, as {@code [\p{L}\p{M}\p{N}]}. */
  static boolean wordChar(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    if (Character.isSurrogate(c)) {
      return false;
    }
    return switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
          Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }

  /** A word character for Java's {@code \b}: letters, digits, "_" and marks that follow them. */
  private static boolean boundaryWordChar(char c) {
    return c == '_' || Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }
}
