package org.compendium.util;

/**
 * A regex-free scanner for the tokenization {@code [\p{L}\p{N}]+(?:[J][\p{L}\p{N}]+)*|\S} (J: a set of
 * joiner characters such as apostrophes and hyphens), applied with {@code Matcher.region(from, to).find()}.
 * It reports exactly the same token offsets as that regex, including its edge cases (code points, a surrogate
 * pair cut by the region end, {@code \S} meaning "not one of the six ASCII spaces"), about several times faster.
 * Limit: joiners must be BMP characters.
 */
public final class WordScanner {
  /** Receives one token's offsets. */
  @FunctionalInterface
  public interface Sink {
    void token(int start, int end);
  }

  private WordScanner() {}

  /** Reports the tokens of {@code text[from, to)} in order. */
  public static void scan(String text, int from, int to, String joiners, Sink sink) {
    int i = from;
    long t;
    while ((t = next(text, i, to, joiners)) >= 0) {
      int end = (int) t;
      sink.token((int) (t >>> 32), end);
      i = end;
    }
  }

  /**
   * The first token of {@code text[from, to)}, packed as {@code start << 32 | end}, or -1 when there is none;
   * the next one starts the search at its end. Lets a caller stop early (a trigger gate) where {@link #scan}
   * reads all.
   */
  public static long next(String text, int from, int to, String joiners) {
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        i++;
        continue;
      }
      int cp = text.codePointAt(i);
      int n = Character.charCount(cp);
      if (i + n > to) {
        i++; // a surrogate pair cut by the region end matches nothing, like the regex
        continue;
      }
      if (!letterOrNumber(cp)) {
        return (long) i << 32 | (i + n);
      }
      int end = run(text, i, to);
      while (end < to && joiners.indexOf(text.charAt(end)) >= 0) {
        int after = run(text, end + 1, to);
        if (after == end + 1) {
          break;
        }
        end = after;
      }
      return (long) i << 32 | end;
    }
    return -1;
  }

  /** The end of the run of letters and numbers starting at {@code i} (i itself when there is none). */
  private static int run(String text, int i, int to) {
    while (i < to) {
      char c = text.charAt(i);
      if (c < 128) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
          i++;
          continue;
        }
        return i;
      }
      int cp = text.codePointAt(i);
      int n = Character.charCount(cp);
      if (i + n > to || !letterOrNumber(cp)) {
        return i;
      }
      i += n;
    }
    return i;
  }

  /** {@code \p{L}} or {@code \p{N}}. */
  public static boolean letterOrNumber(int cp) {
    switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER -> {
        return true;
      }
      default -> {
        return false;
      }
    }
  }
}
