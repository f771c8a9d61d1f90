package org.compendium.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.compendium.store.Archive;
import org.compendium.store.LinkDeferral;
import org.compendium.store.index.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bulk load ({@code ingest --defer-links}) followed by {@code link} ends with the same links and commitment
 * evidence as an ordinary ingest, and nothing links in between, whatever opens the store.
 */
class DeferredLinksTest {
  @TempDir Path tmp;

  private final CliRunner cli = new CliRunner();

  private int run(String... args) {
    return cli.run(args);
  }

  /** Every derived row (facts with a link, links, evidence) that does not depend on the linking order, sorted. */
  private static List<String> derived(Path store) {
    List<String> rows = new ArrayList<>();
    try (Archive a = Archive.open(store)) {
      a.records().transact(c -> {
        try (Statement s = c.createStatement()) {
          for (String q : List.of(
              "SELECT 'P', id, name, country, directory FROM persons",
              "SELECT 'x', record_id, ord, person_id FROM participants",
              "SELECT 's', record_id, ord, person_id FROM statements",
              "SELECT 'i', i.record_id, i.ord, CASE WHEN e.origin = 'archive' THEN e.title || '@' || e.minted_by "
                  + "ELSE i.entry_id END FROM instruments i LEFT JOIN instrument_entries e ON e.id = i.entry_id",
              "SELECT 'e', record_id, ord, evidence_record, evidence_seq, kind, score, matched FROM commitment_evidence",
              "SELECT 't', record_id FROM tracked_records")) {
            try (ResultSet rs = s.executeQuery(q)) {
              int n = rs.getMetaData().getColumnCount();
              while (rs.next()) {
                if (rs.getString(n) == null) {
                  continue;  // a fact not linked to anything
                }
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                  b.append(rs.getString(i)).append('\t');
                }
                rows.add(b.toString());
              }
            }
          }
        }
        return null;
      });
    }
    rows.sort(null);
    return rows;
  }

  /** The {@code .txt} files of {@code dirs}, each directory's sorted by name. */
  private static List<Path> textFiles(String... dirs) throws java.io.IOException {
    List<Path> out = new ArrayList<>();
    for (String d : dirs) {
      try (var s = Files.list(Path.of(d))) {
        out.addAll(s.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
      }
    }
    return out;
  }

  /** Copies file {@code i} of {@code files} into {@code first} where {@code toFirst} holds, else into {@code rest}. */
  private static void split(List<Path> files, java.util.function.IntPredicate toFirst, Path first, Path rest)
      throws IOException {
    Files.createDirectories(first);
    Files.createDirectories(rest);
    for (int i = 0; i < files.size(); i++) {
      Files.copy(files.get(i), (toFirst.test(i) ? first : rest).resolve(files.get(i).getFileName()));
    }
  }

  private static long count(List<String> rows, String kind) {
    return rows.stream().filter(r -> r.startsWith(kind + "\t")).count();
  }

  @Test
  void aDeferredLoadLinkedLaterMatchesAnOrdinaryIngestAndNothingLinksBefore() throws Exception {
    Path deferred = tmp.resolve("deferred");
    Path ordinary = tmp.resolve("ordinary");
    // the bundled samples (persons, instruments) and the tracking test's records (commitment evidence)
    List<Path> samples = textFiles("samples/dev", "src/test/resources/track");
    Path first = tmp.resolve("first");
    Path rest = tmp.resolve("rest");
    split(samples, i -> i < 10, first, rest);

    assertEquals(0, run("ingest", first.toString(), "--store", deferred.toString(), "--defer-links", "--no-progress"));
    // into an empty store: written without the fact tables' keys, which are built at the end
    assertTrue(cli.err().contains("building key 6/6: commitment_parties_key"), cli.err());
    assertTrue(cli.out().contains("compendium link"), cli.out());
    assertTrue(LinkDeferral.deferred(deferred));
    // a later ingest without the option keeps deferring, and so does any other command opening the store
    assertEquals(0, run("ingest", rest.toString(), "--store", deferred.toString(), "--no-progress"));
    List<String> before = derived(deferred);
    assertEquals(List.of(), before);
    try (Archive a = Archive.open(deferred)) {
      assertTrue(a.linksDeferred());
      assertEquals(samples.size(), a.records().countCurrent());
      assertTrue(a.search(SearchRequest.of("agreement", 10)).total() > 0, "search works while links wait");
    }

    assertEquals(0, run("link", "--store", deferred.toString()));
    assertFalse(LinkDeferral.deferred(deferred));
    assertTrue(cli.out().contains("linked " + samples.size() + " records"), cli.out());

    // the ordinary ingest, relinked so that its persons are linked in the same (date) order as the link pass
    assertEquals(0, run("ingest", first.toString(), rest.toString(), "--store", ordinary.toString(), "--no-progress"));
    assertEquals(0, run("relink", "--store", ordinary.toString()));
    List<String> expected = derived(ordinary);
    List<String> after = derived(deferred);
    assertTrue(count(expected, "x") > 10 && count(expected, "e") > 0 && count(expected, "t") == samples.size(),
        "the samples give links and evidence to compare: x " + count(expected, "x") + ", e " + count(expected, "e")
            + ", t " + count(expected, "t"));
    assertEquals(expected, after);
    try (Archive a = Archive.open(deferred)) {
      assertFalse(a.linksDeferred());
    }
  }

  @Test
  void aCatchUpFromAPartlyTrackedStoreEndsAsIfAllWereTrackedAtOnce() throws Exception {
    // the state a link pass leaves when it dies between two of its commits: some records tracked, the rest not
    Path partly = tmp.resolve("partly");
    Path ordinary = tmp.resolve("ordinary");
    List<Path> files = textFiles("src/test/resources/track");
    Path first = tmp.resolve("first");
    Path rest = tmp.resolve("rest");
    split(files, i -> i % 2 == 0, first, rest);
    assertEquals(0, run("ingest", first.toString(), "--store", partly.toString(), "--no-progress"));
    assertEquals(0, run("ingest", rest.toString(), "--store", partly.toString(), "--defer-links", "--no-progress"));
    assertEquals(0, run("link", "--store", partly.toString()));
    assertEquals(0, run("ingest", first.toString(), rest.toString(), "--store", ordinary.toString(), "--no-progress"));
    List<String> expected = tracking(derived(ordinary));
    assertTrue(count(expected, "e") > 0 && count(expected, "t") == files.size(), "evidence to compare: " + expected);
    assertEquals(expected, tracking(derived(partly)));
  }

  /** The rows of commitment tracking (evidence, tracked records), which do not depend on arrival order. */
  private static List<String> tracking(List<String> rows) {
    return rows.stream().filter(r -> r.startsWith("e\t") || r.startsWith("t\t")).toList();
  }

  @Test
  void aLoadAsLargeAsTheStoreIsLinkedAtItsEndAsIfLinkedRecordByRecord() throws Exception {
    int n = IngestCommand.LINK_AT_END_MIN;
    Path generated = tmp.resolve("generated");
    assertEquals(0, run("generate", String.valueOf(n), "--seed", "7", "--out", generated.toString(), "--no-progress"));
    List<Path> files;
    try (var walk = Files.walk(generated)) {
      files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertEquals(n, files.size());
    Path bulk = tmp.resolve("bulk");
    java.io.PrintStream stderr = System.err;
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      assertEquals(0, run("ingest", generated.toString(), "--store", bulk.toString(), "--no-progress"));
    } finally {
      System.setErr(stderr);
    }
    assertTrue(cli.out().contains("linked " + n + " records in"), cli.out());
    // the link pass dropped the link indexes while it linked (the store had no record linked): back as made
    assertEquals(org.compendium.store.link.LinkTables.LINK_INDEXES, linkIndexes(bulk));
    // no progress of the link pass either (its derivations print their own, on the process's stderr)
    assertFalse(printed.toString(java.nio.charset.StandardCharsets.UTF_8).contains("commitment"), printed.toString());
    assertFalse(LinkDeferral.deferred(bulk));

    // one file fewer is linked record by record, and so is the last file then (the store is larger)
    Path ordinary = tmp.resolve("ordinary");
    Path most = tmp.resolve("most");
    Path last = tmp.resolve("last");
    split(files, i -> i < n - 1, most, last);
    cli.clear();
    assertEquals(0, run("ingest", most.toString(), "--store", ordinary.toString(), "--no-progress"));
    assertFalse(cli.out().contains("linked "), cli.out());
    assertEquals(0, run("ingest", last.toString(), "--store", ordinary.toString(), "--no-progress"));
    assertFalse(cli.out().contains("linked "), cli.out());
    assertEquals(0, run("relink", "--store", ordinary.toString()));  // persons in the link pass's (date) order
    List<String> expected = derived(ordinary);
    assertTrue(count(expected, "x") > n && count(expected, "e") > n && count(expected, "t") == n,
        "links and evidence to compare: x " + count(expected, "x") + ", e " + count(expected, "e"));
    assertEquals(expected, derived(bulk));
  }

  /** The link indexes of {@code store} and their definitions. */
  private static java.util.Map<String, String> linkIndexes(Path store) {
    java.util.Map<String, String> out = new java.util.TreeMap<>();
    try (Archive a = Archive.open(store)) {
      a.records().transact(c -> {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name, sql FROM sqlite_master "
            + "WHERE type = 'index' AND name IN ('participants_person', 'statements_person', 'instruments_entry')")) {
          while (rs.next()) {
            out.put(rs.getString(1), rs.getString(2));
          }
        }
        return null;
      });
    }
    return out;
  }

  @Test
  void theLinkIndexesAreThoseTheMigrationsMakeAndALinkPassStoppedMidwayLeavesThemToTheNextOpen() throws Exception {
    Path store = tmp.resolve("store");
    assertEquals(0, run("ingest", "samples/dev/000.txt", "--store", store.toString(), "--no-progress"));
    assertEquals(org.compendium.store.link.LinkTables.LINK_INDEXES, linkIndexes(store));
    List<String> linked = derived(store);
    try (Archive a = Archive.open(store)) {  // as a link pass killed after dropping them leaves the store
      a.records().transact(c -> {
        try (Statement s = c.createStatement()) {
          s.execute("DROP INDEX participants_person");
          s.execute("DROP INDEX instruments_entry");
        }
        return null;
      });
    }
    // the next open (here, to read them) builds them again, and says so
    java.io.PrintStream stderr = System.err;
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      assertEquals(org.compendium.store.link.LinkTables.LINK_INDEXES, linkIndexes(store));
    } finally {
      System.setErr(stderr);
    }
    String said = printed.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(said.contains("building link index 1/2: instruments_entry") && said.contains("built 2 link indexes"),
        said);
    assertEquals(linked, derived(store));
  }

  @Test
  void linkOnAStoreInStepChangesNothing() throws Exception {
    Path store = tmp.resolve("store");
    assertEquals(0, run("ingest", "samples/dev/000.txt", "samples/dev/001.txt", "--store", store.toString(),
        "--no-progress"));
    List<String> before = derived(store);
    assertEquals(0, run("link", "--store", store.toString()));
    assertTrue(cli.out().contains("links were up to date for 2 records"), cli.out());
    assertEquals(before, derived(store));
  }

  @Test
  void aRecordSupersededWhileLinksWaitIsForgottenByTheLinkPass() throws Exception {
    Path store = tmp.resolve("store");
    Path in = Files.createDirectories(tmp.resolve("in"));
    for (Path f : textFiles("src/test/resources/track")) {
      Files.copy(f, in.resolve(f.getFileName()));
    }
    assertEquals(0, run("ingest", in.toString(), "--store", store.toString(), "--no-progress"));
    List<String> tracked = ids(store, "SELECT record_id FROM tracked_records");
    assertEquals(ids(store, "SELECT id FROM records"), tracked);
    // a new version of one source while links wait: its tracked first version stays tracked until the link pass
    Path changed = in.resolve("2010-fisheries.txt");
    Files.writeString(changed, Files.readString(changed) + "\nThe two sides agreed to meet again next year.\n");
    assertEquals(0, run("ingest", changed.toString(), "--store", store.toString(), "--defer-links", "--no-progress"));
    List<String> superseded = ids(store, "SELECT id FROM records WHERE superseded_by IS NOT NULL");
    assertEquals(1, superseded.size());
    assertEquals(tracked, ids(store, "SELECT record_id FROM tracked_records"));

    assertEquals(0, run("link", "--store", store.toString()));
    List<String> current = ids(store, "SELECT id FROM records WHERE superseded_by IS NULL");
    assertEquals(tracked.size(), current.size());
    assertEquals(current, ids(store, "SELECT record_id FROM tracked_records"), "tracked: the current records only");
  }

  /** The first column of {@code sql}'s rows on {@code store}, sorted. */
  private static List<String> ids(Path store, String sql) {
    try (Archive a = Archive.open(store)) {
      return a.records().transact(c -> {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
          while (rs.next()) {
            out.add(rs.getString(1));
          }
        }
        out.sort(null);
        return out;
      });
    }
  }
}
