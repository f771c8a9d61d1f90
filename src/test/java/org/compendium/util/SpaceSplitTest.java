package org.compendium.util;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The regex-free split and count give exactly what {@code Pattern.compile("\\s+").split} gives. */
class SpaceSplitTest {
  private static final Pattern SPACE = Pattern.compile("\\s+");

  @Test
  void sameAsTheRegexOnEdgeCases() {
    for (String s : new String[] {"", " ", "   ", "a", " a", "a ", " a b ", "Japan-Russia  Summit\tMeeting",
        "\n\nx\r\n", "a\u00a0b", "a\u2003b \u000B c\fd"}) {
      assertArrayEquals(SPACE.split(s), SpaceSplit.split(s), "input [" + s + "]");
      assertEquals(SPACE.split(s).length, SpaceSplit.count(s), "input [" + s + "]");
    }
  }

  @Test
  void sameAsTheRegexOnRandomLines() {
    long seed = System.nanoTime();
    Random r = new Random(seed);
    String alphabet = "ab- \t\n\r\u000B\f\u00a0\u2013.";
    for (int n = 0; n < 5000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = r.nextInt(12); k > 0; k--) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      assertArrayEquals(SPACE.split(s), SpaceSplit.split(s), "seed " + seed + ", input [" + s + "]");
      assertEquals(SPACE.split(s).length, SpaceSplit.count(s), "seed " + seed + ", input [" + s + "]");
    }
  }
}
