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

  SharedWords(Tokens base) {
    this.base = base;
  }

  @Override
  public int id(int start, int end) {
    while (k < base.size() && base.end(k) <= start) {
      k++;
    }
    if (k < base.size() && base.start(k) == start && base.end(k) == end) {
      return base.any(k, Tokens.ASCII) ? base.id(k) : -1;
    }
    String text = base.text();
    for (int i = start; i < end; i++) {
      if (text.charAt(i) >= 128) {
        return -1;
      }
    }
    return base.idOf(start, end);
  }

  @Override
  public String word(int id) {
    return base.word(id);
  }
}
