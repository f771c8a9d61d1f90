package org.compendium.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V10 rebuilds {@code places} and {@code temporals} without their primary keys: every row and column of a store
 * written by an older build comes through unchanged, and the tables have no index left (the fixture is the V5 store
 * of {@code PostingsMigrationTest}: 42 records of generated and hand-written text).
 */
class UnkeyedFactsMigrationTest {
  private static final Path V5 = Path.of("src/test/resources/track/v5/archive.db.gz");
  private static final List<String> TABLES = List.of("places", "temporals");

  @TempDir Path dir;

  @Test
  void placesAndTemporalsKeepEveryRowAndLoseTheirKeys() throws Exception {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(V5))) {
      Files.copy(in, dir.resolve(Database.FILE));
    }
    Flyway.configure().dataSource(Database.url(dir), null, null).locations("classpath:db/migration").target("9")
        .load().migrate();
    List<List<String>> before = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(Database.url(dir))) {
      for (String table : TABLES) {
        before.add(rows(c, table));
        assertTrue(before.get(before.size() - 1).size() > 40, table + " rows in the fixture");
        assertEquals(1, indexes(c, table), table + " has its primary key before V10");
      }
    }
    try (Connection c = Database.open(dir)) {
      for (int i = 0; i < TABLES.size(); i++) {
        assertEquals(before.get(i), rows(c, TABLES.get(i)), TABLES.get(i));
        assertEquals(0, indexes(c, TABLES.get(i)), TABLES.get(i) + " has no index after V10");
      }
    }
  }

  /** Every row of {@code table}, every column, in key order. */
  private static List<String> rows(Connection c, String table) throws SQLException {
    return rowsOf(c, "SELECT * FROM " + table + " ORDER BY record_id, ord");
  }

  /** Every row {@code query} selects, each as its columns' names and values. */
  static List<String> rowsOf(Connection c, String query) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
      ResultSetMetaData meta = rs.getMetaData();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int col = 1; col <= meta.getColumnCount(); col++) {
          row.append(meta.getColumnName(col)).append('=').append(rs.getString(col)).append(' ');
        }
        out.add(row.toString());
      }
    }
    return out;
  }

  private static int indexes(Connection c, String table) throws SQLException {
    int n = 0;
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA index_list(" + table + ")")) {
      while (rs.next()) {
        n++;
      }
    }
    return n;
  }
}
