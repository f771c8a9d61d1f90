package org.compendium.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.compendium.archive.Ingest;
import org.compendium.cli.Main;
import org.compendium.extract.Extractor;
import org.compendium.ingest.ReaderRegistry;
import org.compendium.json.RecordJson;
import org.compendium.store.Archive;
import org.compendium.store.index.SearchRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Export of the archive or a query's result, and the timeline, on the records of test resources {@code track/}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportAndTimelineTest {
  @TempDir static Path dir;
  private Path store;
  private final StringWriter err = new StringWriter();

  @BeforeAll
  void ingest() throws Exception {
    store = dir.resolve("store");
    try (Archive a = Archive.open(store)) {
      List<Path> files = new ArrayList<>();
      try (var s = Files.list(Path.of("src/test/resources/track"))) {
        s.sorted().forEach(files::add);
      }
      new Ingest(a, new Extractor(), ReaderRegistry.standard(), 1, 10).run(files, List.of(), List.of(), null);
    }
  }

  private int run(String... args) {
    err.getBuffer().setLength(0);
    CommandLine cl = Main.commandLine(); // as the command line runs: its error handling and enum parsing
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void jsonLinesAreTheStoredRecordsAndAQueryExportsExactlyItsMatches() throws Exception {
    Path all = dir.resolve("all.jsonl");
    assertEquals(0, run("export", "--format", "jsonl", "--out", all.toString(), "--store", store.toString()));
    List<String> lines = Files.readAllLines(all);
    RecordJson json = new RecordJson();
    Path some = dir.resolve("some.jsonl");
    assertEquals(0, run("export", "herring", "--country", "Iceland", "--format", "jsonl", "--out", some.toString(),
        "--store", store.toString()));
    try (Archive a = Archive.open(store)) {
      assertEquals(a.records().countCurrent(), lines.size());
      TreeSet<String> ids = new TreeSet<>();
      for (String line : lines) {
        var r = json.read(line);
        ids.add(r.id());
        assertEquals(json.write(a.records().get(r.id()).orElseThrow(), false), line);
      }
      assertEquals(new ArrayList<>(ids), lines.stream().map(l -> json.read(l).id()).toList(), "in id order");

      TreeSet<String> exported = new TreeSet<>();
      Files.readAllLines(some).forEach(l -> exported.add(json.read(l).id()));
      TreeSet<String> searched = new TreeSet<>();
      a.search(new SearchRequest("herring", List.of("ISL"), null, null, null, null, null, null, 100)).hits()
          .forEach(h -> searched.add(h.id()));
      assertFalse(searched.isEmpty());
      assertEquals(searched, exported);
      assertTrue(exported.size() < lines.size(), "a query exports less than the archive");
    }
  }

  @Test
  void csvHasAHeaderAndOneParsableRowPerRecord() throws Exception {
    Path csv = dir.resolve("a.csv");
    assertEquals(0, run("export", "--format", "CSV", "--from", "2011", "--out", csv.toString(), "--store",
        store.toString()), "the format in any case");
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<List<String>> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
        .readerForListOf(String.class).readValues(csv.toFile())) {
      it.forEachRemaining(rows::add);
    }
    assertEquals(RecordExport.CSV_COLUMNS, rows.get(0));
    assertEquals(3, rows.size(), "header and the 2011 and 2012 records");
    for (List<String> row : rows.subList(1, rows.size())) {
      assertTrue(row.get(1).compareTo("2011") >= 0, row.toString());
      assertTrue(row.get(5).contains("NOR"), row.toString());
    }
  }

  @Test
  void aBadQueryOrDateIsOneLineAndExitTwo() {
    assertEquals(2, run("export", "--format", "csv", "--from", "spring", "--store", store.toString()));
    assertTrue(err.toString().startsWith("export: "), err.toString());
    assertEquals(1, err.toString().strip().lines().count());
  }

  @Test
  void theTimelineIsInDateOrderWithRecordsDueDatesAndReports() {
    try (Archive a = Archive.open(store)) {
      TimelineService t = new TimelineService(a.records());
      List<TimelineEntry> all = t.entries(TimelineQuery.all());
      for (int i = 1; i < all.size(); i++) {
        assertTrue(all.get(i - 1).date().compareTo(all.get(i).date()) <= 0, all.toString());
      }
      assertEquals(3, all.stream().filter(e -> e.type().equals("record")).count());
      assertEquals(2, all.stream().filter(e -> e.type().equals("due")).count(), "two commitments have a due date");
      List<TimelineEntry> reports = all.stream().filter(e -> e.type().equals("reported")).toList();
      assertEquals(2, reports.size(), reports.toString());
      assertTrue(reports.stream().anyMatch(e -> e.date().equals("2011-02-10") && e.status().equals("reported")));
      assertTrue(reports.stream().anyMatch(e -> e.date().equals("2012-05-02") && e.status().equals("lapsed")));

      assertTrue(t.entries(new TimelineQuery(null, List.of("PER"), null, null)).isEmpty());
      List<TimelineEntry> berg = t.entries(new TimelineQuery(null, List.of(), "berg", null));
      assertFalse(berg.isEmpty());
      assertTrue(berg.stream().allMatch(e -> !e.type().equals("record") || a.records().get(e.recordId()).orElseThrow()
          .participants().stream().anyMatch(p -> p.name().contains("Berg"))), berg.toString());
    }
  }
}
