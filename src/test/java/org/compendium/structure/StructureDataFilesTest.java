package org.compendium.structure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.compendium.util.Resources;
import org.junit.jupiter.api.Test;

/** Loads every data file of the structure package and checks its shape. */
class StructureDataFilesTest {
  @Test
  void uiWordsHaveAKnownPosition() {
    List<String[]> rows = Resources.tsv("structure/ui-words.tsv", 2);
    assertFalse(rows.isEmpty());
    for (String[] row : rows) {
      assertTrue(row[1].equals("start") || row[1].equals("any"), String.join("\t", row));
    }
  }

  @Test
  void wordListsAreLowerCaseAndNonEmpty() {
    for (String file : List.of("structure/subtitle-words.tsv", "structure/issuer-heads.tsv", "structure/title-nouns.tsv",
        "structure/abbreviations.txt")) {
      List<String> lines = Resources.lines(file);
      assertFalse(lines.isEmpty(), file);
      if (!file.endsWith("abbreviations.txt")) {
        lines.forEach(l -> assertTrue(l.equals(l.toLowerCase()), file + ": " + l));
      }
    }
  }

  @Test
  void issuerLinesAreRecognisedByHeadNoun() {
    HeadingLines h = new HeadingLines();
    assertTrue(h.classify("Ministry of Foreign Affairs") == HeadingLines.Type.ISSUER);
    assertTrue(h.classify("Prime Minister's Office") == HeadingLines.Type.ISSUER);
    assertTrue(h.classify("The White House") == HeadingLines.Type.ISSUER);
    assertTrue(h.classify("Statement by the Spokesperson") == HeadingLines.Type.HEADING);
    assertTrue(h.classify("Back to Index") == HeadingLines.Type.NAV);
    assertTrue(h.classify("Click the image to enlarge") == HeadingLines.Type.NAV);
    assertTrue(h.classify("Overview of Results") == HeadingLines.Type.GENERIC);
  }
}
