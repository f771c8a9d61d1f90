package org.compendium.extract;

import java.util.Random;

/** Random test text for tokenizer comparisons: up to 24 pieces, two in three followed by a space. */
public final class RandomPieces {
  private RandomPieces() {}

  public static String text(Random r, String[] pieces) {
    StringBuilder sb = new StringBuilder();
    int len = r.nextInt(25);
    for (int k = 0; k < len; k++) {
      sb.append(pieces[r.nextInt(pieces.length)]);
      if (r.nextInt(3) > 0) {
        sb.append(' ');
      }
    }
    return sb.toString();
  }
}
