package org.compendium.extract;

import org.compendium.util.WordScanner;

/**
 * The tokens of {@link WordScanner} ({@code [\p{L}\p{N}]+(?:[J][\p{L}\p{N}]+)*|\S}, J a set of joiners) read
 * off the shared {@link Tokens} instead of the characters: a word is a run of adjacent letter and digit base
 * tokens, joined over a joiner that has a letter or digit right after it; every other base token stands alone.
 * Same offsets as {@link WordScanner#scan}, and where a token is exactly one base token its index comes with it,
 * so the caller takes the shared lower-case form and id instead of making and hashing a new string.
 *
 * <p>Limits: where the base tokens and the scanner could differ — a code point made of a surrogate pair, a
 * number that is not a decimal digit ("²", "Ⅻ"), a whitespace character other than the six ASCII spaces, a
 * range that cuts a base token — the whole range is read by {@link WordScanner} itself, and no token carries a
 * base index. Joiners must be ASCII or U+2019.
 */
public final class WordRuns {
  /** Receives one token; {@code base} is the index of the base token it is, or -1 when it joins several. */
  @FunctionalInterface
  public interface Sink {
    /** Returns false to stop the scan. */
    boolean token(int start, int end, int base);
  }

  private WordRuns() {}

  /**
   * Reports the tokens of {@code tokens.text()[from, to)} in order, as {@code WordScanner.scan(text, from, to,
   * joiners, ...)} would, until the sink returns false.
   */
  public static void scan(Tokens tokens, int from, int to, String joiners, Sink sink) {
    int first = tokens.indexAfter(from);
    int last = plain(tokens, first, from, to);
    if (last < 0) {
      scanChars(tokens.text(), from, to, joiners, sink);
      return;
    }
    String text = tokens.text();
    int i = first;
    while (i < last) {
      if (!tokens.any(i, Tokens.LETTER | Tokens.DIGIT)) {
        if (!sink.token(tokens.start(i), tokens.end(i), i)) {
          return;
        }
        i++;
        continue;
      }
      int j = i + 1;
      while (j < last) {
        int f = tokens.flags(j);
        if ((f & Tokens.SPACE_BEFORE) != 0) {
          break;
        }
        if ((f & (Tokens.LETTER | Tokens.DIGIT)) != 0) {
          j++;
          continue;
        }
        // a joiner goes on only to a letter or digit right after it
        if (j + 1 < last && tokens.end(j) - tokens.start(j) == 1 && joiners.indexOf(text.charAt(tokens.start(j))) >= 0
            && (tokens.flags(j + 1) & Tokens.SPACE_BEFORE) == 0 && tokens.any(j + 1, Tokens.LETTER | Tokens.DIGIT)) {
          j += 2;
          continue;
        }
        break;
      }
      if (!sink.token(tokens.start(i), tokens.end(j - 1), j == i + 1 ? i : -1)) {
        return;
      }
      i = j;
    }
  }

  /**
   * The end (exclusive) of the base tokens of the range starting at {@code first}, or -1 when the range has
   * anything the base tokens and the scanner may read differently.
   */
  private static int plain(Tokens tokens, int first, int from, int to) {
    String text = tokens.text();
    int n = tokens.size();
    int i = first;
    if (i < n && tokens.start(i) < from) {
      return -1; // the range starts inside a token
    }
    int gapFrom = from;
    for (; i < n && tokens.start(i) < to; i++) {
      int f = tokens.flags(i);
      if (i == first) {
        if (!asciiSpaces(text, gapFrom, tokens.start(i))) {
          return -1;
        }
      } else if ((f & Tokens.ODD_SPACE_BEFORE) != 0) {
        return -1;
      }
      if ((f & (Tokens.PUNCT | Tokens.ASCII)) == Tokens.PUNCT) {
        char c = text.charAt(tokens.start(i));
        if (Character.isSurrogate(c) || WordScanner.letterOrNumber(c)) {
          return -1;
        }
      }
      if (tokens.end(i) > to) {
        return -1; // the range ends inside a token
      }
      gapFrom = tokens.end(i);
    }
    return asciiSpaces(text, gapFrom, to) ? i : -1;
  }

  /** Whether {@code text[from, to)} holds only the six ASCII spaces of the scanner's {@code \S}. */
  private static boolean asciiSpaces(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c != ' ' && (c < '\t' || c > '\r')) {
        return false;
      }
    }
    return true;
  }

  private static void scanChars(String text, int from, int to, String joiners, Sink sink) {
    int i = from;
    long t;
    while ((t = WordScanner.next(text, i, to, joiners)) >= 0) {
      int end = (int) t;
      if (!sink.token((int) (t >>> 32), end, -1)) {
        return;
      }
      i = end;
    }
  }
}
