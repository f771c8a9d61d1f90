package org.compendium.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.compendium.model.Section;
import org.junit.jupiter.api.Test;

class SectionAnnotatorTest {
  private final SentenceAnnotator sentences = new SentenceAnnotator();
  private final SectionAnnotator sections = new SectionAnnotator();

  private List<Section> outline(String text) {
    return sections.outline(text, sentences.split(text), 0);
  }

  private static String shape(List<Section> list) {
    StringBuilder sb = new StringBuilder();
    for (Section s : list) {
      sb.append(s.label());
      if (!s.children().isEmpty()) {
        sb.append('[').append(shape(s.children())).append(']');
      }
      sb.append(' ');
    }
    return sb.toString().strip();
  }

  @Test
  void headingsItemsNestedNumbersAndBullets() {
    String text = "1. Fisheries\n\n(1) The ministers reviewed the catch quotas for the year.\n\n"
        + "  1. Norway proposed a lower quota.\n  2. Iceland agreed to study it.\n\n"
        + "(2) They agreed on these steps: -- a joint survey\n    -- a data exchange\n\n"
        + "2. Energy\n\nThe ministers discussed the pipeline and listed these points:\n"
        + "-- gas supply\n-- prices\n\nThe talks ended in the evening.\n";
    List<Section> out = outline(text);
    assertEquals("1.[(1)[1. 2.] (2)[-- --]] 2.[-- --]", shape(out));
    Section fisheries = out.get(0);
    assertEquals("Fisheries", fisheries.heading());
    assertEquals("The ministers reviewed the catch quotas for the year.", fisheries.children().get(0).heading());
    assertEquals("a joint survey", fisheries.children().get(1).children().get(0).heading());
    assertTrue(fisheries.span().of(text).startsWith("1. Fisheries"));
    assertTrue(fisheries.span().of(text).endsWith("a data exchange"));
    Section energy = out.get(1);
    // The closing paragraph belongs to the heading, not to the last bullet.
    assertTrue(energy.span().of(text).endsWith("The talks ended in the evening."));
    assertEquals("-- prices", energy.children().get(1).span().of(text));
  }

  @Test
  void numberingRestartNestsWithoutIndentation() {
    String text = "1. Politics\n1. The sides met.\n2. They agreed.\n2. Economy\n1. Trade grew.\n";
    assertEquals("1.[1. 2.] 2.[1.]", shape(outline(text)));
  }

  @Test
  void numberingRestartAfterATextItemStartsASiblingList() {
    String text = "1. The ministers met in the morning.\n2. They parted at noon.\n\n1. A second round began.\n";
    assertEquals("1. 2. 1.", shape(outline(text)));
  }

  @Test
  void nestingIsBounded() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      sb.append(" ".repeat(i)).append("1. Heading level ").append(i).append('\n');
    }
    int depth = 0;
    List<Section> level = outline(sb.toString());
    while (!level.isEmpty()) {
      depth++;
      level = level.get(level.size() - 1).children();
    }
    assertTrue(depth <= 8, "depth " + depth);
  }

  @Test
  void lettersAndRomanNumeralsNestUnderTheirHeading() {
    String text = "I. Relations\nA. Trade\n(i) Exports rose this year.\n(ii) Imports fell.\nB. Culture\n"
        + "II. Regional Issues\nA. Security\n";
    assertEquals("I.[A.[(i) (ii)] B.] II.[A.]", shape(outline(text)));
  }

  @Test
  void unlabeledHeadingClosesTheItemsAbove() {
    String text = "(1) The leaders met for two hours in the capital.\n(2) They signed two agreements.\n"
        + "Summary of the talks\n(1) Bilateral relations\nThe leaders praised the ties.\n";
    List<Section> out = outline(text);
    assertEquals("(1) (2) (1)", shape(out));
    assertEquals("Bilateral relations", out.get(2).heading());
  }

  @Test
  void spansNestAndStayInOrder() {
    String text = "1. A heading\n(1) First point here.\n(2) Second point here.\n2. Another heading\n-- x\n";
    List<Section> out = outline(text);
    checkNested(out, text);
  }

  private static void checkNested(List<Section> list, String text) {
    int previousEnd = 0;
    for (Section s : list) {
      assertTrue(s.span().start() >= previousEnd, s.toString());
      assertTrue(s.span().end() <= text.length());
      for (Section c : s.children()) {
        assertTrue(s.span().contains(c.span()), s + " / " + c);
      }
      checkNested(s.children(), text);
      previousEnd = s.span().end();
    }
  }

  @Test
  void labelFamiliesAndOrdinals() {
    assertEquals("n.", SectionAnnotator.family("12."));
    assertEquals("(n)", SectionAnnotator.family("(3)"));
    assertEquals("n)", SectionAnnotator.family("3)"));
    assertEquals("(a)", SectionAnnotator.family("(c)"));
    assertEquals("(r)", SectionAnnotator.family("(iv)"));
    assertEquals("R.", SectionAnnotator.family("IV."));
    assertEquals("A.", SectionAnnotator.family("B."));
    assertEquals("--", SectionAnnotator.family("---"));
    assertEquals(4, SectionAnnotator.ordinal("(iv)"));
    assertEquals(3, SectionAnnotator.ordinal("c)"));
    assertEquals(0, SectionAnnotator.ordinal("--"));
  }
}
