package org.compendium.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.compendium.model.Span;
import org.junit.jupiter.api.Test;

class TextBuilderTest {
  @Test
  void collapsesWhitespaceAndWritesSeparatorsLazily() {
    TextBuilder b = new TextBuilder(1000);
    b.paragraphBreak();
    b.text("  The   ministers\n met ");
    b.lineBreak();
    b.text("\u00a0again.  ");
    b.paragraphBreak();
    b.paragraphBreak();
    b.text("New paragraph");
    b.paragraphBreak();
    assertEquals("The ministers met\nagain.\n\nNew paragraph", b.build());
  }

  @Test
  void spansSkipTheSeparatorsBeforeThem() {
    TextBuilder b = new TextBuilder(1000);
    b.text("Heading");
    b.paragraphBreak();
    int start = b.length();
    b.text("  Body text ");
    Span s = b.span(start);
    assertEquals("Body text", b.slice(s));
    assertEquals(new Span(9, 18), s);
    assertNull(b.span(b.length()));
  }

  @Test
  void hardBreaksAllowAtMostOneBlankLine() {
    TextBuilder b = new TextBuilder(1000);
    b.hardBreak();
    b.text("a");
    b.hardBreak();
    b.hardBreak();
    b.hardBreak();
    b.text("b");
    assertEquals("a\n\nb", b.build());
  }

  @Test
  void indentAppliesToTheNextLineOnly() {
    TextBuilder b = new TextBuilder(1000);
    b.text("1. Top");
    b.lineBreak();
    b.indent(2);
    b.text("1. Nested");
    b.lineBreak();
    b.text("2. Top");
    assertEquals("1. Top\n  1. Nested\n2. Top", b.build());
  }

  @Test
  void preformattedKeepsSpacesAndLines() {
    TextBuilder b = new TextBuilder(1000);
    b.preformatted("a  b\r\nc\rd");
    assertEquals("a  b\nc\nd", b.build());
  }

  @Test
  void overflowsPastTheLimit() {
    TextBuilder b = new TextBuilder(10);
    b.text("0123456789");
    assertThrows(TextBuilder.Overflow.class, () -> b.text("x"));
  }
}
