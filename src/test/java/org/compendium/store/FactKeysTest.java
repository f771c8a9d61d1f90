package org.compendium.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.compendium.archive.Ingest;
import org.compendium.archive.IngestSummary;
import org.compendium.extract.Extractor;
import org.compendium.ingest.ReaderRegistry;
import org.compendium.model.Commitment;
import org.compendium.model.Kind;
import org.compendium.model.Record;
import org.compendium.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * The fact tables' keys ({@link FactKeys}): the definitions V12 made are the ones a bulk load builds again; a bulk
 * load ends with every key and the same rows as an ordinary ingest; rows stay unique while the keys are dropped;
 * a store whose bulk load died before building them gets them back when opened; and queries by record seek them.
 */
@ResourceLock(Resources.SYSTEM_ERR)
class FactKeysTest {
  /** The tables whose keys {@link FactKeys} drops and builds. */
  static final List<String> TABLES =
      List.of("countries", "topics", "participants", "statements", "instruments", "commitment_parties");

  @TempDir Path dir;

  @Test
  void theMigrationMadeTheKeysThatAreBuiltAgain() throws Exception {
    try (Connection c = Database.open(dir)) {
      Map<String, String> made = new TreeMap<>();
      try (Statement s = c.createStatement();
           ResultSet rs = s.executeQuery("SELECT name, sql FROM sqlite_master WHERE name LIKE '%\\_key' ESCAPE '\\'")) {
        while (rs.next()) {
          made.put(rs.getString(1), rs.getString(2));
        }
      }
      assertEquals(new TreeMap<>(FactKeys.KEYS), made);
      assertEquals(List.of(), FactKeys.missing(c));
    }
  }

  @Test
  void aLoadWithoutKeysEndsWithEveryKeyAndTheRowsOfALoadWithThem() throws Exception {
    Path bulk = dir.resolve("bulk");
    Path ordinary = dir.resolve("ordinary");
    List<String> said = new ArrayList<>();
    try (Archive a = Archive.open(bulk)) {
      a.dropFactKeys();
      load(a);
      a.buildFactKeys(said::add);
    }
    assertEquals(7, said.size(), String.valueOf(said));
    assertEquals("building key 6/6: commitment_parties_key", said.get(5));
    assertTrue(said.get(6).matches("built 6 keys in \\d+\\.\\d s"), said.get(6));
    try (Archive a = Archive.open(ordinary)) {
      load(a);
    }
    List<String> bulkRows = factRows(bulk);
    assertTrue(bulkRows.size() > 500, "fact rows of the samples: " + bulkRows.size());
    assertEquals(factRows(ordinary), bulkRows);
    try (Connection c = Database.open(bulk)) {
      assertEquals(List.of(), FactKeys.missing(c));
    }
  }

  private static void load(Archive a) throws Exception {
    List<Path> files;
    try (var s = java.nio.file.Files.list(Path.of("samples/dev"))) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    IngestSummary s = new Ingest(a, new Extractor(), ReaderRegistry.standard(), 2, 10).run(files, List.of(), List.of(),
        null);
    assertEquals(files.size(), s.ingested());
  }

  @Test
  void rowsStayUniqueWhileTheKeysAreDroppedAndAKilledLoadsKeysComeBackOnOpen() throws Exception {
    // a record naming a country, a topic and a commitment's party twice: the writer stores each once, so the keys
    // can be built over what was written without them
    Record twice = new Record("r1", new Source("file:/tmp/r1.txt", "text", "r1"), "Talks", "2003-04-05", null,
        Kind.visit, List.of("PRT", "BRA", "PRT"), List.of(), List.of(), List.of(),
        List.of(new Commitment("meet again", List.of("PRT", "PRT"), "2004", "next year", null)), List.of(), List.of(),
        List.of("trade", "trade"), List.of(), "The sides agreed to meet again next year.");
    try (RecordStore store = RecordStore.open(dir)) {
      store.dropFactKeys();
      store.store(List.of(new Incoming("a", twice)));
      assertEquals(2, store.rows("countries"));
      assertEquals(1, store.rows("topics"));
      assertEquals(1, store.rows("commitment_parties"));
    }
    // closed without building the keys, as by a kill: the next open builds them, and says so
    String err = stderrOf(() -> RecordStore.open(dir).close());
    assertTrue(err.contains("building them now") && err.contains("building key 1/6: countries_key"), err);
    try (Connection c = Database.open(dir)) {
      assertEquals(List.of(), FactKeys.missing(c));
    }
    assertEquals("", stderrOf(() -> RecordStore.open(dir).close()), "keys in place: nothing to say");
  }

  @Test
  void aLookupByRecordSeeksEachKey() throws Exception {
    try (Connection c = Database.open(dir); Statement s = c.createStatement()) {
      for (String table : TABLES) {
        StringBuilder plan = new StringBuilder();
        try (ResultSet rs = s.executeQuery("EXPLAIN QUERY PLAN SELECT * FROM " + table + " WHERE record_id = 'x'")) {
          while (rs.next()) {
            plan.append(rs.getString("detail")).append('\n');
          }
        }
        assertTrue(plan.toString().matches("(?s).*USING (COVERING )?INDEX " + table + "_key \\(record_id=\\?\\).*"),
            table + ": " + plan);
      }
    }
  }

  /** Every row of the six tables, every column, sorted (rows of a table have no order of their own). */
  private static List<String> factRows(Path store) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = Database.open(store)) {
      for (String table : TABLES) {
        for (String row : V5Store.rowsOf(c, "SELECT * FROM " + table)) {
          out.add(table + " " + row);
        }
      }
    }
    out.sort(null);
    return out;
  }

  private interface Action {
    void run() throws Exception;
  }

  private static String stderrOf(Action action) throws Exception {
    PrintStream before = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      action.run();
      return err.toString(StandardCharsets.UTF_8);
    } finally {
      System.setErr(before);
    }
  }
}
