package org.compendium.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V10 rebuilds {@code places} and {@code temporals} without their primary keys: every row and column of a store
 * written by an older build comes through unchanged, and the tables have no index left (on the store of
 * {@link V5Store}).
 */
class UnkeyedFactsMigrationTest {
  private static final List<String> TABLES = List.of("places", "temporals");

  @TempDir Path dir;

  @Test
  void placesAndTemporalsKeepEveryRowAndLoseTheirKeys() throws Exception {
    V5Store.migratedTo(dir, "9");
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
    return V5Store.rowsOf(c, "SELECT * FROM " + table + " ORDER BY record_id, ord");
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
