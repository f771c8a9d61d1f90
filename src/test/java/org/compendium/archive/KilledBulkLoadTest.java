package org.compendium.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.compendium.bench.CorpusWriter;
import org.compendium.bench.GeneratorData;
import org.compendium.bench.RecordGenerator;
import org.compendium.store.Archive;
import org.compendium.store.LinkDeferral;
import org.compendium.store.index.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bulk load ({@code ingest --defer-links}) commits its database every batch but its index only every few thousand
 * records, so a {@code kill -9} mid-load always leaves the index behind the database. After each kill the store
 * passes SQLite's integrity check, and opening it brings the index level with the database (every current record
 * searchable, nothing else); the rerun ends with every record stored and indexed, still deferred. Seeded: the seed
 * is printed in every failure message ({@code -Dseed=N} replays the corpus and kill points).
 */
class KilledBulkLoadTest {
  private static final int RECORDS = 600;
  private static final int KILLS = 2;

  @TempDir Path tmp;

  @Test
  void bulkLoadKilledBetweenIndexCommitsHealsAndReruns() throws Exception {
    long seed = Long.getLong("seed", System.nanoTime());
    String why = "seed " + seed;
    Random rnd = new Random(seed);
    Path in = tmp.resolve("in");
    new CorpusWriter(new RecordGenerator(GeneratorData.load(), seed, RecordGenerator.Size.SMALL))
        .write(in, RECORDS, null);
    Path store = tmp.resolve("store");
    List<Long> storedAtKill = new ArrayList<>();
    for (int round = 0; round < KILLS; round++) {
      Process p = child(in, store);
      long before = stored(store);
      boolean finished = awaitRecords(p, store, before + 1 + rnd.nextInt((int) (RECORDS - before) / 3));
      assertTrue(!finished, why + ": the load was to be killed mid-way, round " + round);
      p.destroyForcibly();  // SIGKILL: no shutdown hook, no finally block runs
      p.waitFor();
      try (StoreCheck check = new StoreCheck(store)) {
        assertEquals("[ok]", check.integrity(), why + ": after kill " + round);
        storedAtKill.add((long) check.currentRecords().size());
      }
      try (Archive a = Archive.open(store)) {
        long n = a.records().countCurrent();
        assertTrue(n > 0 && n < RECORDS, why + ": killed mid-load with " + n + " records");
        assertTrue(a.healed() > 0, why + ": the index was behind the database (its commit comes every few "
            + "thousand records), so opening indexed the rest");
        assertEquals(a.records().currentIds(), a.index().ids(), why);
        assertEquals(n, a.search(SearchRequest.of("", 1)).total(), why);
      }
    }
    Process last = child(in, store);
    assertTrue(last.waitFor(5, TimeUnit.MINUTES), why);
    assertEquals(0, last.exitValue(), why + ": " + Files.readString(tmp.resolve("child-err.txt")));
    assertTrue(LinkDeferral.deferred(store), why + ": links stay deferred until `compendium link`");
    try (Archive a = Archive.open(store)) {
      assertEquals(0, a.healed(), why + ": the load's last index commit matches the database");
      assertEquals(RECORDS, a.records().countCurrent(), why);
      assertEquals(a.records().currentIds(), a.index().ids(), why);
      assertEquals(RECORDS, a.search(SearchRequest.of("", 1)).total(), why);
    }
    System.out.println("KilledBulkLoadTest: records stored at each kill: " + storedAtKill + ", " + why);
  }

  private static long stored(Path store) {
    if (!Files.exists(store.resolve("archive.db"))) {
      return 0;
    }
    try (StoreCheck check = new StoreCheck(store)) {
      return check.currentRecords().size();
    } catch (SQLException notYet) {
      return 0;
    }
  }

  /** Waits until the child stored at least {@code n} records (true if it ended first). */
  private static boolean awaitRecords(Process p, Path store, long n) throws Exception {
    String url = "jdbc:sqlite:" + store.resolve("archive.db").toAbsolutePath() + "?open_mode=1";
    while (p.isAlive()) {
      if (Files.exists(store.resolve("archive.db"))) {
        try (Connection c = DriverManager.getConnection(url);
            ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM records")) {
          if (rs.next() && rs.getLong(1) >= n) {
            return false;
          }
        } catch (SQLException notYet) {
          // the schema is not there yet, or the database is busy: look again
        }
      }
      Thread.sleep(10);
    }
    return true;
  }

  private Process child(Path in, Path store) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), "org.compendium.cli.Main",
        "ingest", in.toString(), "--store", store.toString(), "--defer-links", "--batch", "20", "--no-progress"));
    return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(tmp.resolve("child-err.txt").toFile()).start();
  }
}
