package org.compendium.archive;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.compendium.util.Hashes;

/**
 * Reads a store's database directly (its own read-only connection, as another process would) for the crash and
 * concurrency tests: integrity check, the current records with a hash of their JSON, row counts of every table
 * that holds facts of records, and the fact rows of one record.
 */
final class StoreCheck implements AutoCloseable {
  private final Connection c;

  StoreCheck(Path store) throws SQLException {
    c = DriverManager.getConnection("jdbc:sqlite:" + store.resolve("archive.db").toAbsolutePath() + "?open_mode=1");
  }

  /** {@code PRAGMA integrity_check}: "ok" for a sound database file. */
  String integrity() throws SQLException {
    return strings("PRAGMA integrity_check").toString();
  }

  /** Current record id to a hash of its stored JSON (the whole record as extraction produced it). */
  Map<String, String> currentRecords() throws SQLException {
    Map<String, String> out = new TreeMap<>();
    try (ResultSet rs = c.createStatement().executeQuery("SELECT id, json FROM records WHERE superseded_by IS NULL")) {
      while (rs.next()) {
        out.put(rs.getString(1), Hashes.sha256(org.compendium.store.StoredJson.unpack(rs.getBytes(2))));
      }
    }
    return out;
  }

  /** Rows of {@code records}, every version (a cheap count to poll while a child ingests). */
  long records() throws SQLException {
    return count("SELECT count(*) FROM records", null);
  }

  /** Row count of {@code records} and of every table with a {@code record_id} column (facts and links). */
  Map<String, Long> tableCounts() throws SQLException {
    Map<String, Long> out = new TreeMap<>();
    for (String t : factTables()) {
      out.put(t, count("SELECT count(*) FROM \"" + t + "\"", null));
    }
    out.put("records", records());
    return out;
  }

  /** Fact rows of one record, per table with a {@code record_id} column. */
  Map<String, Long> factsOf(String recordId) throws SQLException {
    Map<String, Long> out = new TreeMap<>();
    for (String t : factTables()) {
      out.put(t, count("SELECT count(*) FROM \"" + t + "\" WHERE record_id = ?", recordId));
    }
    return out;
  }

  private List<String> factTables() throws SQLException {
    List<String> out = new ArrayList<>();
    for (String t : strings("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
      if (strings("SELECT name FROM pragma_table_info('" + t.replace("'", "''") + "')").contains("record_id")) {
        out.add(t);
      }
    }
    return out;
  }

  private List<String> strings(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  private long count(String sql, String arg) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      if (arg != null) {
        p.setString(1, arg);
      }
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }

  @Override
  public void close() throws SQLException {
    c.close();
  }
}
