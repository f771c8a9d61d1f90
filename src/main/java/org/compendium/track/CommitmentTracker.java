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
import java.util.Map;
import java.util.TreeMap;
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
  private static final char SEP = ':';
  private static final char AT = '@';
  private static final String LAST = "~";  // sorts after every date character

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
    if (replaced != null) {
      forget(c, replaced);
    }
    track(c, r);
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
            track(c, json.read(rs.getString(1)));
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
      s.executeUpdate("DELETE FROM report_terms");
      s.executeUpdate("DELETE FROM report_sentences");
      s.executeUpdate("DELETE FROM commitment_terms");
      s.executeUpdate("DELETE FROM tracked_records");
      s.executeUpdate("UPDATE commitments SET status = 'open', evidence_record = NULL, evidence_text = NULL "
          + "WHERE status <> 'open' OR evidence_record IS NOT NULL");
    }
  }

  /** A record is no longer current: its sentences, the evidence they gave and its terms go. */
  private void forget(Connection c, String id) throws SQLException {
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
    for (String sql : List.of("DELETE FROM commitment_evidence WHERE evidence_record = ?",
        "DELETE FROM report_terms WHERE record_id = ?", "DELETE FROM report_sentences WHERE record_id = ?",
        "DELETE FROM commitment_terms WHERE record_id = ?", "DELETE FROM tracked_records WHERE record_id = ?")) {
      try (PreparedStatement p = c.prepareStatement(sql)) {
        p.setString(1, id);
        p.executeUpdate();
      }
    }
    for (String[] k : affected) {
      relink(c, k[0], Integer.parseInt(k[1]));
      refresh(c, k[0], Integer.parseInt(k[1]));
    }
  }

  private void track(Connection c, Record r) throws SQLException {
    if (count(c, "SELECT count(*) FROM tracked_records WHERE record_id = ?", r.id()) > 0) {
      return;
    }
    List<Commitment> commitments = r.commitments() == null ? List.of() : r.commitments();
    Set<String> countries = new LinkedHashSet<>(r.countries() == null ? List.of() : r.countries());
    List<Set<String>> actionTerms = new ArrayList<>();
    List<Set<String>> parties = new ArrayList<>();
    boolean dated = IsoDates.valid(r.date());  // undated records neither give nor receive evidence
    {
      PreparedStatement p = prepared(c,
        "INSERT OR IGNORE INTO commitment_terms(record_id, ord, term) VALUES (?,?,?)");
      for (int ord = 0; ord < commitments.size(); ord++) {
        Set<String> k = terms.of(commitments.get(ord).text());
        List<String> by = commitments.get(ord).by();
        Set<String> who = by.isEmpty() ? countries : new LinkedHashSet<>(by);
        actionTerms.add(k);
        parties.add(who);
        for (String key : dated ? keys(who, k, r.date()) : List.<String>of()) {
          p.setString(1, r.id());
          p.setInt(2, ord);
          p.setString(3, key);
          p.addBatch();
        }
      }
      p.executeBatch();
    }
    List<ReportSentence> reports = finder.find(r.text());
    writeReports(c, r.id(), dated ? r.date() : null, countries, reports);
    if (dated) {
      for (int ord = 0; ord < commitments.size(); ord++) {
        if (linkToLaterReports(c, r, ord, actionTerms.get(ord), parties.get(ord))) {
          refresh(c, r.id(), ord);  // without evidence a new commitment keeps its default suggestion, open
        }
      }
      Set<String> earlier = new java.util.TreeSet<>();
      for (ReportSentence s : reports) {
        earlier.addAll(linkToEarlierCommitments(c, r, s, countries));
      }
      for (String id : earlier) {
        int hash = id.lastIndexOf('#');
        refresh(c, id.substring(0, hash), Integer.parseInt(id.substring(hash + 1)));
      }
    }
    {
      PreparedStatement p = prepared(c, "INSERT INTO tracked_records(record_id, lexicon) VALUES (?, ?)");
      p.setString(1, r.id());
      p.setString(2, lexicon);
      p.executeUpdate();
    }
  }

  /**
   * The index keys of content terms for a set of countries and a record date: {@code CODE:term@date}. Keying
   * terms by country makes a lookup touch only texts of overlapping parties, which is what the rule asks for
   * anyway, and the date at the end lets "later" and "earlier" be ranges of one index, with no join.
   */
  private static List<String> keys(Set<String> countries, Set<String> terms, String date) {
    List<String> out = new ArrayList<>();
    for (String prefix : prefixes(countries, terms)) {
      out.add(prefix + date);
    }
    return out;
  }

  /** {@code CODE:term@}: the part of a key before the date. */
  private static List<String> prefixes(Set<String> countries, Set<String> terms) {
    List<String> out = new ArrayList<>();
    for (String country : countries) {
      for (String t : terms) {
        out.add(country + SEP + t + AT);
      }
    }
    return out;
  }

  private static String term(String key) {
    return key.substring(key.indexOf(SEP) + 1, key.lastIndexOf(AT));
  }

  private static void writeReports(Connection c, String id, String date, Set<String> countries,
      List<ReportSentence> reports) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO report_sentences(record_id, seq, kind, cue, text, "
        + "span_start, span_end) VALUES (?,?,?,?,?,?,?)");
        PreparedStatement t = c.prepareStatement(
            "INSERT OR IGNORE INTO report_terms(record_id, seq, term) VALUES (?,?,?)")) {
      for (ReportSentence r : reports) {
        s.setString(1, id);
        s.setInt(2, r.seq());
        s.setString(3, r.kind().name());
        s.setString(4, r.cue());
        s.setString(5, r.text());
        s.setInt(6, r.span().start());
        s.setInt(7, r.span().end());
        s.addBatch();
        for (String key : date == null ? List.<String>of() : keys(countries, r.terms(), date)) {
          t.setString(1, id);
          t.setInt(2, r.seq());
          t.setString(3, key);
          t.addBatch();
        }
      }
      s.executeBatch();
      t.executeBatch();
    }
  }

  /** (a) A new commitment against the report sentences of later current records of overlapping parties. */
  private boolean linkToLaterReports(Connection c, Record r, int ord, Set<String> k, Set<String> parties)
      throws SQLException {
    if (k.size() < EvidenceRule.MIN_SHARED || parties.isEmpty()) {
      return false;
    }
    return linkToLaterReports(c, r.id(), ord, r.date(), k, prefixes(parties, k));
  }

  /** (a) for commitment {@code recordId#ord} of a record dated {@code date}, through its key prefixes. */
  private boolean linkToLaterReports(Connection c, String recordId, int ord, String date, Collection<String> k,
      List<String> prefixes) throws SQLException {
    Map<String, Set<String>> sentences = new TreeMap<>();  // "record#seq" of later report sentences -> shared terms
    for (String prefix : prefixes) {
      // later: after this record's date, up to the end of the prefix
      postings(c, "report_terms", "seq", prefix, prefix + date, prefix + LAST, true, sentences);
    }
    boolean linked = false;
    for (Map.Entry<String, Set<String>> e : sentences.entrySet()) {
      Optional<EvidenceRule.Match> m = e.getValue().size() < EvidenceRule.MIN_SHARED ? Optional.empty()
          : EvidenceRule.match(k, e.getValue());
      if (m.isPresent()) {
        int hash = e.getKey().lastIndexOf('#');
        insertEvidence(c, recordId, ord, e.getKey().substring(0, hash), Integer.parseInt(e.getKey().substring(hash + 1)),
            m.get());
        linked = true;
      }
    }
    if (linked) {
      keepStrongest(c, recordId, ord, null, 0);
    }
    return linked;
  }

  /**
   * A commitment lost evidence (its record went out of date): looks again for its later reports, so that what
   * {@link #keepStrongest} had dropped for want of room can come back. Its terms and parties are those of its
   * stored keys.
   */
  private void relink(Connection c, String recordId, int ord) throws SQLException {
    Set<String> prefixes = new LinkedHashSet<>();
    Set<String> k = new LinkedHashSet<>();
    String date = null;
    PreparedStatement p = prepared(c, "SELECT term FROM commitment_terms WHERE record_id = ? AND ord = ?");
    p.setString(1, recordId);
    p.setInt(2, ord);
    try (ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        String key = rs.getString(1);
        int at = key.lastIndexOf(AT);
        prefixes.add(key.substring(0, at + 1));
        k.add(term(key));
        date = key.substring(at + 1);
      }
    }
    if (date != null) {
      linkToLaterReports(c, recordId, ord, date, k, new ArrayList<>(prefixes));
    }
  }

  /**
   * (b) A new report sentence against the commitments of earlier current records of overlapping parties;
   * returns the ids of the commitments it became evidence for.
   */
  private List<String> linkToEarlierCommitments(Connection c, Record r, ReportSentence s, Set<String> countries)
      throws SQLException {
    Map<String, Set<String>> commitments = new TreeMap<>();  // "record#ord" of earlier commitments -> shared terms
    for (String prefix : prefixes(countries, s.terms())) {
      // earlier: from the start of the prefix to before this record's date
      postings(c, "commitment_terms", "ord", prefix, prefix, prefix + r.date(), false, commitments);
    }
    List<Object[]> links = new ArrayList<>();
    for (Map.Entry<String, Set<String>> e : mostShared(commitments)) {
      int hash = e.getKey().lastIndexOf('#');
      String recordId = e.getKey().substring(0, hash);
      int ord = Integer.parseInt(e.getKey().substring(hash + 1));
      Optional<EvidenceRule.Match> m = EvidenceRule.match(commitmentTerms(c, recordId, ord), s.terms());
      if (m.isPresent()) {
        links.add(new Object[] {recordId, ord, m.get()});
      }
    }
    List<String> out = new ArrayList<>();
    for (Object[] l : links) {
      EvidenceRule.Match m = (EvidenceRule.Match) l[2];
      if (!outranksTheWeakest(c, (String) l[0], (Integer) l[1], m.score(), r.date(), r.id(), s.seq())) {
        continue;  // a full set of stronger evidence: nothing to write (most matches of a large archive)
      }
      insertEvidence(c, (String) l[0], (Integer) l[1], r.id(), s.seq(), m);
      if (keepStrongest(c, (String) l[0], (Integer) l[1], r.id(), s.seq())) {
        out.add(TrackedCommitment.id((String) l[0], (Integer) l[1]));  // its evidence changed
      }
    }
    return out;
  }

  /**
   * The candidates sharing at least {@link EvidenceRule#MIN_SHARED} terms, most shared first (then in key order),
   * at most {@link EvidenceRule#CANDIDATES}: each costs a lookup of its terms, and in a dense archive a
   * sentence's keys reach hundreds of commitments that share a word or two.
   */
  private static List<Map.Entry<String, Set<String>>> mostShared(Map<String, Set<String>> candidates) {
    List<Map.Entry<String, Set<String>>> out = new ArrayList<>();
    for (Map.Entry<String, Set<String>> e : candidates.entrySet()) {
      if (e.getValue().size() >= EvidenceRule.MIN_SHARED) {
        out.add(e);
      }
    }
    out.sort((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()));  // stable: key order on ties
    return out.size() > EvidenceRule.CANDIDATES ? out.subList(0, EvidenceRule.CANDIDATES) : out;
  }

  /**
   * Adds the rows of a term table whose key (of {@code prefix}) lies strictly between {@code from} and {@code to}
   * (one range of the term index: the term tables hold current records only, so no join) to {@code into}: item
   * -> terms. Reads at
   * most {@link EvidenceRule#NEAREST} rows, from the low end of the range when {@code fromLow} (the earliest
   * later records), else from the high end (the latest earlier ones).
   */
  private void postings(Connection c, String table, String position, String prefix, String from, String to,
      boolean fromLow, Map<String, Set<String>> into) throws SQLException {
    String term = prefix.substring(prefix.indexOf(SEP) + 1, prefix.length() - 1);  // every row's, so not read
    PreparedStatement p = prepared(c, "SELECT record_id, " + position + " FROM " + table + " WHERE term > ? AND term < ? "
        + "ORDER BY term " + (fromLow ? "ASC" : "DESC") + " LIMIT " + EvidenceRule.NEAREST);
    p.setString(1, from);
    p.setString(2, to);
    try (ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        into.computeIfAbsent(TrackedCommitment.id(rs.getString(1), rs.getInt(2)), x -> new LinkedHashSet<>()).add(term);
      }
    }
  }

  private Set<String> commitmentTerms(Connection c, String recordId, int ord) throws SQLException {
    Set<String> out = new LinkedHashSet<>();
    {
      PreparedStatement p = prepared(c, "SELECT term FROM commitment_terms WHERE record_id = ? AND ord = ?");
      p.setString(1, recordId);
      p.setInt(2, ord);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(term(rs.getString(1)));
        }
      }
    }
    return out;
  }

  private void insertEvidence(Connection c, String recordId, int ord, String evidenceRecord, int seq,
      EvidenceRule.Match m) throws SQLException {
    {
      PreparedStatement p = prepared(c, "INSERT OR REPLACE INTO commitment_evidence(record_id, ord, "
        + "evidence_record, evidence_seq, kind, score, matched) "
        + "SELECT ?, ?, ?, ?, kind, ?, ? FROM report_sentences WHERE record_id = ? AND seq = ?");
      p.setString(1, recordId);
      p.setInt(2, ord);
      p.setString(3, evidenceRecord);
      p.setInt(4, seq);
      p.setDouble(5, m.score());
      p.setString(6, String.join(" ", m.shared()));
      p.setString(7, evidenceRecord);
      p.setInt(8, seq);
      p.executeUpdate();
    }
  }

  private static final String RANKING = "ORDER BY e.score DESC, r.date DESC, e.evidence_record, e.evidence_seq";

  /**
   * Whether a new piece of evidence would be among the commitment's {@link EvidenceRule#MAX_EVIDENCE} strongest
   * ({@link #keepStrongest}'s ranking): true while there is room, else when it ranks above the weakest kept.
   */
  private boolean outranksTheWeakest(Connection c, String recordId, int ord, double score, String date,
      String evidenceRecord, int seq) throws SQLException {
    PreparedStatement p = prepared(c, "SELECT e.score, r.date, e.evidence_record, e.evidence_seq "
        + "FROM commitment_evidence e JOIN records r ON r.id = e.evidence_record WHERE e.record_id = ? AND e.ord = ? "
        + RANKING + " LIMIT 1 OFFSET " + (EvidenceRule.MAX_EVIDENCE - 1));
    p.setString(1, recordId);
    p.setInt(2, ord);
    try (ResultSet rs = p.executeQuery()) {
      if (!rs.next()) {
        return true;
      }
      int cmp = Double.compare(score, rs.getDouble(1));
      if (cmp == 0) {
        cmp = date.compareTo(rs.getString(2));
      }
      if (cmp == 0) {
        cmp = -evidenceRecord.compareTo(rs.getString(3));
      }
      if (cmp == 0) {
        cmp = -Integer.compare(seq, rs.getInt(4));
      }
      return cmp > 0;
    }
  }

  /**
   * Keeps the {@link EvidenceRule#MAX_EVIDENCE} strongest pieces of evidence of a commitment: highest score, then
   * the latest record, then a fixed order. The ranking depends on the pieces alone, so the kept set does not
   * depend on the order records arrived in. Returns whether the piece {@code evidenceRecord#seq} (if not null)
   * is still there.
   */
  private boolean keepStrongest(Connection c, String recordId, int ord, String evidenceRecord, int seq)
      throws SQLException {
    PreparedStatement n = prepared(c, "SELECT count(*) FROM commitment_evidence WHERE record_id = ? AND ord = ?");
    n.setString(1, recordId);
    n.setInt(2, ord);
    try (ResultSet rs = n.executeQuery()) {
      if (rs.next() && rs.getInt(1) <= EvidenceRule.MAX_EVIDENCE) {
        return true;  // room for all: the usual case, a cheap seek
      }
    }
    PreparedStatement p = prepared(c, "DELETE FROM commitment_evidence WHERE record_id = ?1 AND ord = ?2 AND rowid NOT IN "
        + "(SELECT e.rowid FROM commitment_evidence e JOIN records r ON r.id = e.evidence_record "
        + "WHERE e.record_id = ?1 AND e.ord = ?2 " + RANKING + " LIMIT " + EvidenceRule.MAX_EVIDENCE + ")");
    p.setString(1, recordId);
    p.setInt(2, ord);
    p.executeUpdate();
    if (evidenceRecord == null) {
      return true;
    }
    PreparedStatement kept = prepared(c, "SELECT 1 FROM commitment_evidence "
        + "WHERE record_id = ? AND ord = ? AND evidence_record = ? AND evidence_seq = ?");
    kept.setString(1, recordId);
    kept.setInt(2, ord);
    kept.setString(3, evidenceRecord);
    kept.setInt(4, seq);
    try (ResultSet rs = kept.executeQuery()) {
      return rs.next();
    }
  }

  /** Recomputes one commitment's suggested status from its evidence (no cut-off date). */
  private void refresh(Connection c, String recordId, int ord) throws SQLException {
    String due = null;
    {
      PreparedStatement p = prepared(c, "SELECT due FROM commitments WHERE record_id = ? AND ord = ?");
      p.setString(1, recordId);
      p.setInt(2, ord);
      try (ResultSet rs = p.executeQuery()) {
        if (!rs.next()) {
          return;
        }
        due = rs.getString(1);
      }
    }
    Optional<Evidence> e = StatusRule.decisive(due,
        EvidenceTables.of(prepared(c, EvidenceTables.OF_ONE), recordId, ord), null);
    {
      PreparedStatement p = prepared(c,
        "UPDATE commitments SET status = ?, evidence_record = ?, evidence_text = ? WHERE record_id = ? AND ord = ?");
      p.setString(1, e.map(x -> x.kind().name()).orElse(CommitmentStatus.open.name()));
      p.setString(2, e.map(Evidence::recordId).orElse(null));
      p.setString(3, e.map(Evidence::sentence).orElse(null));
      p.setString(4, recordId);
      p.setInt(5, ord);
      p.executeUpdate();
    }
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
    if (statements == null || statements.connection() != c) {
      statements = new Prepared(c);  // another connection: the old statements went with it
    }
    return statements.bind(sql);
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
