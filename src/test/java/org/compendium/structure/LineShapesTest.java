package org.compendium.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.util.SpaceSplit;
import org.junit.jupiter.api.Test;

/** {@link LineShapes} against the patterns it replaces, on hand-made and seeded random lines. */
class LineShapesTest {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019.&-]*");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;,][\"'\u201d\u2019)\\]]*$");
  private static final Pattern ENDS_WITH_INITIAL = Pattern.compile("(?:^|\\s)\\p{Lu}\\.$");
  /** Letters (upper, lower, supplementary), digits, joiners, every space kind, closers, enders, terminators. */
  private static final String[] PIECES = {"a", "Z", "7", "\u00e9", "\u00c9", "\u4e2d", "\u00b2", "'", "\u2019", ".",
      "&", "-", " ", "  ", "\t", "\n", "\r\n", "\r", "\u000B", "\f", "\u00a0", "\u2007", "\u202f", "\u3000",
      "\u2003", "\u0085", "\u2028", "\u2029", ",", "!", "?", ":", ";", "\"", "\u201d", ")", "]", "(",
      "\ud835\udc00", "\ud801\udc00", "\ud800", "\udc00", "V."};

  private static void check(String s) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      words.add(m.group());
    }
    String at = "input '" + s.replace("\n", "\\n").replace("\r", "\\r") + "'";
    assertEquals(words, LineShapes.words(s, new ArrayList<>()), at);
    assertEquals(SENTENCE_END.matcher(s).find(), LineShapes.sentenceEnd(s), at);
    assertEquals(ENDS_WITH_INITIAL.matcher(s).find(), LineShapes.endsWithInitial(s), at);
    assertEquals(LineShapes.spaces().matcher(s).replaceAll(" ").strip(), LineShapes.collapseSpaces(s), at);
    assertEquals(s.split("\\s+").length, SpaceSplit.count(s), at);
  }

  @Test
  void handMadeLines() {
    for (String s : List.of("", " ", "   ", "a", " a", "a ", " a b ", "Talks between Japan and Korea.",
        "He met Vladimir V.", "V.", " V.", "xV.", "The end.\n", "The end.\r\n", "Done!\")", "Done!\")\n",
        "U.S.-Japan  Summit\u00a0\u00a0Meeting ", "A\u2028", "\u3000Title\u3000", "O'Neil & Sons", "1.",
        "\ud835\udc00.", " \ud835\udc00.", "a\u0085", "x.\n\n", "\n")) {
      check(s);
    }
  }

  @Test
  void randomLinesAgreeWithThePatterns() {
    long seed = System.nanoTime();
    Random r = new Random(seed);
    try {
      for (int n = 0; n < 20_000; n++) {
        StringBuilder b = new StringBuilder();
        int len = r.nextInt(12);
        for (int k = 0; k < len; k++) {
          b.append(PIECES[r.nextInt(PIECES.length)]);
        }
        check(b.toString());
      }
    } catch (AssertionError e) {
      throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
    }
  }
}
