package org.compendium.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Read-only questions the web application asks of the database directly: counts, a page of current records,
 * latest records, commitments with due dates, the most-cited instruments, a person's and an instrument's rows.
 * Its own connection (WAL: reads never block the writer), used under this object's lock. What it answers is
 * what the fact tables hold, record by record: cross-record linking (one canonical person, registry entries,
 * derived commitment status) belongs to the linking and tracking services, which the serve layer prefers
 * when they are present.
 */
public final class Browse implements AutoCloseable {
  private static final String CURRENT = "r.superseded_by IS NULL";

  private final Connection c;

  private Browse(Connection c) {
    this.c = c;
  }

  public static Browse open(Path dir) {
    try {
      Files.createDirectories(dir);
      return new Browse(Database.open(dir));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create store directory " + dir + ": " + e.getMessage(), e);
    } catch (SQLException e) {
      throw new StoreException("cannot open store " + dir + ": " + e.getMessage(), e);
    }
  }

  /** A current record in a list. */
  public record Summary(String id, String title, String date, String kind, String issuer) {}

  /** One page of current records, newest date first. */
  public record Page(long total, int offset, List<Summary> records) {}

  /** A commitment row: its record, position, sentence, due date, status (a human decision wins), parties. */
  public record CommitmentRow(String recordId, int ord, String recordTitle, String recordDate, String text,
      String due, String dueText, Integer spanStart, Integer spanEnd, String status, boolean decided,
      String evidenceRecord, String evidenceText, List<String> parties) {}

  /** An instrument as the fact tables know it: key (registry id, else name), a name, records citing it. */
  public record InstrumentCount(String key, String name, Integer year, long records) {}

  /** One mention of an instrument in a record, with the record's date and the relation (cited, signed...). */
  public record InstrumentMention(String recordId, String recordTitle, String recordDate, String name,
      Integer year, String relation, Integer spanStart, Integer spanEnd) {}

  /** A person as named in one record: role and country there. */
  public record Appearance(String recordId, String recordTitle, String recordDate, String name, String role,
      String country) {}

  /** A statement of a record, with its speaker and the record's date. */
  public record StatementRow(String recordId, String recordTitle, String recordDate, int ord, String speaker,
      String act, String text, Integer spanStart, Integer spanEnd) {}

  /** Counts of current records and of their facts. */
  public synchronized Map<String, Long> counts() {
    Map<String, Long> out = new LinkedHashMap<>();
    out.put("records", count("SELECT count(*) FROM records r WHERE " + CURRENT));
    out.put("people", count("SELECT count(DISTINCT p.name) FROM participants p JOIN records r ON r.id = p.record_id"
        + " WHERE " + CURRENT));
    out.put("instruments", count("SELECT count(DISTINCT coalesce(i.instrument_id, i.name)) FROM instruments i"
        + " JOIN records r ON r.id = i.record_id WHERE " + CURRENT));
    out.put("commitments", count("SELECT count(*) FROM commitments m JOIN records r ON r.id = m.record_id WHERE "
        + CURRENT));
    out.put("statements", count("SELECT count(*) FROM statements s JOIN records r ON r.id = s.record_id WHERE "
        + CURRENT));
    return out;
  }

  /** Current records, newest date first (undated last), then by id. */
  public synchronized Page page(int offset, int limit) {
    long total = count("SELECT count(*) FROM records r WHERE " + CURRENT);
    List<Summary> rows = query("SELECT id, title, date, kind, issuer FROM records r WHERE " + CURRENT
        + " ORDER BY r.date IS NULL, r.date DESC, r.id LIMIT ? OFFSET ?", List.of(limit, offset),
        rs -> new Summary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
    return new Page(total, offset, rows);
  }

  /** Commitments of current records, each with its parties and effective status, in due-date order. */
  public synchronized List<CommitmentRow> commitments() {
    Map<String, List<String>> parties = new LinkedHashMap<>();
    for (String[] p : query("SELECT record_id || '#' || ord, country FROM commitment_parties ORDER BY country",
        List.of(), rs -> new String[] {rs.getString(1), rs.getString(2)})) {
      parties.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p[1]);
    }
    return query("SELECT m.record_id, m.ord, r.title, r.date, m.text, m.due, m.due_text, m.span_start, m.span_end,"
        + " coalesce((SELECT d.status FROM commitment_decisions d WHERE d.record_id = m.record_id AND d.ord = m.ord"
        + " ORDER BY d.id DESC LIMIT 1), m.status),"
        + " EXISTS (SELECT 1 FROM commitment_decisions d WHERE d.record_id = m.record_id AND d.ord = m.ord),"
        + " m.evidence_record, m.evidence_text"
        + " FROM commitments m JOIN records r ON r.id = m.record_id WHERE " + CURRENT
        + " ORDER BY m.due IS NULL, m.due, r.date, m.record_id, m.ord", List.of(),
        rs -> new CommitmentRow(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getString(7), intOrNull(rs, 8), intOrNull(rs, 9), rs.getString(10),
            rs.getBoolean(11), rs.getString(12), rs.getString(13),
            List.copyOf(parties.getOrDefault(rs.getString(1) + "#" + rs.getInt(2), List.of()))));
  }

  /** Instruments by the number of current records citing them (registry id, else name, as the key). */
  public synchronized List<InstrumentCount> topInstruments(int limit) {
    return query("SELECT coalesce(i.instrument_id, i.name) AS k, min(i.name), max(i.year),"
        + " count(DISTINCT i.record_id) AS n FROM instruments i JOIN records r ON r.id = i.record_id WHERE " + CURRENT
        + " GROUP BY k ORDER BY n DESC, k LIMIT ?", List.of(limit),
        rs -> new InstrumentCount(rs.getString(1), rs.getString(2), intOrNull(rs, 3), rs.getLong(4)));
  }

  /** Every mention row of the instrument with this registry id or (case-insensitive) name, by record date. */
  public synchronized List<InstrumentMention> instrument(String key) {
    return query("SELECT r.id, r.title, r.date, i.name, i.year, i.relation, i.span_start, i.span_end"
        + " FROM instruments i JOIN records r ON r.id = i.record_id WHERE " + CURRENT
        + " AND (i.instrument_id = ? OR (i.instrument_id IS NULL AND lower(i.name) = lower(?)))"
        + " ORDER BY r.date IS NULL, r.date, r.id, i.ord", List.of(key, key),
        rs -> new InstrumentMention(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            intOrNull(rs, 5), rs.getString(6), intOrNull(rs, 7), intOrNull(rs, 8)));
  }

  /** Records in which a participant of this name (case-insensitive) appears, by record date. */
  public synchronized List<Appearance> appearances(String name) {
    return query("SELECT r.id, r.title, r.date, p.name, p.role, p.country FROM participants p"
        + " JOIN records r ON r.id = p.record_id WHERE " + CURRENT + " AND lower(p.name) = lower(?)"
        + " ORDER BY r.date IS NULL, r.date, r.id", List.of(name),
        rs -> new Appearance(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6)));
  }

  /** Statements whose speaker has this name (case-insensitive), by record date. */
  public synchronized List<StatementRow> statementsBy(String name) {
    return query("SELECT r.id, r.title, r.date, s.ord, s.speaker, s.act, s.text, s.span_start, s.span_end"
        + " FROM statements s JOIN records r ON r.id = s.record_id WHERE " + CURRENT
        + " AND lower(s.speaker) = lower(?) ORDER BY r.date IS NULL, r.date, r.id, s.ord", List.of(name),
        rs -> new StatementRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
            rs.getString(6), rs.getString(7), intOrNull(rs, 8), intOrNull(rs, 9)));
  }

  /** People by the number of current records they appear in. */
  public synchronized List<Map.Entry<String, Long>> topPeople(int limit) {
    return query("SELECT p.name, count(DISTINCT p.record_id) AS n FROM participants p JOIN records r"
        + " ON r.id = p.record_id WHERE " + CURRENT + " GROUP BY p.name ORDER BY n DESC, p.name LIMIT ?",
        List.of(limit), rs -> Map.entry(rs.getString(1), rs.getLong(2)));
  }

  private static Integer intOrNull(ResultSet rs, int col) throws SQLException {
    int v = rs.getInt(col);
    return rs.wasNull() ? null : v;
  }

  private long count(String sql) {
    return query(sql, List.of(), rs -> rs.getLong(1)).get(0);
  }

  private interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private <T> List<T> query(String sql, List<Object> args, Row<T> row) {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < args.size(); i++) {
        p.setObject(i + 1, args.get(i));
      }
      List<T> out = new ArrayList<>();
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(row.map(rs));
        }
      }
      c.commit();  // ends the read transaction so the WAL can be checkpointed
      return out;
    } catch (SQLException e) {
      try {
        c.rollback();
      } catch (SQLException ignored) {
        // the query's failure is the one worth reporting
      }
      throw new StoreException("query failed: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      c.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close store: " + e.getMessage(), e);
    }
  }
}
