package org.compendium.extract;

import java.util.Arrays;
import org.compendium.util.PhraseTable;

/**
 * {@link PhraseTable}'s tokens of a whole text read off the shared {@link Tokens}, so an annotator that looks
 * phrases up need not cut the text again: a run of adjacent letter and digit base tokens is one token (both
 * mean {@link Character#isLetterOrDigit(char)}), a base token that is a space character
 * ({@link Character#isSpaceChar(char)}, as the no-break space) is none, and every other base token is one.
 * Exact for any text (surrogate halves are single tokens on both sides). Each token also keeps the index of
 * the base token it is, or -1 when it joins several.
 *
 * @param bounds the tokens as {@link PhraseTable#find(CharSequence, int[], java.util.function.IntPredicate)}
 *     takes them: the count, then each token's start and end
 * @param base per token, its base token's index, or -1
 */
public record PhraseTokens(int[] bounds, int[] base) {
  /** The phrase tokens of {@code tokens.text()}. */
  public static PhraseTokens of(Tokens tokens) {
    int n = tokens.size();
    int[] bounds = new int[1 + 2 * n];
    int[] base = new int[n];
    int count = 0;
    int i = 0;
    while (i < n) {
      int f = tokens.flags(i);
      if ((f & (Tokens.LETTER | Tokens.DIGIT)) == 0) {
        if ((f & Tokens.ASCII) == 0 && Character.isSpaceChar(tokens.text().charAt(tokens.start(i)))) {
          i++;
          continue;
        }
        bounds[1 + 2 * count] = tokens.start(i);
        bounds[2 + 2 * count] = tokens.end(i);
        base[count++] = i++;
        continue;
      }
      int j = i + 1;
      while (j < n && (tokens.flags(j) & Tokens.SPACE_BEFORE) == 0 && tokens.any(j, Tokens.LETTER | Tokens.DIGIT)) {
        j++;
      }
      bounds[1 + 2 * count] = tokens.start(i);
      bounds[2 + 2 * count] = tokens.end(j - 1);
      base[count++] = j == i + 1 ? i : -1;
      i = j;
    }
    bounds[0] = count;
    return new PhraseTokens(bounds, Arrays.copyOf(base, count));
  }
}
