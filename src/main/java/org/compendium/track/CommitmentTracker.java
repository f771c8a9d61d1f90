package org.compendium.track;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compendium.model.Commitment;
import org.compendium.model.Record;
import org.compendium.store.Prepared;
import org.compendium.track.EvidenceLinker.Key;
import org.compendium.util.Hashes;
import org.compendium.util.IsoDates;
import org.compendium.util.LruMap;
import org.compendium.util.Progress;
import org.compendium.util.Resources;

/**
 * Keeps the evidence on commitments in step with the archive, inside the store's transaction of each record
 * ({@link org.compendium.store.Derivation}). For a record it writes the content terms of its commitments and its
 * report sentences ({@link ReportFinder}), then links its commitments to report sentences of current records
 * dated later whose countries overlap the commitment's parties, and its report sentences to commitments of current
 * records dated earlier whose parties overlap its countries ({@link EvidenceRule}), within the bounds of
 * {@link NearestPairs} and {@link EvidenceLinker}, which are functions of the set of current records: the
 * evidence is the same whatever order records arrive in. A
 * superseded version's sentences and their evidence go. Each touched commitment's suggested status
 * ({@code commitments.status}, {@code evidence_record}, {@code evidence_text}) is recomputed from its evidence
 * with no cut-off date; overdue is never stored (it depends on the day asked about). Human decisions
 * ({@code commitment_decisions}) are never written here. Undated records neither give nor receive evidence.
 */
public final class CommitmentTracker implements org.compendium.store.Derivation {
  /** Bumped when the matching rules change, so stores recompute their evidence on open. */
  private static final String RULES = "5";
  /** The version mark of records a {@link #sweep} has posted and not linked yet (followed by the version). */
  private static final String UNLINKED = "unlinked ";
  /**
   * A catch-up of at least this many records, and of at least as many as are tracked already, is a
   * {@link #sweep}: it recomputes every commitment of the archive, which costs less than tracking that many
   * records one by one (bench/ARCHIVE.md).
   */
  private static final int SWEEP_MIN = 500;
  /**
   * Readers of a sweep's evidence windows beside its writer: reading is about twice the writer's work, so two keep
   * it busy (100k records on two cores: 1,216 commitments/s without, 1,925 with one reader, 2,585 with two;
   * bench/ARCHIVE.md).
   */
  private static final int WINDOW_READERS = 2;
  /**
   * Records a sweep posts between two commits, their postings held until then and appended to the queue
   * ({@link PostingBatch#queue}; about 7 MB a thousand records held).
   */
  private static final int POSTING_COMMIT_EVERY = 20_000;
  /** Key ids a sweep keeps in memory while posting, the most recently used (about 100 bytes each). */
  private static final int KEY_IDS_KEPT = 200_000;

  private final Terms terms;
  private final ReportFinder finder;
  private final String lexicon;
  private final int sweepMin;
  private final int sweepPage;
  // prepared statements of the hot paths, for the one connection this tracker last worked on
  private Prepared statements;

  public CommitmentTracker() {
    this(SWEEP_MIN, HEAL_COMMIT_EVERY);
  }

  /**
   * A tracker whose catch-ups of at least {@code sweepMin} records may be {@link #sweep}s, which recompute evidence
   * {@code sweepPage} commitments between two commits (tests: small ones of both).
   */
  CommitmentTracker(int sweepMin, int sweepPage) {
    this.sweepMin = sweepMin;
    this.sweepPage = sweepPage;
    this.terms = Terms.load();
    this.finder = new ReportFinder(Cues.load(), terms);
    this.lexicon = version();
  }

  private static String version() {
    StringBuilder b = new StringBuilder(RULES);
    for (String f : List.of("track/cues.tsv", "track/generic-words.txt", "resolve/countries.tsv")) {
      b.append('\n').append(String.join("\n", Resources.lines(f)));
    }
    return Hashes.sha256(b.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
  }

  @Override
  public void stored(Connection c, Record r, String replaced) throws SQLException {
    stored(c, r, replaced, null);
  }

  /** The content terms of each commitment and the report sentences of a record: its text alone decides them. */
  private record Analysis(List<Set<String>> actionTerms, List<ReportSentence> reports) {}

  @Override
  public Object prepare(Record r) {
    return analyse(r);
  }

  private Analysis analyse(Record r) {
    List<Set<String>> actionTerms = new ArrayList<>();
    for (Commitment x : r.commitments() == null ? List.<Commitment>of() : r.commitments()) {
      actionTerms.add(terms.of(x.text()));
    }
    return new Analysis(actionTerms, finder.find(r.text()));
  }

  @Override
  public void stored(Connection c, Record r, String replaced, Object prepared) throws SQLException {
    if (replaced != null) {
      forget(c, replaced);
    }
    track(c, r, prepared instanceof Analysis a ? a : null);
  }

  @Override
  public void heal(Connection c) throws SQLException {
    Prepared s = prepared(c);
    String unlinked = UNLINKED + lexicon;
    Map<String, Long> versions = new HashMap<>();  // records tracked under each version (one pass over the table)
    for (Object[] row : s.list("SELECT lexicon, count(*) FROM tracked_records GROUP BY lexicon",
        rs -> new Object[] {rs.getString(1), rs.getLong(2)})) {
      versions.put((String) row[0], (Long) row[1]);
    }
    if (!Set.of(lexicon, unlinked).containsAll(versions.keySet())) {
      wipe(c);
      versions.clear();
    }
    // both from partial indexes (V8): reading superseded_by from a record's row walks its whole text and JSON
    List<String> gone = ids(c, "SELECT t.record_id FROM records r INDEXED BY records_superseded "
        + "JOIN tracked_records t ON t.record_id = r.id WHERE r.superseded_by IS NOT NULL ORDER BY t.record_id");
    if (!gone.isEmpty() && PostingBatch.queued(s) > 0) {
      drain(s);  // a sweep stopped before draining: forgetting a record deletes its postings from their tables
    }
    for (String id : gone) {
      forget(c, id);
    }
    List<Long> untracked = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement("SELECT rowid FROM records INDEXED BY records_current "
        + "WHERE superseded_by IS NULL AND id NOT IN (SELECT record_id FROM tracked_records)");
        ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        untracked.add(rs.getLong(1));
      }
    }
    Collections.sort(untracked);  // read in storage order: a 1M-record catch-up reads the file once, front to back
    long tracked = versions.values().stream().mapToLong(Long::longValue).sum();
    if (versions.containsKey(unlinked) || untracked.size() >= sweepMin && untracked.size() >= tracked) {
      sweep(c, untracked, unlinked);
      return;
    }
    Progress progress = untracked.size() > 500 ? Progress.onStderr("commitment evidence", untracked.size()) : null;
    new RecordWalk<>(c, this::analyse, HEAL_COMMIT_EVERY).forEach(untracked, (r, a) -> track(c, r, a), null,
        progress);
  }

  /**
   * A catch-up of a share of the archive: posts every untracked record first (marked {@code unlinked}, so that
   * a catch-up stopped halfway is resumed by the next; the postings queued, then moved into their tables in key
   * order once every record is posted), then computes the evidence of every commitment of the
   * archive once, from its own windows, and refreshes its status. The evidence is a function of the set of
   * tracked records ({@link EvidenceLinker}), so this gives the rows that tracking record by record gives, without
   * the rechecks of pairs that each new posting pushes out of nearness (most of that way's cost).
   */
  private void sweep(Connection c, List<Long> untracked, String unlinked) throws SQLException {
    Prepared s = prepared(c);
    Progress posting = untracked.isEmpty() ? null : Progress.onStderr("commitment postings", untracked.size());
    // the ids of frequent keys, kept for the whole posting (a failure ends the sweep, and the map with it)
    Map<String, Long> keyIds = new LruMap<>(KEY_IDS_KEPT);
    PostingBatch postings = new PostingBatch();  // queued before each commit, drained once every record is posted
    new RecordWalk<>(c, this::analyse, POSTING_COMMIT_EVERY)
        .forEach(untracked, (r, a) -> post(s, r, a, unlinked, keyIds, postings),
        () -> postings.queue(s), posting);
    drain(s);
    DatedCommitments commitments = new DatedCommitments(s);
    c.commit();  // every posting in place for the reader of windows
    Progress linking = commitments.size() == 0 ? null : Progress.onStderr("commitment evidence", commitments.size());
    try (WindowsAhead windows = new WindowsAhead(c, commitments, sweepPage, WINDOW_READERS)) {
      for (int from = 0; from < commitments.size(); from += sweepPage) {
        EvidenceLinker linker = new EvidenceLinker(s);
        for (EvidenceLinker.Window w : windows.page(from)) {
          linker.recompute(w);
          if (linking != null) {
            linking.step();
          }
        }
        refresh(c, linker.touched);
        c.commit();
      }
    }
    if (linking != null) {
      linking.finish();
    }
    s.update("UPDATE tracked_records SET lexicon = ? WHERE lexicon = ?", lexicon, unlinked);
  }

  /** Moves the postings a sweep queued into their tables, if any, and commits. */
  private static void drain(Prepared s) throws SQLException {
    long queued = PostingBatch.queued(s);
    if (queued > 0) {
      Progress sorting = Progress.onStderr("commitment postings sorted into their tables", queued);
      PostingBatch.drainQueue(s, sorting);
      sorting.finish();
      s.connection().commit();
    }
  }

  /** Drops every derived row and suggestion, for a recomputation under new lexicons or rules. */
  private static void wipe(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM commitment_evidence");
      s.executeUpdate("DELETE FROM report_postings");
      s.executeUpdate("DELETE FROM commitment_postings");
      s.executeUpdate("DELETE FROM posting_queue");
      s.executeUpdate("DELETE FROM report_sentences");
      s.executeUpdate("DELETE FROM report_keys");
      s.executeUpdate("DELETE FROM commitment_keys");
      s.executeUpdate("DELETE FROM track_keys");
      s.executeUpdate("DELETE FROM tracked_records");
      s.executeUpdate("UPDATE commitments SET status = 'open', evidence_record = NULL, evidence_text = NULL "
          + "WHERE status <> 'open' OR evidence_record IS NOT NULL");
    }
  }

  /**
   * A record is no longer current: its sentences, the evidence they gave, its postings and terms go. Its going
   * widens the windows it was in ({@link NearestPairs}): the commitments that were near its sentences, or are
   * now near the sentences that were near its commitments, and those that lose evidence are recomputed.
   */
  private void forget(Connection c, String id) throws SQLException {
    Prepared s = prepared(c);
    EvidenceLinker linker = new EvidenceLinker(s);
    Set<String> affected = new java.util.TreeSet<>(s.list("SELECT DISTINCT record_id || '#' || ord "
        + "FROM commitment_evidence WHERE evidence_record = ?", rs -> rs.getString(1), id));
    long rec = Postings.number(s, id);
    List<String> dates = s.list("SELECT date FROM records WHERE id = ?", rs -> rs.getString(1), id);
    List<Object[]> widened = new ArrayList<>();  // (key, report sentence, commitment beyond its window)
    if (rec >= 0 && !dates.isEmpty() && IsoDates.valid(dates.get(0))) {
      int day = Postings.day(dates.get(0));
      List<Object[]> commitmentRows = s.list("SELECT ord, keys FROM commitment_keys WHERE record_id = ?",
          rs -> new Object[] {rs.getInt(1), rs.getString(2)}, id);
      List<Object[]> reportRows = s.list("SELECT seq, keys FROM report_keys WHERE rec = ?",
          rs -> new Object[] {rs.getInt(1), rs.getString(2)}, rec);
      Map<Long, Integer> posted = new HashMap<>();
      for (Object[] row : commitmentRows) {
        for (long key : Postings.split((String) row[1])) {
          posted.merge(key, 1, Integer::sum);
        }
      }
      for (Object[] row : commitmentRows) {
        NearestPairs.Post x = new NearestPairs.Post(rec, day, (Integer) row[0]);
        for (long key : Postings.split((String) row[1])) {
          for (NearestPairs.Post r : NearestPairs.mutualReports(s, key, x)) {
            for (NearestPairs.Post beyond : NearestPairs.commitmentsBeyond(s, key, r, posted.get(key))) {
              widened.add(new Object[] {key, r, beyond});
            }
          }
        }
      }
      for (Object[] row : reportRows) {
        NearestPairs.Post x = new NearestPairs.Post(rec, day, (Integer) row[0]);
        for (long key : Postings.split((String) row[1])) {
          for (NearestPairs.Post k : NearestPairs.mutualCommitments(s, key, x)) {
            affected.add(TrackedCommitment.id(Postings.recordId(s, k.rec()), k.pos()));
          }
        }
      }
      for (Object[] row : commitmentRows) {
        for (long key : Postings.split((String) row[1])) {
          Postings.delete(s, Postings.Side.COMMITMENTS, key, day, rec, (Integer) row[0]);
        }
      }
      for (Object[] row : reportRows) {
        for (long key : Postings.split((String) row[1])) {
          Postings.delete(s, Postings.Side.REPORTS, key, day, rec, (Integer) row[0]);
        }
      }
    }
    for (String sql : List.of("DELETE FROM commitment_evidence WHERE evidence_record = ?",
        "DELETE FROM report_sentences WHERE record_id = ?", "DELETE FROM commitment_keys WHERE record_id = ?",
        "DELETE FROM tracked_records WHERE record_id = ?")) {
      s.update(sql, id);
    }
    s.update("DELETE FROM report_keys WHERE rec = ?", rec);
    for (Object[] w : widened) {  // a commitment that came into a sentence's window may now be near it
      NearestPairs.Post k = (NearestPairs.Post) w[2];
      if (k.rec() != rec && NearestPairs.mutual(s, (Long) w[0], k, (NearestPairs.Post) w[1])) {
        affected.add(TrackedCommitment.id(Postings.recordId(s, k.rec()), k.pos()));
      }
    }
    for (String k : affected) {
      int hash = k.lastIndexOf('#');
      linker.recompute(k.substring(0, hash), Integer.parseInt(k.substring(hash + 1)));
    }
    refresh(c, affected);
  }

  /** Tracks a record, with its {@link Analysis} if prepared (else made here). */
  private void track(Connection c, Record r, Analysis analysis) throws SQLException {
    if (count(c, "SELECT count(*) FROM tracked_records WHERE record_id = ?", r.id()) > 0) {
      return;
    }
    Analysis a = analysis != null ? analysis : analyse(r);
    PostingBatch postings = new PostingBatch();
    Posted posted = post(prepared(c), r, a, lexicon, null, postings);
    postings.flush(prepared(c));  // the record's own postings are in place before it is linked
    if (posted != null) {
      link(c, r, a, posted);
    }
  }

  /** What {@link #post} wrote of a dated record: its number and day, the keys of each commitment and sentence. */
  private record Posted(long rec, int day, List<List<Key>> commitmentKeys, List<List<Key>> reportKeys) {}

  /**
   * Takes record {@code r} in under {@code version} and writes its commitments' terms and keys, its report
   * sentences, and adds the postings of both to {@code postings} (key ids from and into {@code knownKeys} if not
   * null); links nothing. Returns what it posted, or null for an undated record
   * (which neither gives nor receives evidence: it has sentences and no postings).
   */
  private Posted post(Prepared s, Record r, Analysis a, String version, Map<String, Long> knownKeys,
      PostingBatch postings) throws SQLException {
    long rec = Postings.take(s, r.id(), version);
    List<Commitment> commitments = r.commitments() == null ? List.of() : r.commitments();
    Set<String> countries = new LinkedHashSet<>(r.countries() == null ? List.of() : r.countries());
    List<Set<String>> actionTerms = a.actionTerms();
    List<ReportSentence> reports = a.reports();
    if (!IsoDates.valid(r.date())) {
      writeReports(s, r.id(), 0, rec, reports, null, postings);
      return null;
    }
    int day = Postings.day(r.date());
    List<Set<String>> parties = new ArrayList<>();
    for (Commitment x : commitments) {
      parties.add(x.by().isEmpty() ? countries : new LinkedHashSet<>(x.by()));
    }
    Set<String> all = new java.util.HashSet<>();  // the ids of every key of the record, in one query
    for (int ord = 0; ord < commitments.size(); ord++) {
      all.addAll(keys(parties.get(ord), actionTerms.get(ord)));
    }
    for (ReportSentence x : reports) {
      all.addAll(keys(countries, x.terms()));
    }
    Map<String, Long> ids = Postings.ids(s, all, knownKeys);
    List<List<Key>> commitmentKeys = new ArrayList<>();
    for (int ord = 0; ord < commitments.size(); ord++) {
      List<Key> keys = resolve(ids, parties.get(ord), actionTerms.get(ord));
      commitmentKeys.add(keys);
      if (keys.isEmpty()) {
        continue;
      }
      List<Long> keyIds = new ArrayList<>();
      for (Key k : keys) {
        postings.add(Postings.Side.COMMITMENTS, k.id(), day, rec, ord);
        keyIds.add(k.id());
      }
      s.update("INSERT INTO commitment_keys(record_id, ord, terms, keys) VALUES (?,?,?,?)", r.id(), ord,
          String.join(" ", actionTerms.get(ord)), Postings.join(keyIds));
    }
    List<List<Key>> reportKeys = new ArrayList<>();
    for (ReportSentence x : reports) {
      reportKeys.add(resolve(ids, countries, x.terms()));
    }
    writeReports(s, r.id(), day, rec, reports, reportKeys, postings);
    return new Posted(rec, day, commitmentKeys, reportKeys);
  }

  /**
   * Links the commitments and report sentences of a dated record just {@link #post}ed to those of the records
   * tracked before it, and refreshes the status of every commitment whose evidence changed.
   */
  private void link(Connection c, Record r, Analysis a, Posted p) throws SQLException {
    EvidenceLinker linker = new EvidenceLinker(prepared(c));
    List<Set<String>> actionTerms = a.actionTerms();
    Map<Long, Integer> postedCommitments = new HashMap<>();
    for (List<Key> keys : p.commitmentKeys()) {
      for (Key k : keys) {
        postedCommitments.merge(k.id(), 1, Integer::sum);
      }
    }
    for (int ord = 0; ord < actionTerms.size(); ord++) {
      if (actionTerms.get(ord).size() >= EvidenceRule.MIN_SHARED && !p.commitmentKeys().get(ord).isEmpty()) {
        linker.newCommitment(r.id(), new NearestPairs.Post(p.rec(), p.day(), ord), actionTerms.get(ord),
            p.commitmentKeys().get(ord), postedCommitments);
      }
    }
    Map<Long, Integer> postedReports = new HashMap<>();
    for (List<Key> keys : p.reportKeys()) {
      for (Key k : keys) {
        postedReports.merge(k.id(), 1, Integer::sum);
      }
    }
    List<ReportSentence> reports = a.reports();
    for (int i = 0; i < reports.size(); i++) {
      linker.newReport(r.id(), r.date(), new NearestPairs.Post(p.rec(), p.day(), reports.get(i).seq()),
          reports.get(i).kind().name(), p.reportKeys().get(i), postedReports);
    }
    refresh(c, linker.touched);
  }

  /** Recomputes the suggested status of the commitments {@code record#ord} whose evidence changed. */
  private void refresh(Connection c, Collection<String> ids) throws SQLException {
    for (String id : ids) {
      int hash = id.lastIndexOf('#');
      EvidenceWriter.refresh(prepared(c), id.substring(0, hash), Integer.parseInt(id.substring(hash + 1)));
    }
  }

  /**
   * The keys {@code CODE:term} of content terms for a set of countries. Keying terms by country makes a lookup
   * touch only texts of overlapping parties, which is what the rule asks for anyway; the posting's day lets
   * "later" and "earlier" be ranges of one index, with no join.
   */
  private static List<String> keys(Set<String> countries, Set<String> terms) {
    List<String> out = new ArrayList<>();
    for (String country : countries) {
      for (String t : terms) {
        out.add(Postings.key(country, t));
      }
    }
    return out;
  }

  private static List<Key> resolve(Map<String, Long> ids, Set<String> countries, Set<String> terms) {
    List<Key> out = new ArrayList<>();
    for (String country : countries) {
      for (String t : terms) {
        out.add(new Key(ids.get(Postings.key(country, t)), t));
      }
    }
    return out;
  }

  /**
   * Writes the report sentences of record {@code rec} and their keys, and adds their postings to {@code postings}
   * ({@code keys} null: undated, none).
   */
  private static void writeReports(Prepared s, String id, int day, long rec, List<ReportSentence> reports,
      List<List<Key>> keys, PostingBatch postings) throws SQLException {
    String sentence = "INSERT INTO report_sentences(record_id, seq, kind, cue, text, span_start, span_end) "
        + "VALUES (?,?,?,?,?,?,?)";
    String keyed = "INSERT INTO report_keys(rec, seq, record_id, kind, keys) VALUES (?,?,?,?,?)";
    s.batch(sentence);
    s.batch(keyed);
    for (int i = 0; i < reports.size(); i++) {
      ReportSentence x = reports.get(i);
      s.bind(sentence, id, x.seq(), x.kind().name(), x.cue(), x.text(), x.span().start(), x.span().end()).addBatch();
      List<Long> keyIds = new ArrayList<>();
      for (Key k : keys == null ? List.<Key>of() : keys.get(i)) {
        postings.add(Postings.Side.REPORTS, k.id(), day, rec, x.seq());
        keyIds.add(k.id());
      }
      if (!keyIds.isEmpty()) {
        s.bind(keyed, rec, x.seq(), id, x.kind().name(), Postings.join(keyIds)).addBatch();
      }
    }
    s.bind(sentence).executeBatch();
    s.bind(keyed).executeBatch();
  }

  private long count(Connection c, String sql, String arg) throws SQLException {
    PreparedStatement p = prepared(c, sql);
    p.setString(1, arg);
    try (ResultSet rs = p.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  /** A prepared statement for {@code sql} on {@code c}, reused while the tracker works on that connection. */
  private PreparedStatement prepared(Connection c, String sql) throws SQLException {
    return prepared(c).bind(sql);
  }

  /** The statements of {@code c}, reused while the tracker works on that connection. */
  private Prepared prepared(Connection c) {
    if (statements == null || statements.connection() != c) {
      statements = new Prepared(c);  // another connection: the old statements went with it
    }
    return statements;
  }

  private static List<String> ids(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
