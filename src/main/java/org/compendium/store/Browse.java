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
 * Read-only questions the web application asks of the database directly: counts of current records and their
 * facts, and current records a page at a time, newest first. Its own connection (WAL: reads never block the
 * writer), used under this object's lock. People, instruments and commitments across records are the linking
 * ({@code store.link}) and tracking ({@code track}) services' questions, not this class's.
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







  /** The first {@code limit} current records in date order (undated last), then by id: an unfiltered timeline. */
  public synchronized List<Summary> byDate(int limit) {
    return query("SELECT id, title, date, kind, issuer FROM records r WHERE " + CURRENT
        + " ORDER BY r.date IS NULL, r.date, r.id LIMIT ?", List.of(limit),
        rs -> new Summary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
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
    try {
      List<T> out = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement(sql)) {
        for (int i = 0; i < args.size(); i++) {
          p.setObject(i + 1, args.get(i));
        }
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            out.add(row.map(rs));
          }
        }
      }
      c.commit();  // ends the read transaction (statement closed) so the next read sees the latest writes
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
