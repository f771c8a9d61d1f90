package org.compendium.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.compendium.extract.Sentence;
import org.junit.jupiter.api.Test;

class SentenceAnnotatorTest {
  private final SentenceAnnotator splitter = new SentenceAnnotator();

  private List<String> texts(String text) {
    return splitter.split(text).stream().map(s -> s.text(text)).toList();
  }

  private List<String> labels(String text) {
    return splitter.split(text).stream().map(Sentence::label).toList();
  }

  @Test
  void splitsAtStopsButNotAtAbbreviationsOrInitials() {
    assertEquals(List.of("Dr. Ana Ruiz met Mr. Tan in St. Louis.", "They spoke for an hour."),
        texts("Dr. Ana Ruiz met Mr. Tan in St. Louis. They spoke for an hour."));
    assertEquals(List.of("President John F. Kennedy arrived.", "He left."),
        texts("President John F. Kennedy arrived. He left."));
  }

  @Test
  void abbreviationAfterAHyphenAndDottedTimes() {
    assertEquals(List.of("The Canada-U.S. Joint Commission met at 9 a.m. (local time) in Ottawa."),
        texts("The Canada-U.S. Joint Commission met at 9 a.m. (local time) in Ottawa."));
    assertEquals(List.of("The talks ended at 5 p.m.", "A dinner followed."),
        texts("The talks ended at 5 p.m. A dinner followed."));
  }

  @Test
  void stopInsideAClosedQuotationDoesNotSplit() {
    assertEquals(List.of("He called it \"a new era. A real one\" and smiled.", "Then he left."),
        texts("He called it \"a new era. A real one\" and smiled. Then he left."));
  }

  @Test
  void outlineLabelsAreKeptApart() {
    String text = "1. General Remarks\n(2) The ministers agreed.\nb) A sub item.\nIV. Trade\nC. Energy Issues\n"
        + "-- a bullet item\n3 Closing Remarks\n";
    assertEquals(List.of("General Remarks", "The ministers agreed.", "A sub item.", "Trade", "Energy Issues",
        "a bullet item", "Closing Remarks"), texts(text));
    assertEquals(List.of("1.", "(2)", "b)", "IV.", "C.", "--", "3"), labels(text));
  }

  @Test
  void numberBeforeAMonthIsNotALabel() {
    assertEquals(java.util.Arrays.asList((String) null), labels("4 March Agreement\n"));
  }

  @Test
  void inlineBulletsAfterAColonStartNewItems() {
    String text = "The plan covers: -- trade and investment -- energy";
    assertEquals(List.of("The plan covers:", "trade and investment", "energy"), texts(text));
    assertEquals(java.util.Arrays.asList(null, "--", "--"), labels(text));
  }

  @Test
  void noBreakSpacesAreSpaces() {
    String text = "\u00a0 The delegates agreed.\u00a0 Then they left.\u00a0\n";
    assertEquals(List.of("The delegates agreed.", "Then they left."), texts(text));
  }

  @Test
  void hardWrappedParagraphsAreJoined() {
    String text = "    The two governments, recalling their long friendship and the treaty of\n"
        + "commerce they signed, have decided to deepen their cooperation in the\n"
        + "fields listed below. They will meet again soon to review the progress\n"
        + "made by the joint working groups.\n"
        + "    A second paragraph starts here and is indented like the first one so\n"
        + "that the reader can see where it begins.\n";
    List<String> s = texts(text);
    assertEquals(3, s.size(), s.toString());
    assertTrue(s.get(0).startsWith("The two governments") && s.get(0).endsWith("fields listed below."));
    assertTrue(s.get(1).startsWith("They will meet") && s.get(1).endsWith("working groups."));
    assertTrue(s.get(2).startsWith("A second paragraph"));
    List<Sentence> sentences = splitter.split(text);
    assertEquals(sentences.get(0).block(), sentences.get(1).block());
    assertFalse(sentences.get(1).block() == sentences.get(2).block());
  }

  @Test
  void oneParagraphPerLineIsNotJoined() {
    String text = "Summary of the talks\nThe leaders discussed the economy and the region at length today\n";
    assertEquals(2, texts(text).size());
  }

  @Test
  void randomTextsGiveOrderedSpansInsideTheTextWithoutOuterSpace() {
    long seed = System.nanoTime();
    Random r = new Random(seed);
    String[] pieces = {"The", "leaders", "met", "Mr.", "U.S.", "a.m.", "\"quoted.\"", "(1)", "1.", "--", "-", ".",
        "!", "?", ",", ":", " ", "  ", "\n", "\n\n", "\u00a0", "Japan-U.S.", "A.", "IV.", "3", "May", "\u201c",
        "\u201d", "'", ")", "(", "x", "Peace", "treaty"};
    for (int round = 0; round < 500; round++) {
      StringBuilder sb = new StringBuilder();
      int n = r.nextInt(60);
      for (int i = 0; i < n; i++) {
        sb.append(pieces[r.nextInt(pieces.length)]);
        if (r.nextBoolean()) {
          sb.append(' ');
        }
      }
      String text = sb.toString();
      List<Sentence> sentences = splitter.split(text);
      int previousEnd = 0;
      int previousBlock = -1;
      for (Sentence s : sentences) {
        String where = "seed " + seed + " round " + round + " text [" + text + "] span " + s.span();
        assertTrue(s.span().start() >= previousEnd, where);
        assertTrue(s.span().end() <= text.length(), where);
        assertTrue(s.span().length() > 0, where);
        assertFalse(SentenceAnnotator.isSpace(text.charAt(s.span().start())), where);
        assertFalse(SentenceAnnotator.isSpace(text.charAt(s.span().end() - 1)), where);
        assertTrue(s.block() >= previousBlock, where);
        previousEnd = s.span().end();
        previousBlock = s.block();
      }
    }
  }

  @Test
  void aDoubleDashIsLookedForInsideTheBlockOnly() {
    long seed = System.nanoTime();
    Random r = new Random(seed);
    for (int n = 0; n < 5000; n++) {
      StringBuilder sb = new StringBuilder();
      int len = r.nextInt(20);
      for (int k = 0; k < len; k++) {
        sb.append("-a \u2013".charAt(r.nextInt(4)));
      }
      String s = sb.toString();
      int start = r.nextInt(s.length() + 1);
      int end = start + r.nextInt(s.length() - start + 1);
      int dash = s.indexOf("--", start);
      assertEquals(!(dash < 0 || dash + 2 > end), SentenceAnnotator.holdsDoubleDash(s, start, end),
          "seed " + seed + " [" + s + "] " + start + "-" + end);
    }
  }
}
