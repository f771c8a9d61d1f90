package org.compendium.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.compendium.model.Record;
import org.compendium.store.Archive;
import org.compendium.store.index.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code kill -9} of a child JVM ingesting generated records, several times at random moments; the rerun
 * then completes with exactly the expected records, every fact row matching its record, index and database in
 * step. Seeded: the seed is printed in every failure message ({@code -Dseed=N} replays it).
 */
class KilledIngestTest {
  private static final int FILES = 240;
  private static final String[] LEADERS = {"Amina Osei", "Lars Berg", "Mei Tanaka", "Rafael Duarte", "Olga Petrova"};
  private static final String[] STATES = {"Ghana", "Norway", "Japan", "Brazil", "Finland", "Kenya", "Chile"};
  private static final String[] CITIES = {"Accra", "Bergen", "Osaka", "Recife", "Turku", "Mombasa", "Valparaiso"};
  private static final String[] SUBJECTS = {"fisheries", "rail links", "vaccine research", "port security",
      "grain exports", "solar power", "student exchanges"};

  @TempDir Path tmp;

  @Test
  void ingestKilledAtRandomMomentsRerunsToExactlyTheExpectedRecords() throws Exception {
    long seed = Long.getLong("seed", System.nanoTime());
    String why = "seed " + seed;
    Random rnd = new Random(seed);
    Path in = Files.createDirectories(tmp.resolve("in"));
    for (int i = 0; i < FILES; i++) {
      Files.writeString(in.resolve(String.format("r%04d.txt", i)), text(rnd, i));
    }
    Path store = tmp.resolve("store");
    int kills = 0;
    for (int round = 0; round < 3; round++) {
      Process p = child(in, store);
      // Rounds 0 and 1 die once the store holds a random number of records (mid-ingest); round 2 at a random
      // time, which may fall in start-up or schema creation.
      boolean finished = round < 2
          ? awaitRecords(p, store, 1 + rnd.nextInt(FILES * 2 / 3))
          : p.waitFor(500 + rnd.nextInt(3000), TimeUnit.MILLISECONDS);
      if (!finished) {
        p.destroyForcibly();  // SIGKILL: no shutdown hook, no finally block runs
        p.waitFor();
        kills++;
      }
    }
    long beforeRerun;
    try (Archive a = Archive.open(store)) {  // what the killed runs left: whole records only, index healed to match
      beforeRerun = a.records().countCurrent();
      assertTrue(beforeRerun <= FILES, why);
      assertEquals(beforeRerun, a.search(SearchRequest.of("", 1)).total(), why);
    }
    Process last = child(in, store);
    assertTrue(last.waitFor(5, TimeUnit.MINUTES), why);
    assertEquals(0, last.exitValue(), why + ": " + new String(last.getErrorStream().readAllBytes()));
    try (Archive a = Archive.open(store)) {
      assertEquals(FILES, a.records().countCurrent(), why);
      assertEquals(FILES, a.records().rows("records"), why + ": no duplicates, no stray versions");
      assertEquals(FILES, a.search(SearchRequest.of("", 1)).total(), why);
      assertEquals(FILES, a.search(SearchRequest.of("communique", 1)).total(), why);
      long[] facts = new long[3];
      a.records().forEachCurrent(r -> count(r, facts));
      assertEquals(facts[0], a.records().rows("participants"), why);
      assertEquals(facts[1], a.records().rows("statements"), why);
      assertEquals(facts[2], a.records().rows("commitments"), why);
    }
    System.out.println("KilledIngestTest: " + kills + " kills, " + beforeRerun + " records stored before the rerun, "
        + why);
  }

  /** Waits until the child stored at least {@code n} records (true if it ended first). */
  private static boolean awaitRecords(Process p, Path store, int n) throws Exception {
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
      Thread.sleep(20);
    }
    return true;
  }

  private static void count(Record r, long[] facts) {
    facts[0] += r.participants().size();
    facts[1] += r.statements().size();
    facts[2] += r.commitments().size();
  }

  private Process child(Path in, Path store) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-cp", System.getProperty("java.class.path"), "org.compendium.cli.Main",
        "ingest", in.toString(), "--store", store.toString(), "--batch", "10", "--no-progress"));
    return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(tmp.resolve("child-err.txt").toFile()).start();
  }

  /** A short communique, different for every i. */
  private static String text(Random rnd, int i) {
    String a = pick(rnd, STATES);
    String b = pick(rnd, STATES);
    String leader = pick(rnd, LEADERS);
    String city = pick(rnd, CITIES);
    String subject = pick(rnd, SUBJECTS);
    int year = 1995 + rnd.nextInt(25);
    return "Joint communique number " + (i + 1) + "\n" + city + ", " + (1 + rnd.nextInt(28)) + " May " + year + "\n\n"
        + "The foreign minister of " + a + ", " + leader + ", held talks in " + city + " with the delegation of " + b
        + " on " + subject + ". " + leader + " said that cooperation on " + subject + " had grown since " + (year - 3)
        + ". The two sides agreed to sign an agreement on " + subject + " by the end of " + (year + 1) + ". "
        + "They will meet again in " + pick(rnd, CITIES) + " next year.\n";
  }

  private static String pick(Random rnd, String[] from) {
    return from[rnd.nextInt(from.length)];
  }
}
