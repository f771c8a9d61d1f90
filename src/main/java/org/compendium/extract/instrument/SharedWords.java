package org.compendium.extract.instrument;

import org.compendium.extract.Tokens;
import org.compendium.util.WordTokens;

/**
 * Numbers the instrument tokens ({@link WordTokens}) by the document's shared tokens: a token that is one base
 * token takes that token's id, a joined one ("U.S.", "Japan-Soviet") the id of its range; a token with a
 * character that is not ASCII none (see {@link WordTokens.Words}). Asked in text order, so one cursor finds the
 * base token. One per document and thread.
 */
final class SharedWords implements WordTokens.Words {
  private final Tokens base;
  private int k;
  /** Whether the token last numbered reads as its lower-case form. */
  private boolean same;

  SharedWords(Tokens base) {
    this.base = base;
  }

  @Override
  public int id(int start, int end) {
    while (k < base.size() && base.end(k) <= start) {
      k++;
    }
    if (k < base.size() && base.start(k) == start && base.end(k) == end) {
      same = base.any(k, Tokens.SAME_LOWER);
      return base.any(k, Tokens.ASCII) ? base.id(k) : -1;
    }
    String text = base.text();
    same = true;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 128) {
        return -1;
      }
      same &= c < 'A' || c > 'Z';
    }
    return base.idOf(start, end);
  }

  @Override
  public int runEnd(int start) {
    while (k < base.size() && base.end(k) <= start) {
      k++;
    }
    if (k >= base.size() || base.start(k) != start || !base.any(k, Tokens.LETTER | Tokens.DIGIT)) {
      return start;
    }
    int j = k;
    while (j + 1 < base.size() && !base.any(j + 1, Tokens.SPACE_BEFORE)
        && base.any(j + 1, Tokens.LETTER | Tokens.DIGIT)) {
      j++;
    }
    return base.end(j);
  }

  @Override
  public boolean sameAsLower() {
    return same;
  }

  @Override
  public String word(int id) {
    return base.word(id);
  }
}
