package org.compendium.extract.person;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The regex-free split of heading lines gives exactly what {@code Pattern.compile("\\s+").split} gives, and the
 * word count of a stripped line is the number of its pieces.
 */
class TitlePartiesSplitTest {
  private static final Pattern SPACE = Pattern.compile("\\s+");

  @Test
  void sameAsTheRegexOnEdgeCases() {
    for (String s : new String[] {"", " ", "   ", "a", " a", "a ", " a b ", "Japan-Russia  Summit\tMeeting",
        "\n\nx\r\n", "a\u00a0b", "a\u2003b \u000B c\fd"}) {
      assertArrayEquals(SPACE.split(s), TitleParties.splitSpaces(s), "input [" + s + "]");
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
      assertArrayEquals(SPACE.split(s), TitleParties.splitSpaces(s), "seed " + seed + ", input [" + s + "]");
      String line = s.strip();
      if (!line.isEmpty()) {
        assertEquals(TitleParties.splitSpaces(line).length, TitleParties.wordCount(line),
            "seed " + seed + ", line [" + line + "]");
      }
    }
  }
}
