package org.compendium.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.compendium.bench.CorpusWriter;
import org.compendium.bench.GeneratorData;
import org.compendium.bench.RecordGenerator;
import org.compendium.extract.Extractor;
import org.compendium.ingest.ReaderRegistry;
import org.compendium.store.Archive;
import org.compendium.store.index.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code kill -9} of a child JVM ingesting generated records, several times at random moments (start-up,
 * schema creation, mid-batch); after each kill the store passes SQLite's integrity check and holds whole records
 * only, index and database in step; the rerun then leaves exactly what a clean run leaves: the same records (same
 * JSON), the same row count in every fact table, the index counting every record. Seeded: the seed is printed in
 * every failure message and at the end ({@code -Dseed=N} replays the same corpus and kill points).
 */
class KilledIngestTest {
  private static final int RECORDS = 3000;
  private static final int KILLS = 4;

  @TempDir Path tmp;

  @Test
  void ingestKilledAtRandomMomentsRerunsToExactlyWhatACleanRunStores() throws Exception {
    long seed = Long.getLong("seed", System.nanoTime());
    String why = "seed " + seed;
    Random rnd = new Random(seed);
    Path in = tmp.resolve("in");
    new CorpusWriter(new RecordGenerator(GeneratorData.load(), seed, RecordGenerator.Size.SMALL))
        .write(in, RECORDS, null);

    // The clean run, in this JVM, on the same files.
    Path clean = tmp.resolve("clean");
    InputFiles.Expansion files = InputFiles.standard().expand(List.of(in.toString()));
    try (Archive a = Archive.open(clean)) {
      IngestSummary s = new Ingest(a, new Extractor(), ReaderRegistry.standard(), 2, 20)
          .run(files.files(), files.skipped(), List.of(), null);
      assertEquals(List.of(), s.failed(), why);
    }

    Path store = tmp.resolve("store");
    int kills = 0;
    List<Long> storedAtKill = new ArrayList<>();
    for (int round = 0; round < KILLS; round++) {
      Process p = child(in, store);
      // Most rounds die once the store holds a random number more records (mid-ingest); one dies at a random
      // time from its start, which may fall in JVM start-up or schema creation.
      long before = IngestChild.stored(store);
      boolean finished = round != 1
          ? IngestChild.awaitRecords(p, store, before + 1 + rnd.nextInt(Math.max(1, (int) (RECORDS - before) / 3)))
          : p.waitFor(300 + rnd.nextInt(2500), TimeUnit.MILLISECONDS);
      if (!finished) {
        p.destroyForcibly();  // SIGKILL: no shutdown hook, no finally block runs
        p.waitFor();
        kills++;
      }
      if (Files.exists(store.resolve("archive.db"))) {
        try (StoreCheck check = new StoreCheck(store)) {
          assertEquals("[ok]", check.integrity(), why + ": after kill " + kills);
          storedAtKill.add((long) check.currentRecords().size());
        }
      }
    }
    try (Archive a = Archive.open(store)) {  // what the killed runs left: whole records only, index healed to match
      long n = a.records().countCurrent();
      assertTrue(n < RECORDS, why + ": the last kill came before the end (" + n + ")");
      assertEquals(n, a.search(SearchRequest.of("", 1)).total(), why);
      assertEquals(a.records().currentIds(), a.index().ids(), why);
    }
    Process last = child(in, store);
    assertTrue(last.waitFor(5, TimeUnit.MINUTES), why);
    assertEquals(0, last.exitValue(), why + ": " + Files.readString(tmp.resolve("child-err.txt")));

    try (StoreCheck got = new StoreCheck(store); StoreCheck want = new StoreCheck(clean)) {
      assertEquals("[ok]", got.integrity(), why);
      Map<String, String> records = got.currentRecords();
      assertEquals(RECORDS, records.size(), why);
      assertEquals(want.currentRecords(), records, why + ": the same records, each with the same JSON");
      assertEquals(want.tableCounts(), got.tableCounts(), why + ": the same rows in every fact table");
    }
    try (Archive a = Archive.open(store)) {
      assertEquals(RECORDS, a.search(SearchRequest.of("", 1)).total(), why);
      assertEquals(a.records().currentIds(), a.index().ids(), why);
    }
    System.out.println("KilledIngestTest: " + kills + " kills, records stored at each: " + storedAtKill + ", " + why);
  }

  private Process child(Path in, Path store) throws Exception {
    return IngestChild.start(in, store, tmp.resolve("child-err.txt"));
  }
}
