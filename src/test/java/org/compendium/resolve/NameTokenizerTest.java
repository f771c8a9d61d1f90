package org.compendium.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NameTokenizerTest {
  private static final Pattern REFERENCE = Pattern.compile(NameTokenizer.REFERENCE);
  private static final String[] PIECES = {"a", "b", "s", "S", "U", "K", "é", "Ö", "ñ", "e\u0301", "1", "9", ".", ".",
      "'", "’", "'s", "’s", " ", " ", "-", ",", "/", "(", ")", "\n", "_", "St", "U.S.", "Xi'an", "ß", "東京", "²"};

  private static List<String> reference(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = REFERENCE.matcher(s);
    while (m.find()) {
      out.add(m.start() + ":" + m.end());
    }
    return out;
  }

  private static List<String> fast(String s) {
    List<String> out = new ArrayList<>();
    NameTokenizer.tokenize(s, 0, s.length(), (a, b) -> out.add(a + ":" + b));
    return out;
  }

  @Test
  void knownCases() {
    assertEquals(List.of("0:6", "6:8", "9:13", "14:19"), fast("Russia's U.S. Xi'an"));
    assertEquals(List.of("0:2", "4:14"), fast("St. Petersburg"));
    assertEquals(List.of("0:6", "6:8", "9:17"), fast("People’s Republic"));
  }

  @Test
  void agreesWithTheReferenceExpressionOnRandomText() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    for (int n = 0; n < 3000; n++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(14);
      for (int k = 0; k < len; k++) {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String s = sb.toString();
      assertEquals(reference(s), fast(s), "seed " + seed + ", text [" + s + "]");
    }
  }
}
