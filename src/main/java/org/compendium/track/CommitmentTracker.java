package org.compendium.track;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.compendium.json.RecordJson;
import org.compendium.model.Commitment;
import org.compendium.model.Record;
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
  private static final String RULES = "1";

  private final Terms terms;
  private final ReportFinder finder;
  private final String lexicon;
  private final RecordJson json = new RecordJson();

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
      refresh(c, k[0], Integer.parseInt(k[1]));
    }
  }

  private void track(Connection c, Record r) throws SQLException {
    if (count(c, "SELECT count(*) FROM tracked_records WHERE record_id = ?", r.id()) > 0) {
      return;
    }
    List<Commitment> commitments = r.commitments() == null ? List.of() : r.commitments();
    List<Set<String>> actionTerms = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement("INSERT OR IGNORE INTO commitment_terms(record_id, ord, term) VALUES (?,?,?)")) {
      for (int ord = 0; ord < commitments.size(); ord++) {
        Set<String> k = terms.of(commitments.get(ord).text());
        actionTerms.add(k);
        for (String t : k) {
          p.setString(1, r.id());
          p.setInt(2, ord);
          p.setString(3, t);
          p.addBatch();
        }
      }
      p.executeBatch();
    }
    List<ReportSentence> reports = finder.find(r.text());
    writeReports(c, r.id(), reports);
    if (IsoDates.valid(r.date())) {
      Set<String> countries = new LinkedHashSet<>(r.countries() == null ? List.of() : r.countries());
      for (int ord = 0; ord < commitments.size(); ord++) {
        List<String> by = commitments.get(ord).by();
        linkToLaterReports(c, r, ord, actionTerms.get(ord), by.isEmpty() ? countries : new LinkedHashSet<>(by));
      }
      for (ReportSentence s : reports) {
        linkToEarlierCommitments(c, r, s, countries);
      }
    }
    for (int ord = 0; ord < commitments.size(); ord++) {
      refresh(c, r.id(), ord);
    }
    try (PreparedStatement p = c.prepareStatement("INSERT INTO tracked_records(record_id, lexicon) VALUES (?, ?)")) {
      p.setString(1, r.id());
      p.setString(2, lexicon);
      p.executeUpdate();
    }
  }

  private static void writeReports(Connection c, String id, List<ReportSentence> reports) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO report_sentences(record_id, seq, kind, cue, text, "
        + "span_start, span_end) VALUES (?,?,?,?,?,?,?)");
        PreparedStatement t = c.prepareStatement("INSERT OR IGNORE INTO report_terms(record_id, seq, term) VALUES (?,?,?)")) {
      for (ReportSentence r : reports) {
        s.setString(1, id);
        s.setInt(2, r.seq());
        s.setString(3, r.kind().name());
        s.setString(4, r.cue());
        s.setString(5, r.text());
        s.setInt(6, r.span().start());
        s.setInt(7, r.span().end());
        s.addBatch();
        for (String term : r.terms()) {
          t.setString(1, id);
          t.setInt(2, r.seq());
          t.setString(3, term);
          t.addBatch();
        }
      }
      s.executeBatch();
      t.executeBatch();
    }
  }

  /** (a) A new commitment against the report sentences of later current records. */
  private void linkToLaterReports(Connection c, Record r, int ord, Set<String> k, Set<String> parties)
      throws SQLException {
    if (k.size() < EvidenceRule.MIN_SHARED || parties.isEmpty()) {
      return;
    }
    List<Object> args = new ArrayList<>(k);
    args.add(r.date());
    args.addAll(parties);
    args.add(EvidenceRule.needed(k.size()));
    String sql = "SELECT t.record_id, t.seq, group_concat(t.term, ' ') FROM report_terms t "
        + "JOIN records e ON e.id = t.record_id AND e.superseded_by IS NULL "
        + "WHERE t.term IN (" + EvidenceTables.marks(k) + ") AND e.date > ? "
        + "AND EXISTS (SELECT 1 FROM countries x WHERE x.record_id = e.id AND x.code IN (" + EvidenceTables.marks(parties)
        + ")) GROUP BY t.record_id, t.seq HAVING count(*) >= ? ORDER BY t.record_id, t.seq";
    List<Object[]> links = new ArrayList<>();
    try (PreparedStatement p = prepare(c, sql, args); ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        Set<String> shared = new LinkedHashSet<>(Arrays.asList(rs.getString(3).split(" ")));
        Optional<EvidenceRule.Match> m = EvidenceRule.match(k, shared);
        if (m.isPresent()) {
          links.add(new Object[] {rs.getString(1), rs.getInt(2), m.get()});
        }
      }
    }
    for (Object[] l : links) {
      insertEvidence(c, r.id(), ord, (String) l[0], (Integer) l[1], (EvidenceRule.Match) l[2]);
    }
  }

  /** (b) A new report sentence against the commitments of earlier current records. */
  private void linkToEarlierCommitments(Connection c, Record r, ReportSentence s, Set<String> countries)
      throws SQLException {
    if (countries.isEmpty()) {
      return;
    }
    List<Object> args = new ArrayList<>(s.terms());
    args.add(r.date());
    args.add(EvidenceRule.MIN_SHARED);
    String sql = "SELECT ct.record_id, ct.ord FROM commitment_terms ct "
        + "JOIN records k ON k.id = ct.record_id AND k.superseded_by IS NULL "
        + "WHERE ct.term IN (" + EvidenceTables.marks(s.terms()) + ") AND k.date < ? "
        + "GROUP BY ct.record_id, ct.ord HAVING count(*) >= ? ORDER BY ct.record_id, ct.ord";
    List<String[]> candidates = new ArrayList<>();
    try (PreparedStatement p = prepare(c, sql, args); ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        candidates.add(new String[] {rs.getString(1), String.valueOf(rs.getInt(2))});
      }
    }
    for (String[] cand : candidates) {
      int ord = Integer.parseInt(cand[1]);
      if (Collections.disjoint(EvidenceTables.parties(c, cand[0], ord), countries)) {
        continue;
      }
      List<String> k = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement(
          "SELECT term FROM commitment_terms WHERE record_id = ? AND ord = ? ORDER BY rowid")) {
        p.setString(1, cand[0]);
        p.setInt(2, ord);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            k.add(rs.getString(1));
          }
        }
      }
      Optional<EvidenceRule.Match> m = EvidenceRule.match(k, s.terms());
      if (m.isPresent()) {
        insertEvidence(c, cand[0], ord, r.id(), s.seq(), m.get());
        refresh(c, cand[0], ord);
      }
    }
  }

  private static void insertEvidence(Connection c, String recordId, int ord, String evidenceRecord, int seq,
      EvidenceRule.Match m) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT OR REPLACE INTO commitment_evidence(record_id, ord, "
        + "evidence_record, evidence_seq, kind, score, matched) "
        + "SELECT ?, ?, ?, ?, kind, ?, ? FROM report_sentences WHERE record_id = ? AND seq = ?")) {
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

  /** Recomputes one commitment's suggested status from its evidence (no cut-off date). */
  private static void refresh(Connection c, String recordId, int ord) throws SQLException {
    String due = null;
    try (PreparedStatement p = c.prepareStatement("SELECT due FROM commitments WHERE record_id = ? AND ord = ?")) {
      p.setString(1, recordId);
      p.setInt(2, ord);
      try (ResultSet rs = p.executeQuery()) {
        if (!rs.next()) {
          return;
        }
        due = rs.getString(1);
      }
    }
    Optional<Evidence> e = StatusRule.decisive(due, EvidenceTables.of(c, recordId, ord), null);
    try (PreparedStatement p = c.prepareStatement(
        "UPDATE commitments SET status = ?, evidence_record = ?, evidence_text = ? WHERE record_id = ? AND ord = ?")) {
      p.setString(1, e.map(x -> x.kind().name()).orElse(CommitmentStatus.open.name()));
      p.setString(2, e.map(Evidence::recordId).orElse(null));
      p.setString(3, e.map(Evidence::sentence).orElse(null));
      p.setString(4, recordId);
      p.setInt(5, ord);
      p.executeUpdate();
    }
  }

  private static PreparedStatement prepare(Connection c, String sql, List<Object> args) throws SQLException {
    PreparedStatement p = c.prepareStatement(sql);
    for (int i = 0; i < args.size(); i++) {
      p.setObject(i + 1, args.get(i));
    }
    return p;
  }

  private static long count(Connection c, String sql, String arg) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, arg);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
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
