package org.compendium.track;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compendium.model.Span;

/** Reads of the tracking tables shared by the tracker and the query service (SQL in one place). */
final class EvidenceTables {
  private static final String EVIDENCE = "SELECT e.record_id, e.ord, e.evidence_record, er.date, er.title, e.kind, "
      + "s.cue, s.text, s.span_start, s.span_end, e.score, e.matched FROM commitment_evidence e "
      + "JOIN report_sentences s ON s.record_id = e.evidence_record AND s.seq = e.evidence_seq "
      + "JOIN records er ON er.id = e.evidence_record AND er.superseded_by IS NULL ";
  // latest evidence first; ties by score, then a fixed order so the same store always answers the same way
  private static final String ORDER = " ORDER BY er.date DESC, e.score DESC, e.evidence_record, e.evidence_seq";

  private EvidenceTables() {}

  /** The query of {@link #of(PreparedStatement, String, int)}. */
  static final String OF_ONE = EVIDENCE + "WHERE e.record_id = ? AND e.ord = ?" + ORDER;

  /** The evidence of one commitment, latest first. */
  static List<Evidence> of(Connection c, String recordId, int ord) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(OF_ONE)) {
      return of(p, recordId, ord);
    }
  }

  /** The evidence of one commitment, latest first, with {@code p} prepared from {@link #OF_ONE}. */
  static List<Evidence> of(PreparedStatement p, String recordId, int ord) throws SQLException {
    p.setString(1, recordId);
    p.setInt(2, ord);
    return new ArrayList<>(read(p).getOrDefault(TrackedCommitment.id(recordId, ord), List.of()));
  }

  /** The evidence of every commitment of a current record, by commitment id, latest first. */
  static Map<String, List<Evidence>> ofCurrent(Connection c) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(EVIDENCE
        + "JOIN records kr ON kr.id = e.record_id AND kr.superseded_by IS NULL" + ORDER)) {
      return read(p);
    }
  }

  private static Map<String, List<Evidence>> read(PreparedStatement p) throws SQLException {
    Map<String, List<Evidence>> out = new HashMap<>();
    try (ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        Evidence e = new Evidence(rs.getString(3), rs.getString(4), rs.getString(5), Cues.Kind.valueOf(rs.getString(6)),
            rs.getString(7), rs.getString(8), new Span(rs.getInt(9), rs.getInt(10)), rs.getDouble(11),
            Arrays.asList(rs.getString(12).split(" ")));
        out.computeIfAbsent(TrackedCommitment.id(rs.getString(1), rs.getInt(2)), k -> new ArrayList<>()).add(e);
      }
    }
    return out;
  }

  /** The parties of a commitment: its own, else its record's countries. */
  static Set<String> parties(Connection c, String recordId, int ord) throws SQLException {
    Set<String> out = strings(c, "SELECT country FROM commitment_parties WHERE record_id = ? AND ord = ? ORDER BY country",
        recordId, ord);
    return out.isEmpty() ? countries(c, recordId) : out;
  }

  static Set<String> countries(Connection c, String recordId) throws SQLException {
    return strings(c, "SELECT code FROM countries WHERE record_id = ? ORDER BY code", recordId, null);
  }

  private static Set<String> strings(Connection c, String sql, String id, Integer ord) throws SQLException {
    Set<String> out = new LinkedHashSet<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, id);
      if (ord != null) {
        p.setInt(2, ord);
      }
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  /** {@code ?, ?, ?} for an IN list of {@code values}. */
  static String marks(Collection<?> values) {
    return String.join(", ", java.util.Collections.nCopies(values.size(), "?"));
  }
}
