package org.compendium.extract;

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
import org.compendium.util.WordScanner;
import org.junit.jupiter.api.Test;

/**
 * {@link TriggerGate} against a plain reading: the words an annotator's own tokenizer ({@link WordScanner} with
 * its joiners) cuts from the stretch, lower-cased as strings. Where the gate does not fire, no pattern may be
 * complete in that reading.
 */
class TriggerGateTest {
  private static final String[] PIECES = {"will", "Will", "WILL", "agreed", "to", "on", "japan's", "japan\u2019s",
      "\u0130stanbul", "i\u0307stanbul", "caf\u00e9", "CAF\u00c9", "\u03a3\u039f\u03a3", "\u03c3\u03bf\u03c2",
      "visit", "face-to-face", "U.S.", ".", ",", " ", "\n", "\u00a0", "x", "toward", "wil", "\ud835\udc00", "G20",
      "20", "\u00b2", "a\u0301", "-", "'", "\u2019"};
  private static final String[] JOINERS = {"'\u2019-", "'\u2019.-/"};

  @Test
  void neverSkipsAStretchWhereAPatternIsComplete() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    int skipped = 0;
    for (int round = 0; round < 300; round++) {
      Vocabulary v = new Vocabulary();
      List<List<String>> patterns = new ArrayList<>();
      TriggerGate.Builder b = TriggerGate.builder();
      for (int p = 0; p < 1 + random.nextInt(4); p++) {
        List<String> words = new ArrayList<>();
        for (int w = 0; w < 1 + random.nextInt(3); w++) {
          String word = PIECES[random.nextInt(PIECES.length)].strip().toLowerCase(Locale.ROOT);
          if (!word.isEmpty()) {
            words.add(word);
          }
        }
        if (!words.isEmpty()) {
          patterns.add(words);
          b.all(words);
        }
      }
      TriggerGate gate = b.build(v);
      for (int t = 0; t < 30; t++) {
        StringBuilder sb = new StringBuilder();
        for (int k = random.nextInt(12); k > 0; k--) {
          sb.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(3) == 0 ? "" : " ");
        }
        String text = sb.toString();
        Tokens tokens = Tokens.of(text, v);
        int from = text.isEmpty() ? 0 : random.nextInt(text.length());
        int to = from + random.nextInt(text.length() - from + 1);
        if (gate.fires(tokens, from, to)) {
          continue;
        }
        skipped++;
        for (String joiners : JOINERS) {
          for (boolean fold : new boolean[] {false, true}) {
            assertFalse(plain(patterns, text, from, to, joiners, fold), "seed " + seed + " round " + round
                + " patterns " + patterns + " text [" + text + "] " + from + "-" + to + " joiners " + joiners);
          }
        }
      }
    }
    assertTrue(skipped > 300, "seed " + seed + ": the gate skipped only " + skipped);
  }

  @Test
  void firesOnlyWhenEveryWordOfAPatternOccurs() {
    Vocabulary v = new Vocabulary();
    TriggerGate g = TriggerGate.builder().all("agreed", "to").all("Will").build(v);
    assertTrue(fires(g, v, "They AGREED to meet"));
    assertTrue(fires(g, v, "to be agreed"));
    assertFalse(fires(g, v, "They agreed."));
    assertTrue(fires(g, v, "Will"));
    assertFalse(fires(g, v, "willing"), "whole words only");
    assertFalse(fires(g, v, ""));
    Tokens t = Tokens.of("They agreed to", v);
    assertFalse(g.fires(t, 0, 12), "the stretch ends before 'to'");
    assertTrue(g.fires(t, 7, 14), "a stretch starting inside 'agreed' cannot be read: it fires");
    assertEquals(2, g.patternCount());
    assertFalse(g.alwaysFires());
    assertTrue(TriggerGate.builder().all("face-to-face").build(new Vocabulary()).alwaysFires(),
        "a word of several base tokens cannot be seen");
    assertThrows(IllegalArgumentException.class, () -> TriggerGate.builder().all(List.of()));
  }

  private static boolean fires(TriggerGate g, Vocabulary v, String s) {
    return g.fires(Tokens.of(s, v), 0, s.length());
  }

  private static boolean plain(List<List<String>> patterns, String text, int from, int to, String joiners,
      boolean fold) {
    Set<String> seen = new HashSet<>();
    WordScanner.scan(text, from, to, joiners, (a, b) -> {
      String l = text.substring(a, b).toLowerCase(Locale.ROOT);
      seen.add(fold ? l.replace('\u2019', '\'') : l);
    });
    return patterns.stream().anyMatch(seen::containsAll);
  }
}
