package org.compendium.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.compendium.util.WordScanner;
import org.junit.jupiter.api.Test;

/** Word runs on the shared tokens against {@link WordScanner} itself, on edge cases and seeded random text. */
class WordRunsTest {
  /** Letters, digits, joiners, the six ASCII spaces and other whitespace, odd numbers, marks, surrogates. */
  private static final String ALPHABET = "aZ9 \n\r\t\u000b\f.-/'\u2019,()\u2013\u00e9\u00c9\u0301\u0130\u03a3\u00df"
      + "\u0663\u00a0\u2003\u001c\u00b2\u216b\u24b6\ud835\udc00\ud83d\ude00:;";
  private static final Vocabulary VOCABULARY = new Vocabulary().freeze();

  private static List<String> scanner(String text, int from, int to, String joiners) {
    List<String> out = new ArrayList<>();
    WordScanner.scan(text, from, to, joiners, (s, e) -> out.add(s + "-" + e));
    return out;
  }

  /** The runs as offsets; checks on the way that a base index, when given, is that very token. */
  private static List<String> runs(Tokens t, int from, int to, String joiners, String context) {
    List<String> out = new ArrayList<>();
    WordRuns.scan(t, from, to, joiners, (s, e, base) -> {
      if (base >= 0) {
        assertEquals(s, t.start(base), context);
        assertEquals(e, t.end(base), context);
      }
      out.add(s + "-" + e);
      return true;
    });
    return out;
  }

  private static List<String> runs(String text, String joiners) {
    return runs(Tokens.of(text, VOCABULARY), 0, text.length(), joiners, text);
  }

  @Test
  void wordsJoinOverJoinersFollowedByALetterOrDigit() {
    String text = "Japan's face-to-face talks, G20- x U.S. 'a";
    assertEquals(scanner(text, 0, text.length(), "'-"), runs(text, "'-"));
    assertEquals(List.of("0-7", "8-20", "21-26", "26-27", "28-31", "31-32", "33-34", "35-36", "36-37", "37-38",
        "38-39", "40-41", "41-42"), runs(text, "'-"));
  }

  @Test
  void oneBaseTokenCarriesItsIndex() {
    Tokens t = Tokens.of("Talks on co-operation.", VOCABULARY);
    List<Integer> bases = new ArrayList<>();
    WordRuns.scan(t, 0, t.text().length(), "-", (s, e, base) -> bases.add(base));
    assertEquals(List.of(0, 1, -1, 5), bases);
  }

  @Test
  void rangesThatCutATokenOrHoldOddCharactersFallBackToTheScanner() {
    for (String text : List.of("a\u2003b", "x\u00b2y", "\ud835\udc00bc d", "ab\u001c c", " \u2003 ab ")) {
      assertEquals(scanner(text, 0, text.length(), "-"), runs(text, "-"), text);
    }
    String text = "Treaty-based talks";
    Tokens t = Tokens.of(text, VOCABULARY);
    assertEquals(scanner(text, 2, 15, "-"), runs(t, 2, 15, "-", text));
  }

  @Test
  void theSinkStopsTheScan() {
    Tokens t = Tokens.of("one two three four", VOCABULARY);
    List<Integer> seen = new ArrayList<>();
    WordRuns.scan(t, 0, t.text().length(), "", (s, e, base) -> {
      seen.add(s);
      return seen.size() < 2;
    });
    assertEquals(List.of(0, 4), seen);
  }

  @Test
  void randomTextAndRangesMatchTheScanner() {
    long seed = System.nanoTime();
    Random r = new Random(seed);
    String[] joiners = {"'\u2019-", "'\u2019.-/", "", "-"};
    int fast = 0;
    for (int n = 0; n < 5000; n++) {
      StringBuilder sb = new StringBuilder();
      int len = r.nextInt(40);
      for (int k = 0; k < len; k++) {
        // mostly plain text, so that most ranges take the token path
        sb.append(r.nextInt(4) > 0 ? ALPHABET.charAt(r.nextInt(12)) : ALPHABET.charAt(r.nextInt(ALPHABET.length())));
      }
      String s = sb.toString();
      Tokens t = Tokens.of(s, VOCABULARY);
      int from = s.isEmpty() ? 0 : r.nextInt(s.length() + 1);
      int to = from + (s.length() == from ? 0 : r.nextInt(s.length() - from + 1));
      if (r.nextBoolean()) {
        from = 0;
        to = s.length();
      }
      String j = joiners[r.nextInt(joiners.length)];
      String context = "seed " + seed + " text [" + s + "] " + from + "-" + to + " joiners [" + j + "]";
      List<String> got = runs(t, from, to, j, context);
      assertEquals(scanner(s, from, to, j), got, context);
      int[] based = {0};
      WordRuns.scan(t, from, to, j, (a, b, base) -> {
        based[0] += base >= 0 ? 1 : 0;
        return true;
      });
      fast += based[0] > 0 ? 1 : 0;
    }
    assertTrue(fast > 1000, "seed " + seed + ": the token path was taken only " + fast + " times");
  }
}
