package org.compendium.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.compendium.util.PhraseTable;
import org.junit.jupiter.api.Test;

/** Phrase tokens read off the shared tokens against the phrase table's own cut, on edge cases and random text. */
class PhraseTokensTest {
  private static final String[] PIECES = {"climate", "Climate", "change", "CHANGE", "human", "rights", "G20",
      "2024", "co-operation", "Japan\u2019s", "people's", ",", ".", "-", "'", "\u2019", " ", " ", "\n", "\t",
      "\u00a0", "\u2003", "\u202f", "\u00e9nergie", "\u0130stanbul", "x\u00b2", "\ud835\udc00", "\ud83d\ude00", "\u0301",
      "\u001c", "nuclear", "energy", "a\u00a0b"};
  private static final PhraseTable TABLE = new PhraseTable(Map.of("climate change", "environment",
      "human rights", "rights", "g20", "economy", "nuclear energy", "energy", "people's", "people",
      "japan's", "japan", "\u00e9nergie", "energy", "-", "dash", "x", "x"));

  /** The table's own cut (runs of letters or digits, single other non-space characters). */
  private static List<String> reference(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int j = i + 1;
        while (j < s.length() && Character.isLetterOrDigit(s.charAt(j))) {
          j++;
        }
        out.add(i + "-" + j);
        i = j;
      } else {
        if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
          out.add(i + "-" + (i + 1));
        }
        i++;
      }
    }
    return out;
  }

  private static List<String> cut(PhraseTokens p) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < p.bounds()[0]; k++) {
      out.add(p.bounds()[1 + 2 * k] + "-" + p.bounds()[2 + 2 * k]);
    }
    return out;
  }

  @Test
  void oneBaseTokenKeepsItsIndex() {
    PhraseTokens p = PhraseTokens.of(Tokens.of("G20 talks,\u00a0co-op", new Vocabulary().freeze()));
    assertEquals(List.of("0-3", "4-9", "9-10", "11-13", "13-14", "14-16"), cut(p));
    assertEquals(List.of(-1, 2, 3, 5, 6, 7), Arrays.stream(p.base()).boxed().toList());
  }

  @Test
  void randomTextCutsAndFindsAsTheTable() {
    Vocabulary v = new Vocabulary();
    int[] first = TABLE.firstTokens().stream().mapToInt(v::intern).toArray();
    v.freeze();
    long seed = System.nanoTime();
    Random r = new Random(seed);
    int hits = 0;
    for (int n = 0; n < 3000; n++) {
      String s = RandomPieces.text(r, PIECES);
      String context = "seed " + seed + " text [" + s + "]";
      Tokens t = Tokens.of(s, v);
      PhraseTokens p = PhraseTokens.of(t);
      assertEquals(reference(s), cut(p), context);
      for (int k = 0; k < p.base().length; k++) {
        int b = p.base()[k];
        if (b >= 0) {
          assertEquals(p.bounds()[1 + 2 * k], t.start(b), context);
          assertEquals(p.bounds()[2 + 2 * k], t.end(b), context);
        }
      }
      List<PhraseTable.Hit> expected = TABLE.find(s);
      // rule out ASCII base tokens whose id is no first word, as the topic annotator does
      List<PhraseTable.Hit> got = TABLE.find(s, p.bounds(), k -> {
        int b = p.base()[k];
        return b < 0 || !t.any(b, Tokens.ASCII) || Arrays.stream(first).anyMatch(id -> id == t.id(b));
      });
      assertEquals(expected, got, context);
      hits += expected.size();
    }
    assertTrue(hits > 1000, "seed " + seed + ": only " + hits + " hits");
  }
}
