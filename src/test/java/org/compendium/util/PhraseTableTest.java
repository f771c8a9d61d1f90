package org.compendium.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhraseTableTest {
  private final PhraseTable table =
      new PhraseTable(Map.of("minister", "m", "prime minister", "h", "ministers' meeting", "x"));

  @Test
  void longestPhraseWinsAndOffsetsPointIntoTheText() {
    String text = "The Prime Minister and the Minister met.";
    List<PhraseTable.Hit> hits = table.find(text);
    assertEquals(2, hits.size());
    assertEquals("h", hits.get(0).value());
    assertEquals("Prime Minister", text.substring(hits.get(0).start(), hits.get(0).end()));
    assertEquals("m", hits.get(1).value());
  }

  @Test
  void wholeWordsOnlyAndCurlyApostrophes() {
    assertEquals(0, table.find("Ministerial talks").size());
    List<PhraseTable.Hit> hits = table.find("the Foreign Ministers\u2019 Meeting");
    assertEquals(1, hits.size());
    assertEquals("x", hits.get(0).value());
  }

  @Test
  void regionSearchKeepsAbsoluteOffsets() {
    String text = "minister ... minister";
    List<PhraseTable.Hit> hits = table.find(text, 5, text.length());
    assertEquals(1, hits.size());
    assertEquals(13, hits.get(0).start());
  }
}
