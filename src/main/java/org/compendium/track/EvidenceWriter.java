package org.compendium.track;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.compendium.store.Prepared;

/**
 * Writes of the tracker's evidence rows and suggested statuses ({@code commitment_evidence},
 * {@code commitments.status}), on the caller's statements and transaction. A commitment keeps its
 * {@link EvidenceRule#MAX_EVIDENCE} strongest pieces of evidence, ranked by the pieces alone (score, then the
 * latest record, then record and sentence), so the kept set does not depend on the order they came in.
 */
final class EvidenceWriter {
  private EvidenceWriter() {}

  /** Writes a piece of evidence: report sentence {@code evidenceRecord#seq}, of {@code kind}, for a commitment. */
  static void insert(Prepared s, String recordId, int ord, String evidenceRecord, int seq, String kind,
      EvidenceRule.Match m) throws SQLException {
    s.update("INSERT OR REPLACE INTO commitment_evidence(record_id, ord, evidence_record, evidence_seq, kind, score, "
        + "matched) VALUES (?,?,?,?,?,?,?)", recordId, ord, evidenceRecord, seq, kind, m.score(),
        String.join(" ", m.shared()));
  }

  private static final String RANKING = "ORDER BY e.score DESC, r.date DESC, e.evidence_record, e.evidence_seq";

  /**
   * Adds a new piece of evidence {@code evidenceRecord#seq} (of {@code kind}, of a record dated {@code date}) to a
   * commitment if it
   * is among its {@link EvidenceRule#MAX_EVIDENCE} strongest ({@link #keepStrongest}'s ranking), dropping the
   * weakest kept if the set was full; returns whether it was added. One ranking read: the weakest kept piece, and
   * whether there are more than the bound (a store of an older build), which {@link #keepStrongest} then trims.
   */
  static boolean addIfStrong(Prepared s, String recordId, int ord, EvidenceRule.Match m, String date,
      String evidenceRecord, int seq, String kind) throws SQLException {
    PreparedStatement p = s.bind("SELECT e.score, r.date, e.evidence_record, e.evidence_seq "
        + "FROM commitment_evidence e JOIN records r ON r.id = e.evidence_record WHERE e.record_id = ? AND e.ord = ? "
        + RANKING + " LIMIT 2 OFFSET " + (EvidenceRule.MAX_EVIDENCE - 1));
    p.setString(1, recordId);
    p.setInt(2, ord);
    String weakestRecord = null;
    int weakestSeq = 0;
    boolean more = false;
    try (ResultSet rs = p.executeQuery()) {
      if (rs.next()) {
        int cmp = Double.compare(m.score(), rs.getDouble(1));
        if (cmp == 0) {
          cmp = date.compareTo(rs.getString(2));
        }
        if (cmp == 0) {
          cmp = -evidenceRecord.compareTo(rs.getString(3));
        }
        if (cmp == 0) {
          cmp = -Integer.compare(seq, rs.getInt(4));
        }
        if (cmp <= 0) {
          return false;
        }
        weakestRecord = rs.getString(3);
        weakestSeq = rs.getInt(4);
        more = rs.next();
      }
    }
    insert(s, recordId, ord, evidenceRecord, seq, kind, m);
    if (more) {
      return keepStrongest(s, recordId, ord, evidenceRecord, seq);
    }
    if (weakestRecord != null) {  // the set was full: the new piece takes the weakest one's place
      s.update("DELETE FROM commitment_evidence WHERE record_id = ? AND ord = ? AND evidence_record = ? "
          + "AND evidence_seq = ?", recordId, ord, weakestRecord, weakestSeq);
    }
    return true;
  }

  /**
   * Keeps the {@link EvidenceRule#MAX_EVIDENCE} strongest pieces of evidence of a commitment: highest score, then
   * the latest record, then a fixed order. The ranking depends on the pieces alone, so the kept set does not
   * depend on the order records arrived in. Returns whether the piece {@code evidenceRecord#seq} (if not null)
   * is still there.
   */
  static boolean keepStrongest(Prepared s, String recordId, int ord, String evidenceRecord, int seq)
      throws SQLException {
    PreparedStatement n = s.bind("SELECT count(*) FROM commitment_evidence WHERE record_id = ? AND ord = ?");
    n.setString(1, recordId);
    n.setInt(2, ord);
    try (ResultSet rs = n.executeQuery()) {
      if (rs.next() && rs.getInt(1) <= EvidenceRule.MAX_EVIDENCE) {
        return true;  // room for all: the usual case, a cheap seek
      }
    }
    PreparedStatement p = s.bind("DELETE FROM commitment_evidence WHERE record_id = ?1 AND ord = ?2 AND rowid NOT IN "
        + "(SELECT e.rowid FROM commitment_evidence e JOIN records r ON r.id = e.evidence_record "
        + "WHERE e.record_id = ?1 AND e.ord = ?2 " + RANKING + " LIMIT " + EvidenceRule.MAX_EVIDENCE + ")");
    p.setString(1, recordId);
    p.setInt(2, ord);
    p.executeUpdate();
    if (evidenceRecord == null) {
      return true;
    }
    PreparedStatement kept = s.bind("SELECT 1 FROM commitment_evidence "
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
  static void refresh(Prepared s, String recordId, int ord) throws SQLException {
    String due = null;
    {
      PreparedStatement p = s.bind("SELECT due FROM commitments WHERE record_id = ? AND ord = ?");
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
        EvidenceTables.of(s.bind(EvidenceTables.OF_ONE), recordId, ord), null);
    {
      PreparedStatement p = s.bind(
        "UPDATE commitments SET status = ?, evidence_record = ?, evidence_text = ? WHERE record_id = ? AND ord = ?");
      p.setString(1, e.map(x -> x.kind().name()).orElse(CommitmentStatus.open.name()));
      p.setString(2, e.map(Evidence::recordId).orElse(null));
      p.setString(3, e.map(Evidence::sentence).orElse(null));
      p.setString(4, recordId);
      p.setInt(5, ord);
      p.executeUpdate();
    }
  }
}
