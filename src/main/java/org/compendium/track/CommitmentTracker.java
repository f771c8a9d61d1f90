package org.compendium.track;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.compendium.json.RecordJson;
import org.compendium.model.Commitment;
import org.compendium.model.Record;
import org.compendium.store.Prepared;
import org.compendium.util.Hashes;
import org.compendium.util.IsoDates;
import org.compendium.util.Progress;
import org.compendium.util.Resources;

/**
 * Keeps the evidence on commitments in step with the archive, inside the store's transaction of each record
 * ({@link org.compendium.store.Derivation}). For a record it writes the content terms of its commitments and its
 * report sentences ({@link ReportFinder}), then links (a) its commitments to report sentences of current records
 * dated later whose countries overlap the commitment's parties, and (b) its report sentences to commitments of
 * current records dated earlier whose parties overlap its countries ({@link EvidenceRule}). Every link depends on
 * one commitment and one sentence only, so the evidence is the same whatever order records arrive in. A
 * superseded version's sentences and their evidence go. Each touched commitment's suggested status
 * ({@code commitments.status}, {@code evidence_record}, {@code evidence_text}) is recomputed from its evidence
 * with no cut-off date; overdue is never stored (it depends on the day asked about). Human decisions
 * ({@code commitment_decisions}) are never written here. Undated records neither give nor receive evidence.
 */
public final class CommitmentTracker implements org.compendium.store.Derivation {
  /** Bumped when the matching rules change, so stores recompute their evidence on open. */
  private static final String RULES = "4";

  private final Terms terms;
  private final ReportFinder finder;
  private final String lexicon;
  private final RecordJson json = new RecordJson();
  // prepared statements of the hot paths, for the one connection this tracker last worked on
  private Prepared statements;

  public CommitmentTracker() {
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
    if (count(c, "SELECT count(*) FROM tracked_records WHERE lexicon <> ?", lexicon) > 0) {
      wipe(c);
    }
    for (String id : ids(c, "SELECT t.record_id FROM tracked_records t JOIN records r ON r.id = t.record_id "
        + "WHERE r.superseded_by IS NOT NULL ORDER BY t.record_id")) {
      forget(c, id);
    }
    List<String> untracked = ids(c, "SELECT id FROM records WHERE superseded_by IS NULL AND id NOT IN "
        + "(SELECT record_id FROM tracked_records) ORDER BY id");
    Progress progress = untracked.size() > 500 ? Progress.onStderr("commitment evidence", untracked.size()) : null;
    for (String id : untracked) {
      try (PreparedStatement p = c.prepareStatement("SELECT json FROM records WHERE id = ?")) {
        p.setString(1, id);
        try (ResultSet rs = p.executeQuery()) {
          if (rs.next()) {
            track(c, json.read(rs.getString(1)), null);
          }
        }
      }
      if (progress != null) {
        progress.step();
      }
    }
    if (progress != null) {
      progress.finish();
    }
  }

  /** Drops every derived row and suggestion, for a recomputation under new lexicons or rules. */
  private static void wipe(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM commitment_evidence");
      s.executeUpdate("DELETE FROM report_postings");
      s.executeUpdate("DELETE FROM commitment_postings");
      s.executeUpdate("DELETE FROM report_sentences");
      s.executeUpdate("DELETE FROM commitment_keys");
      s.executeUpdate("DELETE FROM track_keys");
      s.executeUpdate("DELETE FROM tracked_records");
      s.executeUpdate("UPDATE commitments SET status = 'open', evidence_record = NULL, evidence_text = NULL "
          + "WHERE status <> 'open' OR evidence_record IS NOT NULL");
    }
  }

  /** A record is no longer current: its sentences, the evidence they gave, its postings and terms go. */
  private void forget(Connection c, String id) throws SQLException {
    Prepared s = prepared(c);
    Set<String[]> affected = new LinkedHashSet<>();
    try (PreparedStatement p = c.prepareStatement(
        "SELECT DISTINCT record_id, ord FROM commitment_evidence WHERE evidence_record = ? ORDER BY record_id, ord")) {
      p.setString(1, id);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          affected.add(new String[] {rs.getString(1), String.valueOf(rs.getInt(2))});
        }
      }
    }
    long rec = Postings.number(s, id);
    List<String> dates = s.list("SELECT date FROM records WHERE id = ?", rs -> rs.getString(1), id);
    if (rec >= 0 && !dates.isEmpty() && IsoDates.valid(dates.get(0))) {
      int day = Postings.day(dates.get(0));
      for (Object[] row : s.list("SELECT ord, keys FROM commitment_keys WHERE record_id = ?",
          rs -> new Object[] {rs.getInt(1), rs.getString(2)}, id)) {
        for (long key : Postings.split((String) row[1])) {
          Postings.delete(s, Postings.Side.COMMITMENTS, key, day, rec, (Integer) row[0]);
        }
      }
      for (Object[] row : s.list("SELECT seq, keys FROM report_sentences WHERE record_id = ?",
          rs -> new Object[] {rs.getInt(1), rs.getString(2)}, id)) {
        for (long key : Postings.split((String) row[1])) {
          Postings.delete(s, Postings.Side.REPORTS, key, day, rec, (Integer) row[0]);
        }
      }
    }
    for (String sql : List.of("DELETE FROM commitment_evidence WHERE evidence_record = ?",
        "DELETE FROM report_sentences WHERE record_id = ?", "DELETE FROM commitment_keys WHERE record_id = ?",
        "DELETE FROM tracked_records WHERE record_id = ?")) {
      try (PreparedStatement p = c.prepareStatement(sql)) {
        p.setString(1, id);
        p.executeUpdate();
      }
    }
    for (String[] k : affected) {
      relink(c, k[0], Integer.parseInt(k[1]));
      EvidenceWriter.refresh(prepared(c), k[0], Integer.parseInt(k[1]));
    }
  }

  /** Tracks a record, with its {@link Analysis} if prepared (else made here). */
  private void track(Connection c, Record r, Analysis analysis) throws SQLException {
    if (count(c, "SELECT count(*) FROM tracked_records WHERE record_id = ?", r.id()) > 0) {
      return;
    }
    Analysis a = analysis != null ? analysis : analyse(r);
    Prepared s = prepared(c);
    long rec = Postings.take(s, r.id(), lexicon);
    List<Commitment> commitments = r.commitments() == null ? List.of() : r.commitments();
    Set<String> countries = new LinkedHashSet<>(r.countries() == null ? List.of() : r.countries());
    List<Set<String>> actionTerms = a.actionTerms();
    List<Set<String>> parties = new ArrayList<>();
    boolean dated = IsoDates.valid(r.date());  // undated records neither give nor receive evidence
    int day = dated ? Postings.day(r.date()) : 0;
    for (Commitment x : commitments) {
      parties.add(x.by().isEmpty() ? countries : new LinkedHashSet<>(x.by()));
    }
    List<ReportSentence> reports = a.reports();
    Map<String, Long> ids = Map.of();
    if (dated) {  // the ids of every key of the record, in one query
      Set<String> all = new java.util.HashSet<>();
      for (int ord = 0; ord < commitments.size(); ord++) {
        all.addAll(keys(parties.get(ord), actionTerms.get(ord)));
      }
      for (ReportSentence x : reports) {
        all.addAll(keys(countries, x.terms()));
      }
      ids = Postings.ids(s, all);
    }
    Postings.start(s, Postings.Side.COMMITMENTS);
    List<List<Key>> commitmentKeys = new ArrayList<>();
    for (int ord = 0; ord < commitments.size(); ord++) {
      List<Key> keys = dated ? resolve(ids, parties.get(ord), actionTerms.get(ord)) : List.of();
      commitmentKeys.add(keys);
      if (keys.isEmpty()) {
        continue;
      }
      List<Long> keyIds = new ArrayList<>();
      for (Key k : keys) {
        Postings.add(s, Postings.Side.COMMITMENTS, k.id(), day, rec, ord);
        keyIds.add(k.id());
      }
      s.update("INSERT INTO commitment_keys(record_id, ord, terms, keys) VALUES (?,?,?,?)", r.id(), ord,
          String.join(" ", actionTerms.get(ord)), Postings.join(keyIds));
    }
    Postings.flush(s, Postings.Side.COMMITMENTS);
    writeReports(s, r.id(), dated, day, rec, countries, reports, ids);
    if (dated) {
      for (int ord = 0; ord < commitments.size(); ord++) {
        if (actionTerms.get(ord).size() >= EvidenceRule.MIN_SHARED && !parties.get(ord).isEmpty()
            && linkToLaterReports(c, r.id(), ord, day, actionTerms.get(ord), commitmentKeys.get(ord))) {
          EvidenceWriter.refresh(prepared(c), r.id(), ord);  // without evidence a new commitment keeps its default suggestion, open
        }
      }
      Set<String> earlier = new java.util.TreeSet<>();
      for (ReportSentence x : reports) {
        earlier.addAll(linkToEarlierCommitments(c, r, day, x, resolve(ids, countries, x.terms())));
      }
      for (String id : earlier) {
        int hash = id.lastIndexOf('#');
        EvidenceWriter.refresh(prepared(c), id.substring(0, hash), Integer.parseInt(id.substring(hash + 1)));
      }
    }
  }

  /** A (party, term) key with its id. */
  private record Key(long id, String term) {}

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

  private static void writeReports(Prepared s, String id, boolean dated, int day, long rec, Set<String> countries,
      List<ReportSentence> reports, Map<String, Long> ids) throws SQLException {
    String sql = "INSERT INTO report_sentences(record_id, seq, kind, cue, text, span_start, span_end, keys) "
        + "VALUES (?,?,?,?,?,?,?,?)";
    s.batch(sql);
    Postings.start(s, Postings.Side.REPORTS);
    for (ReportSentence x : reports) {
      List<Long> keyIds = new ArrayList<>();
      for (Key k : dated ? resolve(ids, countries, x.terms()) : List.<Key>of()) {
        Postings.add(s, Postings.Side.REPORTS, k.id(), day, rec, x.seq());
        keyIds.add(k.id());
      }
      PreparedStatement p = s.bind(sql, id, x.seq(), x.kind().name(), x.cue(), x.text(), x.span().start(),
          x.span().end(), Postings.join(keyIds));
      p.addBatch();
    }
    s.bind(sql).executeBatch();
    Postings.flush(s, Postings.Side.REPORTS);
  }

  /**
   * (a) Commitment {@code recordId#ord} of a record dated {@code day}, with terms {@code k}, against the report
   * sentences of later current records of overlapping parties (its keys).
   */
  private boolean linkToLaterReports(Connection c, String recordId, int ord, int day, Collection<String> k,
      List<Key> keys) throws SQLException {
    Prepared s = prepared(c);
    Map<Postings.Item, Set<String>> sentences = new HashMap<>();  // later report sentences -> shared terms
    for (Key key : keys) {
      Postings.read(s, Postings.Side.REPORTS, key.id(), key.term(), day, true, EvidenceRule.NEAREST, sentences);
    }
    List<Later> matches = new ArrayList<>();
    for (Map.Entry<Postings.Item, Set<String>> e : sentences.entrySet()) {
      Optional<EvidenceRule.Match> m = e.getValue().size() < EvidenceRule.MIN_SHARED ? Optional.empty()
          : EvidenceRule.match(k, e.getValue());
      if (m.isPresent()) {
        matches.add(new Later(e.getKey(), Postings.recordId(s, e.getKey().rec()), m.get()));
      }
    }
    // only the strongest can be kept (keepStrongest's ranking: score, then the latest record, then record and
    // sentence): writing the others only to delete them again cost most of a dense archive's evidence writes
    matches.sort(java.util.Comparator.comparingDouble((Later l) -> -l.match().score())
        .thenComparing(l -> -l.item().day()).thenComparing(Later::recordId).thenComparingInt(l -> l.item().pos()));
    for (Later l : matches.subList(0, Math.min(matches.size(), EvidenceRule.MAX_EVIDENCE))) {
      EvidenceWriter.insert(prepared(c), recordId, ord, l.recordId(), l.item().pos(), l.match());
    }
    if (!matches.isEmpty()) {
      EvidenceWriter.keepStrongest(prepared(c), recordId, ord, null, 0);  // with what it had (a relink), still at most the strongest
    }
    return !matches.isEmpty();
  }

  /** A later report sentence matching a commitment. */
  private record Later(Postings.Item item, String recordId, EvidenceRule.Match match) {}

  /**
   * A commitment lost evidence (its record went out of date): looks again for its later reports, so that what
   * {@link EvidenceWriter#keepStrongest} had dropped for want of room can come back. Its terms and keys are those stored.
   */
  private void relink(Connection c, String recordId, int ord) throws SQLException {
    Prepared s = prepared(c);
    List<String[]> rows = s.list("SELECT k.terms, k.keys, r.date FROM commitment_keys k JOIN records r "
        + "ON r.id = k.record_id WHERE k.record_id = ? AND k.ord = ?",
        rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, recordId, ord);
    if (rows.isEmpty() || !IsoDates.valid(rows.get(0)[2])) {
      return;
    }
    List<Key> keys = new ArrayList<>();
    for (long id : Postings.split(rows.get(0)[1])) {
      String key = Postings.key(s, id);
      if (key != null) {
        keys.add(new Key(id, Postings.term(key)));
      }
    }
    linkToLaterReports(c, recordId, ord, Postings.day(rows.get(0)[2]), split(rows.get(0)[0]), keys);
  }

  /**
   * (b) A new report sentence (with its keys) against the commitments of earlier current records of overlapping
   * parties; returns the ids of the commitments it became evidence for.
   */
  private List<String> linkToEarlierCommitments(Connection c, Record r, int day, ReportSentence x, List<Key> keys)
      throws SQLException {
    Prepared s = prepared(c);
    Map<Postings.Item, Set<String>> commitments = new HashMap<>();  // earlier commitments -> shared terms
    for (Key key : keys) {
      Postings.read(s, Postings.Side.COMMITMENTS, key.id(), key.term(), day, false, EvidenceRule.NEAREST,
          commitments);
    }
    List<Object[]> links = new ArrayList<>();
    for (Map.Entry<String, Set<String>> e : mostShared(s, commitments)) {
      int hash = e.getKey().lastIndexOf('#');
      String recordId = e.getKey().substring(0, hash);
      int ord = Integer.parseInt(e.getKey().substring(hash + 1));
      Optional<EvidenceRule.Match> m = EvidenceRule.match(commitmentTerms(s, recordId, ord), x.terms());
      if (m.isPresent()) {
        links.add(new Object[] {recordId, ord, m.get()});
      }
    }
    List<String> out = new ArrayList<>();
    for (Object[] l : links) {
      EvidenceRule.Match m = (EvidenceRule.Match) l[2];
      // a full set of stronger evidence: nothing to write (most matches of a large archive)
      if (EvidenceWriter.addIfStrong(prepared(c), (String) l[0], (Integer) l[1], m, r.date(), r.id(), x.seq())) {
        out.add(TrackedCommitment.id((String) l[0], (Integer) l[1]));  // its evidence changed
      }
    }
    return out;
  }

  /**
   * The candidates sharing at least {@link EvidenceRule#MIN_SHARED} terms, most shared first (then by id
   * {@code record#ord} as text), at most {@link EvidenceRule#CANDIDATES}, by id: each costs a lookup of its
   * terms, and in a dense archive a sentence's keys reach hundreds of commitments that share a word or two.
   */
  private static List<Map.Entry<String, Set<String>>> mostShared(Prepared s, Map<Postings.Item, Set<String>> candidates)
      throws SQLException {
    Set<Long> recs = new java.util.HashSet<>();
    for (Map.Entry<Postings.Item, Set<String>> e : candidates.entrySet()) {
      if (e.getValue().size() >= EvidenceRule.MIN_SHARED) {
        recs.add(e.getKey().rec());
      }
    }
    Map<Long, String> ids = Postings.recordIds(s, recs);
    List<Map.Entry<String, Set<String>>> out = new ArrayList<>();
    for (Map.Entry<Postings.Item, Set<String>> e : candidates.entrySet()) {
      if (e.getValue().size() >= EvidenceRule.MIN_SHARED) {
        out.add(Map.entry(TrackedCommitment.id(ids.get(e.getKey().rec()), e.getKey().pos()), e.getValue()));
      }
    }
    out.sort((a, b) -> a.getValue().size() != b.getValue().size()
        ? Integer.compare(b.getValue().size(), a.getValue().size()) : a.getKey().compareTo(b.getKey()));
    return out.size() > EvidenceRule.CANDIDATES ? out.subList(0, EvidenceRule.CANDIDATES) : out;
  }

  private static Set<String> commitmentTerms(Prepared s, String recordId, int ord) throws SQLException {
    List<String> rows = s.list("SELECT terms FROM commitment_keys WHERE record_id = ? AND ord = ?",
        rs -> rs.getString(1), recordId, ord);
    return rows.isEmpty() ? Set.of() : split(rows.get(0));
  }

  private static Set<String> split(String terms) {
    return new LinkedHashSet<>(List.of(terms.isBlank() ? new String[0] : terms.split(" ")));
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
