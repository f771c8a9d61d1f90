package org.compendium.extract.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.compendium.extract.Header;
import org.compendium.model.Section;
import org.compendium.model.Span;
import org.compendium.util.Resources;
import org.junit.jupiter.api.Test;

class TopicAnnotatorTest {
  private final TopicAnnotator topics = new TopicAnnotator();
  private static final Header NO_HEADER = new Header(null, null, null, null, null, 0);

  @Test
  void labelsNeedTwoMentionsSortedAndDistinct() {
    String text = "The ministers discussed fisheries and the fishing season. Trade grew. They also spoke of exports.";
    assertEquals(List.of("fisheries", "trade-investment"), topics.topics(text, NO_HEADER, List.of()));
  }

  @Test
  void oneMentionInAHeadingIsEnough() {
    String text = "2. Space\nThe agencies will work together.\n";
    Section s = new Section("2.", "Space", new Span(0, text.length() - 1), List.of());
    assertEquals(List.of("space"), topics.topics(text, NO_HEADER, List.of(s)));
    String title = "Talks on Climate Change\n\nThe delegations met.\n";
    Header h = new Header("Talks on Climate Change", new Span(0, 23), null, null, null, 25);
    assertEquals(List.of("environment"), topics.topics(title, h, List.of()));
  }

  @Test
  void nothingFoundIsOther() {
    assertEquals(List.of("other"), topics.topics("The two sides met over lunch.", NO_HEADER, List.of()));
  }

  @Test
  void longerPhraseDecides() {
    // "Security Council" is about the UN, not defence.
    List<String> t = topics.topics("The Security Council met. The Security Council voted.", NO_HEADER, List.of());
    assertFalse(t.contains("security-defense"), t.toString());
    assertTrue(t.contains("international-affairs"), t.toString());
  }

  @Test
  void dataFileUsesOnlyAnnotationLabels() {
    Set<String> allowed = Set.of("peace-treaty", "territory", "economy", "trade-investment", "energy", "environment",
        "science-technology", "space", "nuclear", "transport", "regional-cooperation", "security-defense",
        "un-reform", "international-affairs", "culture-exchange", "fisheries", "humanitarian", "other");
    List<String[]> rows = Resources.tsv("extract/topic/topics.tsv", 2);
    assertTrue(rows.size() > 50);
    for (String[] row : rows) {
      assertTrue(allowed.contains(row[0]), String.join("\t", row));
      assertFalse(row[1].isEmpty(), String.join("\t", row));
    }
  }

  @Test
  void aHeadingIsLookedForInsideItsSectionOnly() {
    long seed = System.nanoTime();
    java.util.Random r = new java.util.Random(seed);
    for (int n = 0; n < 5000; n++) {
      StringBuilder sb = new StringBuilder();
      int len = r.nextInt(20);
      for (int k = 0; k < len; k++) {
        sb.append("ab \u2019".charAt(r.nextInt(4)));
      }
      String s = sb.toString();
      String h = new String[] {"a", "ab", "b a", "\u2019", "aab"}[r.nextInt(5)];
      int from = r.nextInt(s.length() + 1);
      int before = from + r.nextInt(s.length() - from + 1);
      int at = s.indexOf(h, from);
      assertEquals(at >= 0 && at < before ? at : -1, TopicAnnotator.indexBefore(s, h, from, before),
          "seed " + seed + " [" + s + "] [" + h + "] " + from + "-" + before);
    }
  }
}
