package org.compendium.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V12 rebuilds six fact tables with their keys as named unique indexes: on a store written by an older build
 * ({@link V5Store}), every row and column comes through in its order, and every key of {@link FactKeys} is there.
 */
class FactKeysMigrationTest {
  @TempDir Path dir;

  @Test
  void sixTablesKeepEveryRowAndGetTheirKeysAsIndexes() throws Exception {
    V5Store.migratedTo(dir, "11");
    List<List<String>> before = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(Database.url(dir))) {
      for (String table : FactKeysTest.TABLES) {
        before.add(V5Store.rowsOf(c, "SELECT * FROM " + table + " ORDER BY rowid"));
        assertTrue(before.get(before.size() - 1).size() > 20, table + " rows in the fixture");
      }
      assertEquals(List.copyOf(FactKeys.KEYS.keySet()), FactKeys.missing(c), "before V12 the keys have no name");
    }
    try (Connection c = Database.open(dir)) {
      for (int i = 0; i < FactKeysTest.TABLES.size(); i++) {
        String table = FactKeysTest.TABLES.get(i);
        assertEquals(before.get(i), V5Store.rowsOf(c, "SELECT * FROM " + table + " ORDER BY rowid"),
            table);
      }
      assertEquals(List.of(), FactKeys.missing(c));
    }
  }
}
