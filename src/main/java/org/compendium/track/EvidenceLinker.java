package org.compendium.track;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.compendium.store.Prepared;
import org.compendium.util.IsoDates;
import org.compendium.util.LruMap;

/**
 * Keeps {@code commitment_evidence} equal to a function of the stored records alone: for each commitment, its
 * {@value EvidenceRule#MAX_EVIDENCE} strongest matches ({@link EvidenceRule}, on all the terms the two share)
 * among the report sentences mutually near it on some (party, term) key ({@link NearestPairs}), ranked by score,
 * then the latest record, then record id and sentence. A new record adds pairs only within its own windows and
 * can push a pair out of nearness only there; a kept piece of evidence that is no longer near makes its
 * commitment be recomputed from its own windows. Work for one record is bounded by its keys times
 * {@value EvidenceRule#NEAREST}. Statements run on the caller's {@link Prepared}; the commitments whose evidence
 * changed are collected in {@link #touched} for the caller to refresh their status.
 */
final class EvidenceLinker {
  private final Prepared s;
  /** Ids {@code record#ord} of the commitments whose evidence changed. */
  final Set<String> touched = new TreeSet<>();
  /** Ids of the commitments recomputed while linking this record: they already hold every near pair. */
  private final Set<String> recomputed = new HashSet<>();

  /*
   * The report sentences and the terms and keys of commitments, by place, as read by this linker (one
   * record tracked or forgotten, or a page of a sweep's commitments): a record's commitments and sentences are
   * near many of the same others (about 30% of the places asked for in a 3k-record ingest had been asked for the
   * same record; a sweep's page holds commitments of neighbouring dates), and those rows do not change while it
   * works (a tracked record's own are written before linking, a forgotten one's deleted before, a sweep posts
   * everything first; other records' are only read). Absent places map to null.
   */
  private final Map<NearestPairs.Post, SentenceRow> readSentences;
  private final Map<NearestPairs.Post, String[]> readCommitmentRows = new HashMap<>();
  /** Record ids by tracked record number, and the terms of keys by id, as read by this linker (neither changes). */
  private final Map<Long, String> readRecordIds = new HashMap<>();
  private final Map<Long, String> readTerms;
  private final KeyWindows windows;

  EvidenceLinker(Prepared s) {
    this(s, Known.unbounded());
  }

  /**
   * A linker that keeps what it reads in {@code known} (report sentences, terms of keys, windows of keys), which may
   * serve the linkers of one thread one after another while none of that changes (a sweep's readers of windows).
   */
  EvidenceLinker(Prepared s, Known known) {
    this.s = s;
    this.readSentences = known.sentences();
    this.readTerms = known.terms();
    this.windows = known.windows();
  }

  /**
   * Report sentences by place and the terms of keys by id, as read (see {@link #EvidenceLinker(Prepared, Known)}),
   * and the windows of keys when no posting changes while they are kept (null: read afresh each time).
   */
  record Known(Map<NearestPairs.Post, SentenceRow> sentences, Map<Long, String> terms, KeyWindows windows) {
    static Known unbounded() {
      return new Known(new HashMap<>(), new HashMap<>(), null);
    }

    /**
     * The most recently used {@code sentences} report sentences and {@code terms} terms, and the windows of the
     * {@code keys} keys last asked for (only while no posting changes: a sweep's readers).
     */
    static Known recent(int sentences, int terms, int keys) {
      return new Known(new LruMap<>(sentences), new LruMap<>(terms), new KeyWindows(keys));
    }
  }

  /** What the linker reads of a report sentence: its record, kind and posting keys. */
  record SentenceRow(String recordId, String kind, long[] keys) {}

  /**
   * The report sentences at {@code posts}' places, by place (null: no such sentence, or undated): those read before
   * from what this linker keeps, the others read now and kept. The answer is a map of its own, since what is
   * kept may forget a place while others are read.
   */
  private Map<NearestPairs.Post, SentenceRow> sentences(Collection<NearestPairs.Post> posts) throws SQLException {
    Map<NearestPairs.Post, SentenceRow> out = new HashMap<>();
    List<NearestPairs.Post> missing = new ArrayList<>();
    for (NearestPairs.Post p : posts) {
      NearestPairs.Post place = place(p);
      if (!out.containsKey(place)) {
        SentenceRow row = readSentences.get(place);
        if (row == null && !readSentences.containsKey(place)) {
          missing.add(place);
        }
        out.put(place, row);
      }
    }
    if (!missing.isEmpty()) {
      for (NearestPairs.Post place : missing) {
        readSentences.put(place, null);
      }
      for (Object[] row : s.list("SELECT x.rec, x.seq, x.record_id, x.kind, x.keys FROM json_each(?) p "
          + "JOIN report_keys x ON x.rec = p.value ->> 0 AND x.seq = p.value ->> 1",
          rs -> new Object[] {rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5)},
          jsonPlaces(missing))) {
        NearestPairs.Post place = new NearestPairs.Post((Long) row[0], 0, (Integer) row[1]);
        SentenceRow read = new SentenceRow((String) row[2], (String) row[3], Postings.split((String) row[4]));
        readSentences.put(place, read);
        out.put(place, read);
      }
    }
    return out;
  }

  /** The terms and keys of the commitments at {@code posts}' places (by place; null: no such commitment). */
  private Map<NearestPairs.Post, String[]> commitmentRows(Collection<NearestPairs.Post> posts) throws SQLException {
    List<NearestPairs.Post> missing = unread(posts, readCommitmentRows);
    if (!missing.isEmpty()) {
      for (Object[] row : s.list("SELECT t.n, k.ord, k.terms, k.keys FROM json_each(?) p JOIN tracked_records t "
          + "ON t.n = p.value ->> 0 JOIN commitment_keys k ON k.record_id = t.record_id AND k.ord = p.value ->> 1",
          rs -> new Object[] {rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4)}, jsonPlaces(missing))) {
        readCommitmentRows.put(new NearestPairs.Post((Long) row[0], 0, (Integer) row[1]),
            new String[] {(String) row[2], (String) row[3]});
      }
    }
    return readCommitmentRows;
  }

  /** The places of {@code posts} not read yet into {@code read}, each once; marked as read (absent) meanwhile. */
  private static <V> List<NearestPairs.Post> unread(Collection<NearestPairs.Post> posts,
      Map<NearestPairs.Post, V> read) {
    List<NearestPairs.Post> missing = new ArrayList<>();
    for (NearestPairs.Post p : posts) {
      NearestPairs.Post place = place(p);
      if (!read.containsKey(place)) {
        read.put(place, null);
        missing.add(place);
      }
    }
    return missing;
  }

  /** The record ids of the tracked record numbers of {@code posts} (by number). */
  private Map<Long, String> recordIds(Collection<NearestPairs.Post> posts) throws SQLException {
    Set<Long> missing = new HashSet<>();
    for (NearestPairs.Post p : posts) {
      if (!readRecordIds.containsKey(p.rec())) {
        missing.add(p.rec());
      }
    }
    readRecordIds.putAll(Postings.recordIds(s, missing));
    return readRecordIds;
  }

  /** The term of key {@code id}, or null if there is no such key. */
  private String term(long id) throws SQLException {
    String term = readTerms.get(id);
    if (term == null && !readTerms.containsKey(id)) {
      String key = Postings.key(s, id);
      term = key == null ? null : Postings.term(key);
      readTerms.put(id, term);
    }
    return term;
  }

  /** A (party, term) key id with its term. */
  record Key(long id, String term) {}

  /**
   * A new commitment {@code c} of record {@code recordId} (terms {@code terms}, keys {@code keys}) whose record
   * posted {@code posted} commitments on each key: links it to the sentences near it, and drops pairs its
   * arrival made no longer near.
   */
  void newCommitment(String recordId, NearestPairs.Post c, Collection<String> terms, List<Key> keys,
      Map<Long, Integer> posted) throws SQLException {
    Set<NearestPairs.Post> near = new java.util.LinkedHashSet<>();
    Map<Key, List<NearestPairs.Post>> byKey = new LinkedHashMap<>();
    for (Key k : keys) {
      List<NearestPairs.Post> mutual = NearestPairs.mutualReports(s, k.id(), c);
      byKey.put(k, mutual);
      near.addAll(mutual);
    }
    // a pair pushed out matters only if it was kept: look only past the sentences that give evidence
    Set<NearestPairs.Post> giving = giving(near);
    List<NearestPairs.Post[]> pushed = new ArrayList<>();
    for (Map.Entry<Key, List<NearestPairs.Post>> e : byKey.entrySet()) {
      List<NearestPairs.Post> relevant = e.getValue().stream().filter(x -> giving.contains(place(x))).toList();
      if (!relevant.isEmpty()) {
        for (NearestPairs.Post[] p : NearestPairs.pushedCommitments(s, e.getKey().id(), relevant,
            posted.getOrDefault(e.getKey().id(), 1))) {
          if (p[0].rec() != c.rec()) {
            pushed.add(p);
          }
        }
      }
    }
    recheck(pushed);
    if (link(recordId, c, List.copyOf(terms), keys, near, sentences(near))) {
      touched.add(TrackedCommitment.id(recordId, c.pos()));
    }
  }

  /**
   * A new report sentence {@code r} of record {@code recordId} dated {@code date} ({@code kind}, keys
   * {@code keys}) whose record posted {@code posted} sentences on each key: offers it to the commitments near
   * it, and drops pairs its arrival made no longer near.
   */
  void newReport(String recordId, String date, NearestPairs.Post r, String kind, List<Key> keys,
      Map<Long, Integer> posted) throws SQLException {
    SharedTerms reportTerms = new SharedTerms(keys);
    Set<NearestPairs.Post> near = new java.util.LinkedHashSet<>();
    Map<Key, List<NearestPairs.Post>> byKey = new LinkedHashMap<>();
    for (Key k : keys) {
      List<NearestPairs.Post> mutual = NearestPairs.mutualCommitments(s, k.id(), r);
      byKey.put(k, mutual);
      near.addAll(mutual);
    }
    // a pair pushed out matters only if it was kept: look only past the commitments that have evidence
    Set<NearestPairs.Post> having = having("SELECT DISTINCT t.n, e.ord FROM json_each(?) j JOIN tracked_records t "
        + "ON t.n = j.value JOIN commitment_evidence e ON e.record_id = t.record_id", near);
    List<NearestPairs.Post[]> pushed = new ArrayList<>();
    for (Map.Entry<Key, List<NearestPairs.Post>> e : byKey.entrySet()) {
      List<NearestPairs.Post> relevant = e.getValue().stream().filter(x -> having.contains(place(x))).toList();
      if (!relevant.isEmpty()) {
        for (NearestPairs.Post[] p : NearestPairs.pushedReports(s, e.getKey().id(), relevant,
            posted.getOrDefault(e.getKey().id(), 1))) {
          if (p[1].rec() != r.rec()) {
            pushed.add(p);
          }
        }
      }
    }
    recheck(pushed);
    Map<NearestPairs.Post, String[]> rows = commitmentRows(near);
    Map<Long, String> recordIds = recordIds(near);
    for (NearestPairs.Post c : near) {
      String commitmentRecord = recordIds.get(c.rec());
      String[] row = rows.get(new NearestPairs.Post(c.rec(), 0, c.pos()));
      if (row == null || recomputed.contains(TrackedCommitment.id(commitmentRecord, c.pos()))) {
        continue;  // (a recomputed commitment has this pair already: offering it again would drop another)
      }
      List<String> terms = split(row[0]);
      Optional<EvidenceRule.Match> m = reportTerms.match(terms, reportTerms.indexes(terms), Postings.split(row[1]));
      if (m.isPresent() && EvidenceWriter.addIfStrong(s, commitmentRecord, c.pos(), m.get(), date, recordId, r.pos(),
          kind)) {
        touched.add(TrackedCommitment.id(commitmentRecord, c.pos()));
      }
    }
  }

  /**
   * Recomputes the evidence of commitment {@code recordId#ord} from its own windows (after it lost a piece, or
   * its windows widened when a record went out of date).
   */
  void recompute(String recordId, int ord) throws SQLException {
    List<String> date = s.list("SELECT date FROM records WHERE id = ?", rs -> rs.getString(1), recordId);
    long rec = Postings.number(s, recordId);
    if (!date.isEmpty() && rec >= 0 && IsoDates.valid(date.get(0))) {
      recompute(window(recordId, new NearestPairs.Post(rec, Postings.day(date.get(0)), ord)));
    }
  }

  /**
   * What recomputing commitment {@code recordId} at place {@code c} reads: its terms and keys, the report sentences
   * mutually near it and what the linker needs of them (by place). Null when it has no terms and keys.
   */
  record Window(String recordId, NearestPairs.Post c, List<String> terms, List<Key> keys, Set<NearestPairs.Post> near,
      Map<NearestPairs.Post, SentenceRow> sentences) {}

  /**
   * Reads the {@link Window} of commitment {@code recordId} at place {@code c}: only postings, keys and report
   * sentences, none of which recomputing evidence changes, so a sweep may read the windows of a page ahead on
   * another connection while this linker writes the page before (null: no such commitment).
   */
  Window window(String recordId, NearestPairs.Post c) throws SQLException {
    List<String[]> row = s.list("SELECT terms, keys FROM commitment_keys WHERE record_id = ? AND ord = ?",
        rs -> new String[] {rs.getString(1), rs.getString(2)}, recordId, c.pos());
    if (row.isEmpty()) {
      return null;
    }
    List<Key> keys = new ArrayList<>();
    for (long id : Postings.split(row.get(0)[1])) {
      String term = term(id);
      if (term != null) {
        keys.add(new Key(id, term));
      }
    }
    Set<NearestPairs.Post> near = new HashSet<>();
    for (Key k : keys) {
      near.addAll(windows != null ? windows.mutualReports(s, k.id(), c) : NearestPairs.mutualReports(s, k.id(), c));
    }
    return new Window(recordId, c, split(row.get(0)[0]), keys, near, sentences(near));
  }

  /** Recomputes the evidence of the commitment of window {@code w} (read by this linker or another; may be null). */
  void recompute(Window w) throws SQLException {
    if (w == null) {
      return;
    }
    int dropped = s.update("DELETE FROM commitment_evidence WHERE record_id = ? AND ord = ?", w.recordId(),
        w.c().pos());
    recomputed.add(TrackedCommitment.id(w.recordId(), w.c().pos()));
    // no evidence before or after: the status (a function of the evidence) stays what it was
    if (link(w.recordId(), w.c(), w.terms(), w.keys(), w.near(), w.sentences()) || dropped > 0) {
      touched.add(TrackedCommitment.id(w.recordId(), w.c().pos()));
    }
  }

  /**
   * Writes the matches of commitment {@code c} among {@code near} (their rows in {@code sentences}, by place) and
   * keeps the strongest; whether any matched.
   */
  private boolean link(String recordId, NearestPairs.Post c, List<String> terms, List<Key> keys,
      Collection<NearestPairs.Post> near, Map<NearestPairs.Post, SentenceRow> sentences) throws SQLException {
    SharedTerms keyTerms = new SharedTerms(keys);
    int[] termIndexes = keyTerms.indexes(terms);
    List<Later> matches = new ArrayList<>();
    for (NearestPairs.Post r : near) {
      SentenceRow row = sentences.get(new NearestPairs.Post(r.rec(), 0, r.pos()));
      if (row == null) {
        continue;
      }
      // the sentence shares a party: shared keys give every shared term
      Optional<EvidenceRule.Match> m = keyTerms.match(terms, termIndexes, row.keys());
      if (m.isPresent()) {
        matches.add(new Later(r, row.recordId(), row.kind(), m.get()));
      }
    }
    // only the strongest can be kept ({@link EvidenceWriter#keepStrongest}'s ranking; the day orders as the ISO date does):
    // writing the others only to delete them again would cost most of a dense archive's evidence writes
    matches.sort(Comparator.comparingDouble((Later l) -> -l.match().score())
        .thenComparing(l -> -l.post().day()).thenComparing(Later::recordId).thenComparingInt(l -> l.post().pos()));
    for (Later l : matches.subList(0, Math.min(matches.size(), EvidenceRule.MAX_EVIDENCE))) {
      EvidenceWriter.insert(s, recordId, c.pos(), l.recordId(), l.post().pos(), l.kind(), l.match());
    }
    if (!matches.isEmpty()) {
      EvidenceWriter.keepStrongest(s, recordId, c.pos(), null, 0);
    }
    return !matches.isEmpty();
  }

  /** A report sentence matching a commitment. */
  private record Later(NearestPairs.Post post, String recordId, String kind, EvidenceRule.Match match) {}

  /** The places (record number, position; day 0) that {@code sql}, given the records of {@code posts}, names. */
  private Set<NearestPairs.Post> having(String sql, Collection<NearestPairs.Post> posts) throws SQLException {
    if (posts.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(s.list(sql, rs -> new NearestPairs.Post(rs.getLong(1), 0, rs.getInt(2)), jsonRecs(posts)));
  }

  /**
   * Those of the report sentences {@code posts} that give some commitment evidence, as places. Probed sentence by
   * sentence on the index of (evidence record, sentence): a record's sentences can be evidence to a share of the
   * whole archive, so reading all the evidence a record gives would grow with the archive.
   */
  private Set<NearestPairs.Post> giving(Collection<NearestPairs.Post> posts) throws SQLException {
    if (posts.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(s.list("SELECT t.n, p.value ->> 1 FROM json_each(?) p JOIN tracked_records t "
        + "ON t.n = p.value ->> 0 WHERE EXISTS (SELECT 1 FROM commitment_evidence e "
        + "WHERE e.evidence_record = t.record_id AND e.evidence_seq = p.value ->> 1)",
        rs -> new NearestPairs.Post(rs.getLong(1), 0, rs.getInt(2)), jsonPlaces(posts)));
  }

  private static NearestPairs.Post place(NearestPairs.Post p) {
    return new NearestPairs.Post(p.rec(), 0, p.pos());
  }

  /** The places of {@code posts} as a JSON array of [record number, position] pairs, for {@code json_each}. */
  private static String jsonPlaces(Collection<NearestPairs.Post> posts) {
    StringBuilder b = new StringBuilder("[");
    for (NearestPairs.Post p : posts) {
      b.append(b.length() > 1 ? "," : "").append('[').append(p.rec()).append(',').append(p.pos()).append(']');
    }
    return b.append(']').toString();
  }

  private static String jsonRecs(Collection<NearestPairs.Post> posts) {
    StringBuilder b = new StringBuilder("[");
    for (long rec : recs(posts)) {
      b.append(b.length() > 1 ? "," : "").append(rec);
    }
    return b.append(']').toString();
  }

  private static Set<Long> recs(Collection<NearestPairs.Post> posts) {
    Set<Long> out = new HashSet<>();
    for (NearestPairs.Post p : posts) {
      out.add(p.rec());
    }
    return out;
  }

  /**
   * Commitment {@code c} and sentence {@code r} may no longer be near (a new posting came between them): if that
   * pair is kept evidence and is near on no key any more, the commitment's evidence is recomputed.
   */
  private void recheck(List<NearestPairs.Post[]> pairs) throws SQLException {
    if (pairs.isEmpty()) {
      return;
    }
    Set<Long> recs = new HashSet<>();
    for (NearestPairs.Post[] p : pairs) {
      recs.add(p[0].rec());
      recs.add(p[1].rec());
    }
    Map<Long, String> ids = Postings.recordIds(s, recs);
    for (NearestPairs.Post[] p : pairs) {
      recheck(p[0], ids.get(p[0].rec()), p[1], ids.get(p[1].rec()));
    }
  }

  private void recheck(NearestPairs.Post c, String commitmentRecord, NearestPairs.Post r, String reportRecord)
      throws SQLException {
    if (!s.exists("SELECT 1 FROM commitment_evidence WHERE record_id = ? AND ord = ? AND evidence_record = ? "
        + "AND evidence_seq = ?", commitmentRecord, c.pos(), reportRecord, r.pos())) {
      return;  // a pair not kept: its going changes nothing
    }
    List<String> ck = s.list("SELECT keys FROM commitment_keys WHERE record_id = ? AND ord = ?", rs -> rs.getString(1),
        commitmentRecord, c.pos());
    List<String> rk = s.list("SELECT keys FROM report_keys WHERE rec = ? AND seq = ?", rs -> rs.getString(1),
        r.rec(), r.pos());
    if (!ck.isEmpty() && !rk.isEmpty()) {
      Set<Long> reportKeys = new HashSet<>();
      for (long key : Postings.split(rk.get(0))) {
        reportKeys.add(key);
      }
      for (long key : Postings.split(ck.get(0))) {
        if (reportKeys.contains(key) && NearestPairs.mutual(s, key, c, r)) {
          return;  // still near on another key
        }
      }
    }
    recompute(commitmentRecord, c.pos());
  }

  /** The distinct terms of a commitment's {@code terms} column, in order. */
  private static List<String> split(String terms) {
    return List.copyOf(new java.util.LinkedHashSet<>(List.of(terms.isBlank() ? new String[0] : terms.split(" "))));
  }
}
