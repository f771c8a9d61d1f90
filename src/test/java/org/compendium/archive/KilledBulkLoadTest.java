package org.compendium.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
 * A bulk load ({@code ingest --defer-links --no-sync}, as bulk loads are run: a killed process must lose nothing it
 * committed even without syncs) commits its database every batch but its index only every few thousand records, so
 * a {@code kill -9} mid-load always leaves the index behind the database. After each kill the store
 * passes SQLite's integrity check, and opening it brings the index level with the database (every current record
 * searchable, nothing else); the rerun ends with every record stored and indexed, still deferred, with the rows a
 * clean load writes in every fact table. Seeded: the seed is printed in every failure message ({@code -Dseed=N}
 * replays the corpus and kill points).
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
      long before = IngestChild.stored(store);
      boolean finished = IngestChild.awaitRecords(p, store, before + 1 + rnd.nextInt((int) (RECORDS - before) / 3));
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
    // a batch's fact rows are written at its commit (FactWriter): a kill loses them with their records, never alone
    Path clean = tmp.resolve("clean");
    Process cleanRun = IngestChild.start(in, clean, tmp.resolve("clean-err.txt"), "--defer-links", "--no-sync");
    assertTrue(cleanRun.waitFor(5, TimeUnit.MINUTES), why);
    try (StoreCheck got = new StoreCheck(store); StoreCheck want = new StoreCheck(clean)) {
      assertEquals(want.currentRecords(), got.currentRecords(), why + ": the same records, each with the same JSON");
      assertEquals(want.tableCounts(), got.tableCounts(), why + ": the same rows in every fact table");
    }
    try (Archive a = Archive.open(store)) {
      assertEquals(0, a.healed(), why + ": the load's last index commit matches the database");
      assertEquals(RECORDS, a.records().countCurrent(), why);
      assertEquals(a.records().currentIds(), a.index().ids(), why);
      assertEquals(RECORDS, a.search(SearchRequest.of("", 1)).total(), why);
    }
    System.out.println("KilledBulkLoadTest: records stored at each kill: " + storedAtKill + ", " + why);
  }

  private Process child(Path in, Path store) throws Exception {
    return IngestChild.start(in, store, tmp.resolve("child-err.txt"), "--defer-links", "--no-sync");
  }
}
