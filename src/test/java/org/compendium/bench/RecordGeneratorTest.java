package org.compendium.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.compendium.extract.Extractor;
import org.compendium.ingest.SourceDocument;
import org.compendium.ingest.TextReader;
import org.compendium.model.Person;
import org.compendium.model.Record;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The record generator: deterministic by seed, different across seeds, and records that extract plausibly. */
class RecordGeneratorTest {
  private static GeneratorData data;

  @TempDir Path tmp;

  @BeforeAll
  static void load() {
    data = GeneratorData.load();
  }

  @Test
  void theSameSeedWritesTheSameBytesInAnyOrder() throws Exception {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    new CorpusWriter(new RecordGenerator(data, 42)).write(a, 1205, null);
    new CorpusWriter(new RecordGenerator(GeneratorData.load(), 42)).write(b, 1205, null);
    assertTrue(Files.isRegularFile(a.resolve("d0001/r0001204.txt")), "a thousand records per directory");
    for (long i = 0; i < 1205; i += 7) {
      String p = RecordGenerator.path(i);
      assertArrayEquals(Files.readAllBytes(a.resolve(p)), Files.readAllBytes(b.resolve(p)), p);
    }
    // Record i does not depend on the records made before it.
    assertEquals(Files.readString(a.resolve(RecordGenerator.path(999))), new RecordGenerator(data, 42).generate(999).text());
  }

  @Test
  void differentSeedsWriteDifferentRecords() {
    RecordGenerator one = new RecordGenerator(data, 1);
    RecordGenerator two = new RecordGenerator(data, 2);
    Set<String> texts = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      assertNotEquals(one.generate(i).text(), two.generate(i).text(), "record " + i);
      texts.add(one.generate(i).text());
    }
    assertEquals(200, texts.size(), "no two records of one seed alike");
  }

  @Test
  void recordsLookLikeSummitOutlines() {
    RecordGenerator g = new RecordGenerator(data, 3);
    for (int i = 0; i < 300; i++) {
      RecordGenerator.Generated r = g.generate(i);
      String why = "seed 3 record " + i + ":\n" + r.text();
      assertTrue(r.participants().size() >= 2 && r.countries().size() >= 2, why);
      assertEquals(r.participants().stream().map(RecordGenerator.Participant::name).distinct().count(),
          r.participants().size(), why);
      assertTrue(r.text().matches("(?s)[^\\n]+\\n\\n[^\\n]*\\d{4}\\n.*\\n1\\. [^\\n]+\\n\\n.*"), why);
      assertTrue(!r.date().isBefore(GeneratorData.FIRST) && !r.date().isAfter(GeneratorData.LAST), why);
      assertTrue(!r.text().contains("{") && !r.text().contains("}"), "every slot filled: " + why);
      assertTrue(r.text().contains(r.participants().get(0).name()) || r.text().contains(surname(r, 0)), why);
    }
  }

  /** Extraction on generated records finds the substituted participants, countries, dates and commitments. */
  @Test
  void extractionFindsTheSubstitutedFacts() throws Exception {
    RecordGenerator g = new RecordGenerator(data, 11);
    Extractor extractor = new Extractor();
    int n = 40;
    int participantsFound = 0;
    int participantsWritten = 0;
    int countriesFound = 0;
    int dated = 0;
    int committed = 0;
    List<String> misses = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      RecordGenerator.Generated gen = g.generate(i);
      Record r = extract(extractor, gen);
      Set<String> names = new HashSet<>();
      for (Person p : r.participants()) {
        names.add(p.name());
      }
      for (RecordGenerator.Participant p : gen.participants()) {
        if (!gen.text().contains(p.name())) {
          continue;  // the sentences drawn never named this one
        }
        participantsWritten++;
        if (names.contains(p.name())) {
          participantsFound++;
        } else {
          misses.add(i + ": " + p.name() + " not in " + names);
        }
      }
      if (r.countries().containsAll(gen.countries().subList(0, 2))) {
        countriesFound++;
      }
      if (gen.date().toString().equals(r.date())) {
        dated++;
      }
      if (r.commitments().stream().anyMatch(c -> c.due() != null)) {
        committed++;
      }
    }
    String why = "seed 11: " + participantsFound + "/" + participantsWritten + " participants, " + countriesFound
        + " countries, " + dated + " dates, " + committed + " commitments with a due date of " + n + "; misses " + misses;
    assertTrue(participantsFound >= 0.8 * participantsWritten, why);
    assertTrue(countriesFound >= 0.8 * n, why);
    assertTrue(dated >= 0.9 * n, why);
    assertTrue(committed >= 0.7 * n, why);
    System.out.println("RecordGeneratorTest: " + why);
  }

  private static Record extract(Extractor extractor, RecordGenerator.Generated gen) throws Exception {
    List<SourceDocument> docs = new ArrayList<>();
    new TextReader().read(new ByteArrayInputStream(gen.text().getBytes(StandardCharsets.UTF_8)),
        "file:///generated/" + gen.path(), docs::add);
    return extractor.extract(docs.get(0));
  }

  private static String surname(RecordGenerator.Generated r, int p) {
    String n = r.participants().get(p).name();
    return n.substring(n.lastIndexOf(' ') + 1);
  }
}
