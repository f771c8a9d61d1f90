package org.compendium.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link WordScanner} against the regex it replaces, on hand-made and seeded random inputs. */
class WordScannerTest {
  private static final String JOINERS = "'\u2019.-/";
  private static final Pattern REGEX =
      Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019.\\-/][\\p{L}\\p{N}]+)*|\\S");
  /** Letters, digits, joiners, ASCII and other spaces, marks, symbols, a supplementary letter and lone surrogates. */
  private static final String[] PIECES = {"a", "Z", "7", "\u00e9", "\u0416", "\u4e2d", "\u00b2", "\u2167", "'",
      "\u2019", ".", "-", "/", " ", "\t", "\n", "\u000B", "\f", "\r", "\u00a0", "\u2003", ",", "(", "\u0301",
      "\ud835\udc00", "\ud83d\ude00", "\ud800", "\udc00", "_", "--", "$"};

  private static final Pattern REGEX_NO_DOT_SLASH =
      Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019\\-][\\p{L}\\p{N}]+)*|\\S");

  private static List<String> regex(String s, int from, int to) {
    return regex(REGEX, s, from, to);
  }

  private static List<String> regex(Pattern p, String s, int from, int to) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(s).region(from, to);
    while (m.find()) {
      out.add(m.start() + "-" + m.end());
    }
    return out;
  }

  private static List<String> scanner(String s, int from, int to) {
    return scanner(JOINERS, s, from, to);
  }

  private static List<String> scanner(String joiners, String s, int from, int to) {
    List<String> out = new ArrayList<>();
    WordScanner.scan(s, from, to, joiners, (a, b) -> out.add(a + "-" + b));
    return out;
  }

  @Test
  void handMade() {
    String s = "The state's co-chair (U.S./EU) met on 3.5 -- ok";
    List<String> words = new ArrayList<>();
    WordScanner.scan(s, 0, s.length(), JOINERS, (a, b) -> words.add(s.substring(a, b)));
    assertEquals(List.of("The", "state's", "co-chair", "(", "U.S", ".", "/", "EU", ")", "met", "on", "3.5", "-", "-", "ok"),
        words);
    assertEquals(regex(s, 0, s.length()), scanner(s, 0, s.length()));
    assertEquals(regex(s, 5, 20), scanner(s, 5, 20));
  }

  @Test
  void randomInputsMatchTheRegex() {
    long seed = System.nanoTime();
    Random r = new Random(seed);
    for (int n = 0; n < 20000; n++) {
      StringBuilder sb = new StringBuilder();
      int len = r.nextInt(16);
      for (int i = 0; i < len; i++) {
        sb.append(PIECES[r.nextInt(PIECES.length)]);
      }
      String s = sb.toString();
      int from = s.isEmpty() ? 0 : r.nextInt(s.length() + 1);
      int to = from + r.nextInt(s.length() - from + 1);
      assertEquals(regex(s, from, to), scanner(s, from, to),
          "seed " + seed + " input [" + s + "] region " + from + "-" + to);
      assertEquals(regex(REGEX_NO_DOT_SLASH, s, from, to), scanner("'\u2019-", s, from, to),
          "seed " + seed + " input [" + s + "] region " + from + "-" + to + ", joiners without . and /");
    }
  }
}
