package org.compendium.extract.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.compendium.DevCorpus;
import org.compendium.model.Temporal;
import org.compendium.resolve.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * Properties every output must have, on the bundled dev texts and on random text: spans point at the printed
 * text, entries are in text order and do not overlap, values are ISO dates or null, and nothing throws.
 */
class TemporalInvariantsTest {
  private static final TemporalAnnotator ANNOTATOR = new TemporalAnnotator();

  private static void check(String text, PartialDate record, String what) {
    List<Temporal> ts = ANNOTATOR.find(text, record);
    int last = -1;
    for (Temporal t : ts) {
      assertEquals(t.text(), t.span().of(text), what);
      assertTrue(t.span().start() >= last, what + ": out of order or overlapping at " + t);
      assertFalse(t.text().isBlank(), what);
      assertTrue(t.value() == null || PartialDate.parse(t.value()) != null, what + ": bad value " + t.value());
      last = t.span().end();
    }
  }

  @Test
  void devTexts() throws IOException {
    for (Path p : DevCorpus.texts()) {
      String text = Files.readString(p);
      check(text, null, p.toString());
      check(text, PartialDate.parse("2001-02-28"), p.toString());
    }
  }

  @Test
  void randomTextOfDateWords() {
    String[] words = {"May", "5", "2000", "-", "to", "and", "of", "the", "next", "year", "last", "Monday", ",",
        "following", "day", "31", "February", "29", "in", "by", "end", "ago", "two", "years", "(", ")", "/", ".",
        "\n", "Sept", "1999", "0", "13th", "this", "autumn", "week", "Summit", "Declaration", "mid", "early"};
    long seed = Long.getLong("tests.seed", System.nanoTime());
    Random r = new Random(seed);
    for (int i = 0; i < 500; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(40); k > 0; k--) {
        b.append(words[r.nextInt(words.length)]).append(r.nextInt(4) == 0 ? "" : " ");
      }
      PartialDate rec = r.nextBoolean() ? null : PartialDate.of(java.time.LocalDate.ofEpochDay(r.nextInt(40000)));
      check(b.toString(), rec, "seed " + seed + " (-Dtests.seed=" + seed + "): " + b);
    }
  }
}
