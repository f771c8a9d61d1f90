package org.compendium.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.compendium.ChildJvm;
import org.compendium.model.Kind;
import org.compendium.model.Person;
import org.compendium.model.Record;
import org.compendium.model.Source;
import org.compendium.model.Span;
import org.compendium.store.Archive;
import org.compendium.store.Database;
import org.compendium.store.Incoming;
import org.compendium.store.index.SearchRequest;
import org.compendium.store.index.SearchResult;
import org.compendium.util.Hashes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code kill -9} of {@code compendium reindex} at random moments (seeded; {@code -Dseed=N} replays):
 * after each kill the index passes Lucene's CheckIndex, the database its integrity check, and the archive answers
 * exactly as before the reindex (the old index stays until the new one is committed whole); a final reindex
 * completes with the same answers.
 */
class KilledReindexTest {
  private static final int RECORDS = 1000;
  private static final String[] STATES = {"NOR", "CHL", "JPN", "KEN", "BRA", "FIN", "GHA"};
  private static final String[] TOPICS = {"trade", "fisheries", "energy", "security", "health"};
  private static final String[] NAMES = {"Amina Osei", "Lars Berg", "Mei Tanaka", "Rafael Duarte", "Olga Petrova"};

  @TempDir Path tmp;

  @Test
  void reindexKilledAtRandomMomentsLeavesAWholeIndex() throws Exception {
    long seed = Long.getLong("seed", System.nanoTime());
    String why = "seed " + seed;
    Random rnd = new Random(seed);
    Path store = tmp.resolve("store");
    List<Incoming> all = new ArrayList<>();
    for (int i = 0; i < RECORDS; i++) {
      all.add(new Incoming("file:/r" + i + ".txt", record(rnd, i)));
    }
    SearchResult before;
    try (Archive a = Archive.open(store)) {
      for (int i = 0; i < all.size(); i += 250) {
        a.store(all.subList(i, Math.min(all.size(), i + 250)));
      }
      before = a.search(SearchRequest.of("", 5));
    }
    assertEquals(RECORDS, before.total(), why);

    long t0 = System.nanoTime();
    Process clean = reindex(store);
    assertTrue(clean.waitFor(3, TimeUnit.MINUTES), why);
    assertEquals(0, clean.exitValue(), why + ": " + Files.readString(tmp.resolve("err")));
    long cleanMillis = (System.nanoTime() - t0) / 1_000_000;
    check(store, before, why);

    int killed = 0;
    for (int round = 0; round < 3; round++) {
      Process p = reindex(store);
      long at = cleanMillis * 3 / 10 + (long) (rnd.nextDouble() * cleanMillis * 7 / 10);
      if (!p.waitFor(at, TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();  // SIGKILL: no close, no shutdown hook
        p.waitFor();
        killed++;
      }
      check(store, before, why + ", round " + round + " (kill after " + at + " ms)");
    }
    Process last = reindex(store);
    assertTrue(last.waitFor(3, TimeUnit.MINUTES), why);
    assertEquals(0, last.exitValue(), why + ": " + Files.readString(tmp.resolve("err")));
    assertEquals("reindexed " + RECORDS + " records in " + store, Files.readString(tmp.resolve("out")).strip(), why);
    check(store, before, why + ", after the final reindex");
    System.out.println("KilledReindexTest: " + killed + " of 3 runs killed (clean reindex " + cleanMillis + " ms), "
        + why);
  }

  private Process reindex(Path store) throws Exception {
    return ChildJvm.compendium(tmp.resolve("out"), tmp.resolve("err"), "reindex", "--store", store.toString(),
        "--no-progress");
  }

  /** Index and database whole, and the archive answers as it did before any reindex. */
  private static void check(Path store, SearchResult before, String why) throws Exception {
    try (FSDirectory dir = FSDirectory.open(store.resolve(Archive.INDEX_DIR));
        CheckIndex checker = new CheckIndex(dir)) {
      CheckIndex.Status status = checker.checkIndex();
      assertTrue(status.clean, why + ": CheckIndex found problems");
    }
    try (Connection c = DriverManager.getConnection(Database.url(store));
        ResultSet rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
      assertTrue(rs.next());
      assertEquals("ok", rs.getString(1), why);
    }
    try (Archive a = Archive.open(store)) {
      SearchResult now = a.search(SearchRequest.of("", 5));
      assertEquals(before.total(), now.total(), why);
      assertEquals(before.facets(), now.facets(), why);
      assertEquals(before.hits().stream().map(SearchResult.Hit::id).toList(),
          now.hits().stream().map(SearchResult.Hit::id).toList(), why);
      assertEquals(RECORDS, a.records().countCurrent(), why);
    }
  }

  private static Record record(Random rnd, int i) {
    String a = STATES[rnd.nextInt(STATES.length)];
    String b = STATES[rnd.nextInt(STATES.length)];
    String name = NAMES[rnd.nextInt(NAMES.length)];
    String topic = TOPICS[rnd.nextInt(TOPICS.length)];
    String text = "Communique " + i + ". " + name + " of " + a + " met the delegation of " + b + " to discuss " + topic
        + " and agreed to meet again in " + (2000 + rnd.nextInt(20)) + ".";
    String id = Hashes.sha256(text.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    return new Record(id, new Source("file:/r" + i + ".txt", "text", id), "Communique " + i,
        (1990 + rnd.nextInt(30)) + "-0" + (1 + rnd.nextInt(9)) + "-1" + rnd.nextInt(10), null, Kind.values()[
        rnd.nextInt(Kind.values().length)], List.of(a, b), List.of(new Person(name, "Minister", a,
        List.of(new Span(text.indexOf(name), text.indexOf(name) + name.length())))), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(topic), List.of(), text);
  }
}
