package org.compendium.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link TriggerGate} against a plain reading: WordScanner tokens, lower-cased as strings, checked per pattern. */
class TriggerGateTest {
  private static final String[] PIECES = {"will", "Will", "WILL", "agreed", "to", "on", "japan's", "japan\u2019s",
      "Japan\u2019S", "\u0130stanbul", "i\u0307stanbul", "caf\u00e9", "CAF\u00c9", "\u03a3\u03bf\u03c3", "visit",
      "face-to-face", ".", ",", " ", "\n", "\u00a0", "x", "toward", "wil", "\ud835\udc00"};

  @Test
  void answersAsAPlainReadingOnRandomText() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    for (int round = 0; round < 300; round++) {
      boolean fold = random.nextBoolean();
      String joiners = random.nextBoolean() ? "'\u2019-" : "'\u2019.-/";
      List<List<String>> patterns = new ArrayList<>();
      TriggerGate.Builder b = TriggerGate.builder(joiners, fold);
      for (int p = 0; p < 1 + random.nextInt(4); p++) {
        List<String> words = new ArrayList<>();
        for (int w = 0; w < 1 + random.nextInt(3); w++) {
          words.add(lower(PIECES[random.nextInt(PIECES.length)].strip(), fold));
        }
        words.removeIf(String::isEmpty);
        if (!words.isEmpty()) {
          patterns.add(words);
          b.all(words);
        }
      }
      TriggerGate gate = b.build();
      for (int t = 0; t < 20; t++) {
        StringBuilder sb = new StringBuilder();
        for (int k = random.nextInt(12); k > 0; k--) {
          sb.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(3) == 0 ? "" : " ");
        }
        String text = sb.toString();
        int from = text.isEmpty() ? 0 : random.nextInt(text.length());
        int to = from + random.nextInt(text.length() - from + 1);
        assertEquals(plain(patterns, text, from, to, joiners, fold), gate.fires(text, from, to),
            "seed " + seed + " round " + round + " patterns " + patterns + " text [" + text + "] " + from + "-" + to);
      }
    }
  }

  @Test
  void firesOnlyWhenEveryTokenOfAPatternOccurs() {
    TriggerGate g = TriggerGate.builder("'-", false).all("agreed", "to").all("will").build();
    assertTrue(g.fires("They AGREED to meet", 0, 19));
    assertTrue(g.fires("to be agreed", 0, 12));
    assertFalse(g.fires("They agreed.", 0, 12));
    assertFalse(g.fires("They agreed to", 0, 11), "the range ends before 'to'");
    assertTrue(g.fires("Will", 0, 4));
    assertFalse(g.fires("willing", 0, 7), "whole tokens only");
    assertFalse(g.fires("", 0, 0));
    assertEquals(2, g.patternCount());
    assertThrows(IllegalArgumentException.class, () -> TriggerGate.builder("", false).all(List.of()));
  }

  private static String lower(String s, boolean fold) {
    String l = s.toLowerCase(Locale.ROOT);
    return fold ? l.replace('\u2019', '\'') : l;
  }

  private static boolean plain(List<List<String>> patterns, String text, int from, int to, String joiners,
      boolean fold) {
    Set<String> seen = new HashSet<>();
    WordScanner.scan(text, from, to, joiners, (a, b) -> seen.add(lower(text.substring(a, b), fold)));
    return patterns.stream().anyMatch(seen::containsAll);
  }
}
