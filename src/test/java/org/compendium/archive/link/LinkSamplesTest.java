package org.compendium.archive.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.compendium.archive.Ingest;
import org.compendium.archive.InputFiles;
import org.compendium.cli.Main;
import org.compendium.extract.Extractor;
import org.compendium.ingest.ReaderRegistry;
import org.compendium.model.Instrument;
import org.compendium.model.Record;
import org.compendium.store.Archive;
import org.compendium.store.link.Instruments;
import org.compendium.store.link.Lookup;
import org.compendium.store.link.People;
import org.compendium.store.link.RecordLinks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The bundled samples ingested once into a temporary archive; links across them checked on it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkSamplesTest {
  @TempDir static Path dir;
  private Archive archive;
  private InputFiles.Expansion input;

  @BeforeAll
  void ingestOnce() throws InterruptedException {
    archive = Archive.open(dir);
    input = InputFiles.standard().expand(List.of("samples"));
    ingest();
  }

  private void ingest() throws InterruptedException {
    new Ingest(archive, new Extractor(), ReaderRegistry.standard(), 2, 10).run(input.files(), input.skipped(),
        List.of(), null);
  }

  @AfterAll
  void close() {
    archive.close();
  }

  @Test
  void tokyoDeclarationListsEveryCitingRecordInDateOrderWithTheCitingSentence() {
    Instruments instruments = new Instruments(archive.records());
    Lookup<Instruments.Summary> found = instruments.find("Tokyo Declaration");
    assertTrue(found.isUnique(), found.matches().toString());
    Instruments.Profile p = instruments.profile(found.single().id()).orElseThrow();
    // every current record whose extracted instruments resolve to this entry, and only those
    Set<String> expected = new HashSet<>();
    archive.records().forEachCurrent(r -> {
      for (Instrument i : r.instruments()) {
        if (found.single().id().equals(i.id())) {
          expected.add(r.id());
        }
      }
    });
    assertTrue(expected.size() >= 2, "the samples cite it in several records: " + expected);
    assertEquals(expected, new HashSet<>(p.history().stream().map(Instruments.Citation::recordId).toList()));
    String last = "";
    boolean undated = false;
    for (Instruments.Citation c : p.history()) {
      if (c.date() == null) {
        undated = true;
      } else {
        assertFalse(undated, "undated records come last");
        assertTrue(c.date().compareTo(last) >= 0, "date order: " + p.history());
        last = c.date();
      }
      assertNotNull(c.sentence(), c.toString());
      assertTrue(c.sentence().contains("Tokyo Declaration"), c.sentence());
    }
  }

  @Test
  void putinIsOnePersonAcrossRecordsWithRolesAndStatements() {
    People people = new People(archive.records());
    Lookup<People.Summary> found = people.find("Putin");
    assertTrue(found.isUnique(), found.matches().toString());
    assertEquals(found.matches(), people.find("Vladimir V. Putin").matches(), "another printed form, same person");
    People.Profile p = people.profile(found.single().id()).orElseThrow();
    Set<String> expected = new HashSet<>();
    int statements = 0;
    for (Record r : current()) {
      boolean in = r.participants().stream().anyMatch(x -> x.name().endsWith("Putin"));
      long said = r.statements().stream().filter(s -> s.speaker().endsWith("Putin")).count();
      statements += (int) said;
      if (in || said > 0) {
        expected.add(r.id());
      }
    }
    assertTrue(expected.size() >= 5, expected.toString());
    assertEquals(expected, new HashSet<>(p.records().stream().map(People.Appearance::recordId).toList()));
    assertEquals(statements, p.statements().size());
    assertEquals(expected.size(), p.person().records());
    assertTrue(p.roles().stream().anyMatch(r -> r.role().equals("President") && "RUS".equals(r.country())
        && r.firstDate() != null && r.records().size() >= 3), p.roles().toString());
  }

  @Test
  void speakersWhoTakePartAreTheirParticipantsPerson() {
    for (Record r : current()) {
      RecordLinks.Links links = new RecordLinks(archive.records()).of(r.id());
      Map<String, String> byName = new TreeMap<>();
      links.participants().forEach(x -> byName.put(x.name(), x.personId()));
      for (RecordLinks.PersonLink s : links.statements()) {
        if (byName.containsKey(s.name())) {
          assertEquals(byName.get(s.name()), s.personId(), r.id() + " " + s);
        }
      }
      links.participants().forEach(x -> assertNotNull(x.personId(), r.id() + " " + x));
    }
  }

  @Test
  void ingestingAgainOrRelinkingChangesNoLink() throws InterruptedException {
    Map<String, String> before = snapshot();
    ingest();
    assertEquals(before, snapshot(), "unchanged records link the same");
    new ArchiveLinker().relink(archive.records(), null);
    assertEquals(before, snapshot(), "relinking from scratch gives the same links");
  }

  @Test
  void commandsAnswerHumanAndJson() throws Exception {
    archive.close();  // the commands open the store themselves (one writer: Lucene's lock)
    try {
      commands();
    } finally {
      archive = Archive.open(dir);
    }
  }

  private void commands() throws Exception {
    String[] out = new String[1];
    assertEquals(0, run(out, "instrument", "Tokyo Declaration", "--json", "--store", dir.toString()));
    JsonNode j = new ObjectMapper().readTree(out[0]);
    assertEquals("jpn-rus-tokyo-declaration", j.get("entry").get("id").asText());
    assertTrue(j.get("history").size() >= 2);
    assertEquals(0, run(out, "people", "--json", "--store", dir.toString()));
    JsonNode people = new ObjectMapper().readTree(out[0]);
    assertEquals("vladimir-putin", people.get(0).get("id").asText(), "most records first");
    assertEquals(0, run(out, "instruments", "--json", "--store", dir.toString()));
    assertTrue(new ObjectMapper().readTree(out[0]).size() >= 10, out[0]);
    assertEquals(0, run(out, "person", "Putin", "--store", dir.toString()));
    assertTrue(out[0].startsWith("Vladimir Putin (RUS)"), out[0]);
    assertEquals(1, run(out, "person", "Kono", "--store", dir.toString()), "two persons named Kono");
    assertTrue(out[0].contains("ambiguous") && out[0].contains("yohei-kono") && out[0].contains("taro-kono"), out[0]);
    assertEquals(1, run(out, "instrument", "Treaty of Nowhere In Particular", "--store", dir.toString()));
    assertTrue(out[0].contains("no instrument matches"), out[0]);
    String citing = j.get("history").get(0).get("recordId").asText();
    assertEquals(0, run(out, "show", citing, "--json", "--links", "--store", dir.toString()));
    JsonNode shown = new ObjectMapper().readTree(out[0]);
    assertEquals(citing, shown.get("record").get("id").asText());
    boolean linked = false;
    for (JsonNode i : shown.get("links").get("instruments")) {
      linked |= i.get("entryId").asText().equals("jpn-rus-tokyo-declaration") && i.get("otherRecords").asInt() >= 1;
    }
    assertTrue(linked, out[0]);
    assertEquals(0, run(out, "show", citing, "--store", dir.toString()));
    assertTrue(out[0].contains("links:") && out[0].contains("-> jpn-rus-tokyo-declaration"), out[0]);
    assertEquals(0, run(out, "instruments", "--graph", "--store", dir.toString()));
    JsonNode g = new ObjectMapper().readTree(out[0]);
    assertTrue(g.get("nodes").size() > 10 && g.get("edges").size() > 10);
    boolean cites = false;
    for (JsonNode e : g.get("edges")) {
      cites |= e.get("relation").asText().equals("cites");
    }
    assertTrue(cites, "a record signing one instrument and citing another gives an instrument edge");
  }

  private static int run(String[] out, String... args) {
    StringWriter o = new StringWriter();
    CommandLine cmd = new CommandLine(new Main());
    cmd.setOut(new PrintWriter(o));
    cmd.setErr(new PrintWriter(o));
    int rc = cmd.execute(args);
    out[0] = o.toString();
    return rc;
  }

  private Map<String, String> snapshot() {
    Map<String, String> m = new TreeMap<>();
    for (Record r : current()) {
      RecordLinks.Links links = new RecordLinks(archive.records()).of(r.id());
      links.participants().forEach(x -> m.put(r.id() + " p" + x.ord(), x.personId()));
      links.statements().forEach(x -> m.put(r.id() + " s" + x.ord(), x.personId()));
      links.instruments().forEach(x -> m.put(r.id() + " i" + x.ord(), x.entryId()));
    }
    return m;
  }

  private List<Record> current() {
    List<Record> out = new java.util.ArrayList<>();
    archive.records().forEachCurrent(out::add);
    return out;
  }
}
