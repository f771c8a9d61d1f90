package org.compendium.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.compendium.bench.GeneratorData;
import org.compendium.bench.RecordGenerator;
import org.compendium.extract.Extractor;
import org.compendium.ingest.SourceDocument;
import org.compendium.model.Record;
import org.compendium.store.Incoming;
import org.compendium.store.RecordStore;
import org.compendium.util.Hashes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tracker's evidence is a function of the set of current records ({@link org.compendium.store.Derivation}):
 * one generated corpus stored in several orders (forward, backward, shuffled, with new versions of some records
 * arriving before or after the records they are near) gives the same evidence rows and the same suggested
 * statuses. The records are crowded into a few weeks, so that keys hold more postings in range than
 * {@value EvidenceRule#NEAREST} and the evidence of many commitments is capped at
 * {@value EvidenceRule#MAX_EVIDENCE}: where the bounds bite, as in a dense archive. Seeded ({@code -Dseed=N}).
 */
class TrackerOrderTest {
  private static final int RECORDS = 300;
  private static final int DAYS = 30;
  private static final LocalDate START = LocalDate.of(2001, 3, 1);
  /** Commitments a sweep recomputes between commits: small, so that its windows are read pages ahead. */
  private static final int SWEEP_PAGE = 37;

  @TempDir Path tmp;

  @Test
  void theSameRecordsInAnyOrderGiveTheSameEvidence() throws Exception {
    long seed = Long.getLong("seed", System.nanoTime());
    String why = "seed " + seed;
    Random rnd = new Random(seed);
    RecordGenerator generator = new RecordGenerator(GeneratorData.load(), seed, RecordGenerator.Size.SMALL);
    Extractor extractor = new Extractor();
    List<Incoming> originals = new ArrayList<>();
    List<Incoming> versions = new ArrayList<>();
    // the records of the country met most often: its keys are the crowded ones
    java.util.Map<String, Integer> met = new java.util.HashMap<>();
    for (int i = 0; i < 4 * RECORDS; i++) {
      for (String country : generator.generate(i).countries()) {
        met.merge(country, 1, Integer::sum);
      }
    }
    String busiest = Collections.max(met.entrySet(), java.util.Map.Entry.comparingByValue()).getKey();
    for (int i = 0; originals.size() < RECORDS; i++) {
      RecordGenerator.Generated g = generator.generate(i);
      if (!g.countries().contains(busiest)) {
        continue;
      }
      Record r = extractor.extract(new SourceDocument(g.text(), null));
      String key = "gen:" + i;
      originals.add(new Incoming(key, redate(r, r.id(), rnd)));
      if (rnd.nextInt(10) == 0) {  // a new version of the same source, on another day
        versions.add(new Incoming(key, redate(r, Hashes.sha256((r.id() + "v2").getBytes()).substring(0, 16), rnd)));
      }
    }

    List<Incoming> forward = new ArrayList<>(originals);
    forward.addAll(versions);
    List<Incoming> backward = current(originals, versions);
    Collections.reverse(backward);
    List<Incoming> shuffled = new ArrayList<>(originals);
    Collections.shuffle(shuffled, rnd);
    for (Incoming v : versions) {  // each version somewhere after its first version
      int after = indexOfKey(shuffled, v.sourceKey());
      shuffled.add(after + 1 + rnd.nextInt(shuffled.size() - after), v);
    }

    List<String> want = store(tmp.resolve("forward"), forward, 20);
    assertTrue(want.stream().filter(x -> x.startsWith("E")).count() > 50, why + ": too little evidence to compare");
    assertTrue(want.stream().anyMatch(x -> x.startsWith("S") && !x.contains("|open|")), why);
    assertRows(why + ", backward", want, store(tmp.resolve("backward"), backward, 1));
    assertRows(why + ", shuffled", want, store(tmp.resolve("shuffled"), shuffled, 7));
    // a catch-up of the whole archive at once (a bulk load's link pass) posts everything, then links
    assertRows(why + ", swept", want, sweep(tmp.resolve("swept"), List.of(), shuffled));
    // ... and of more than half of it: the commitments tracked one by one are recomputed too
    // ... and a sweep stopped after posting some records, before linking: the next open does it all again
    try (RecordStore s = RecordStore.open(tmp.resolve("swept"), List.of())) {
      s.transact(c -> {
        try (var st = c.createStatement()) {
          st.executeUpdate("UPDATE tracked_records SET lexicon = 'unlinked ' || lexicon WHERE rowid % 3 = 0");
          String unposted = "(SELECT record_id FROM tracked_records WHERE rowid % 3 = 1)";
          for (String table : List.of("commitment_postings", "report_postings", "report_keys")) {
            st.executeUpdate("DELETE FROM " + table + " WHERE rec IN (SELECT n FROM tracked_records WHERE rowid % 3 = 1)");
          }
          st.executeUpdate("DELETE FROM commitment_evidence WHERE evidence_record IN " + unposted);
          st.executeUpdate("DELETE FROM report_sentences WHERE record_id IN " + unposted);
          st.executeUpdate("DELETE FROM commitment_keys WHERE record_id IN " + unposted);
          st.executeUpdate("DELETE FROM tracked_records WHERE rowid % 3 = 1");
          st.executeUpdate("DELETE FROM commitment_evidence WHERE ord = 0");
          st.executeUpdate("UPDATE commitments SET status = 'open', evidence_record = NULL, evidence_text = NULL");
        }
        return null;
      });
    }
    assertRows(why + ", resumed", want,
        store(tmp.resolve("swept"), List.of(), 1, new CommitmentTracker(1, SWEEP_PAGE)));
    // ... and a sweep stopped after queueing the postings of some records, before moving them into their tables,
    // when a new version of one of those records comes in: the old version's postings leave with it
    Incoming first = originals.stream().filter(o -> versions.stream().noneMatch(v -> v.sourceKey().equals(
        o.sourceKey()))).findFirst().orElseThrow();
    Incoming late = new Incoming(first.sourceKey(), redate(first.record(),
        Hashes.sha256((first.record().id() + "late").getBytes()).substring(0, 16), rnd));
    List<Incoming> withLate = new ArrayList<>(forward);
    withLate.add(late);
    List<String> wantLate = store(tmp.resolve("late"), withLate, 20);
    try (RecordStore s = RecordStore.open(tmp.resolve("swept"), List.of())) {
      s.transact(c -> {
        try (var st = c.createStatement()) {
          st.executeUpdate("UPDATE tracked_records SET lexicon = 'unlinked ' || lexicon WHERE rowid % 2 = 0 "
              + "OR record_id = '" + first.record().id() + "'");
          String queued = "(SELECT n FROM tracked_records WHERE lexicon LIKE 'unlinked %')";
          st.executeUpdate("INSERT INTO posting_queue SELECT 0, key, day, rec, ord FROM commitment_postings "
              + "WHERE rec IN " + queued);
          st.executeUpdate("INSERT INTO posting_queue SELECT 1, key, day, rec, seq FROM report_postings "
              + "WHERE rec IN " + queued);
          assertTrue(st.executeUpdate("DELETE FROM commitment_postings WHERE rec IN " + queued) > 0, why);
          st.executeUpdate("DELETE FROM report_postings WHERE rec IN " + queued);
          st.executeUpdate("DELETE FROM commitment_evidence");
          st.executeUpdate("UPDATE commitments SET status = 'open', evidence_record = NULL, evidence_text = NULL");
        }
        return null;
      });
      for (RecordStore.Outcome o : s.store(List.of(late))) {
        assertTrue(!o.failed(), o.error());
      }
    }
    assertRows(why + ", queued", wantLate,
        store(tmp.resolve("swept"), List.of(), 1, new CommitmentTracker(1, SWEEP_PAGE)));
    try (RecordStore s = RecordStore.open(tmp.resolve("swept"), List.of())) {
      assertEquals(List.of(0L, 0L), s.transact(c -> {
        List<Long> out = new ArrayList<>();
        for (String table : List.of("commitment_postings", "report_postings")) {
          try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM " + table
              + " WHERE rec NOT IN (SELECT n FROM tracked_records)")) {
            out.add(rs.getLong(1));
          }
        }
        return out;
      }), why + ": postings of records no longer tracked");
    }
    int half = shuffled.size() * 2 / 5;
    assertRows(why + ", partly swept", want,
        sweep(tmp.resolve("partly"), shuffled.subList(0, half), shuffled.subList(half, shuffled.size())));
    assertWindowsKeptOrNot(why, tmp.resolve("forward"));
    System.out.println("TrackerOrderTest: " + want.size() + " rows, " + versions.size() + " versions, " + why);
  }

  /**
   * A sweep's readers keep what they read across pages, in caches that forget ({@link EvidenceLinker.Known#recent}):
   * read page after page through caches of one entry, and through larger ones that keep runs of postings per key
   * ({@link KeyWindows}), every window is the one read afresh.
   */
  private static void assertWindowsKeptOrNot(String why, Path dir) {
    try (RecordStore store = RecordStore.open(dir, List.of())) {
      store.transact(c -> {
        org.compendium.store.Prepared s = new org.compendium.store.Prepared(c);
        DatedCommitments commitments = new DatedCommitments(s);
        Map<Long, String> ids = Postings.recordIds(s, java.util.stream.IntStream.range(0, commitments.size())
            .mapToObj(commitments::rec).collect(java.util.stream.Collectors.toSet()));
        // in a sweep's order, and backwards (a run read after a later place cannot serve an earlier one)
        for (int kept : List.of(1, 1000, -1000)) {
          EvidenceLinker.Known known = EvidenceLinker.Known.recent(Math.abs(kept), Math.abs(kept), Math.abs(kept));
          int compared = 0;
          for (int from = 0; from < commitments.size(); from += SWEEP_PAGE) {
            EvidenceLinker linker = new EvidenceLinker(s, known);
            for (int k = from; k < Math.min(commitments.size(), from + SWEEP_PAGE); k++) {
              int i = kept > 0 ? k : commitments.size() - 1 - k;
              String id = ids.get(commitments.rec(i));
              EvidenceLinker.Window afresh = new EvidenceLinker(s).window(id, commitments.place(i));
              assertEquals(render(afresh), render(linker.window(id, commitments.place(i))),
                  why + ", " + kept + " kept: window of " + id);
              compared += afresh != null && !afresh.near().isEmpty() ? 1 : 0;
            }
          }
          assertTrue(compared > 50, why + ": " + compared + " windows with sentences");
        }
        return null;
      });
    }
  }

  /** A window as text (its sentence rows hold arrays, which records compare by identity). */
  private static String render(EvidenceLinker.Window w) {
    if (w == null) {
      return "none";
    }
    Map<String, String> sentences = new java.util.TreeMap<>();
    w.sentences().forEach((place, row) -> sentences.put(place.toString(), row == null ? "none"
        : row.recordId() + " " + row.kind() + " " + java.util.Arrays.toString(row.keys())));
    return w.recordId() + " " + w.c() + " " + w.terms() + " " + w.keys() + " "
        + new java.util.TreeSet<>(w.near().stream().map(Object::toString).toList()) + " " + sentences;
  }

  /** Equal lists, else a failure naming the first differences (not thousands of rows). */
  private static void assertRows(String why, List<String> want, List<String> got) {
    if (!want.equals(got)) {
      List<String> missing = new ArrayList<>(want);
      missing.removeAll(got);
      List<String> extra = new ArrayList<>(got);
      extra.removeAll(want);
      assertEquals(want.size() + " rows", got.size() + " rows", why + ": missing " + missing.subList(0,
          Math.min(5, missing.size())) + ", extra " + extra.subList(0, Math.min(5, extra.size())));
      assertEquals(List.of(), missing, why + ": extra " + extra.subList(0, Math.min(5, extra.size())));
    }
  }

  /** Stores {@code tracked} with the tracker, then {@code untracked} without, then opens with one sweeping. */
  private static List<String> sweep(Path dir, List<Incoming> tracked, List<Incoming> untracked) {
    store(dir, tracked, 20);
    try (RecordStore s = RecordStore.open(dir, List.of())) {
      for (RecordStore.Outcome o : s.store(untracked)) {
        assertTrue(!o.failed(), o.error());
      }
    }
    return store(dir, List.of(), 1, new CommitmentTracker(1, SWEEP_PAGE));
  }

  private static Record redate(Record r, String id, Random rnd) {
    String date = START.plusDays(rnd.nextInt(DAYS)).toString();
    return new Record(id, r.source(), r.title(), date, r.issuer(), r.kind(), r.countries(), r.participants(),
        r.statements(), r.instruments(), r.commitments(), r.places(), r.temporals(), r.topics(), r.sections(),
        r.text());
  }

  private static List<Incoming> current(List<Incoming> originals, List<Incoming> versions) {
    List<Incoming> out = new ArrayList<>(originals);
    for (Incoming v : versions) {
      out.set(indexOfKey(out, v.sourceKey()), v);
    }
    return out;
  }

  private static int indexOfKey(List<Incoming> list, String key) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).sourceKey().equals(key)) {
        return i;
      }
    }
    throw new IllegalStateException(key);
  }

  /**
   * Stores {@code records} in batches of {@code batch}; returns the evidence rows between current records
   * ({@code E|...}) and the suggested status of every current commitment ({@code S|...}), sorted.
   */
  private static List<String> store(Path dir, List<Incoming> records, int batch) {
    return store(dir, records, batch, new CommitmentTracker());
  }

  private static List<String> store(Path dir, List<Incoming> records, int batch, CommitmentTracker tracker) {
    try (RecordStore s = RecordStore.open(dir, List.of(tracker))) {
      for (int i = 0; i < records.size(); i += batch) {
        for (RecordStore.Outcome o : s.store(records.subList(i, Math.min(records.size(), i + batch)))) {
          assertTrue(!o.failed(), o.error());
        }
      }
      return s.transact(c -> {
        List<String> out = new ArrayList<>();
        for (String sql : List.of("SELECT 'E', e.record_id, e.ord, e.evidence_record, e.evidence_seq, e.kind, "
            + "e.score, e.matched FROM commitment_evidence e JOIN records k ON k.id = e.record_id "
            + "AND k.superseded_by IS NULL JOIN records v ON v.id = e.evidence_record AND v.superseded_by IS NULL",
            "SELECT 'S', m.record_id, m.ord, m.status, m.evidence_record, m.evidence_text, '', '' FROM commitments m "
            + "JOIN records k ON k.id = m.record_id AND k.superseded_by IS NULL")) {
          try (var p = c.prepareStatement(sql); var rs = p.executeQuery()) {
            while (rs.next()) {
              StringBuilder b = new StringBuilder();
              for (int i = 1; i <= 8; i++) {
                b.append(rs.getString(i)).append('|');
              }
              out.add(b.toString());
            }
          }
        }
        Collections.sort(out);
        return out;
      });
    }
  }
}
