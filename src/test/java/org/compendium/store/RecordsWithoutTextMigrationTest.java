package org.compendium.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V11 drops {@code records.text}: on a store written by an older build ({@link V5Store}), the column held exactly
 * the text of each row's JSON, so nothing is lost, and every other column of every row comes through unchanged.
 */
class RecordsWithoutTextMigrationTest {
  private static final String KEPT = "SELECT id, source_key, source_uri, format, sha256, title, date, kind, issuer, "
      + "json, ingested_at, version, superseded_by FROM records ORDER BY id";

  @TempDir Path dir;

  @Test
  void recordsKeepEveryOtherColumnAndTheirTextInTheJson() throws Exception {
    V5Store.migratedTo(dir, "10");
    List<String> before;
    try (Connection c = DriverManager.getConnection(Database.url(dir))) {
      before = V5Store.rowsOf(c, KEPT);
      assertTrue(before.size() >= 40, "records in the fixture: " + before.size());
      try (Statement s = c.createStatement();
           ResultSet rs = s.executeQuery("SELECT count(*), sum(text = json_extract(json, '$.text')) FROM records")) {
        assertEquals(rs.getInt(1), rs.getInt(2), "every row's text column is its JSON's text");
      }
      assertTrue(columns(c).contains("text"));
    }
    try (Connection c = Database.open(dir)) {
      assertEquals(before, V5Store.rowsOf(c, KEPT));
      assertFalse(columns(c).contains("text"), "V11 dropped the column");
    }
  }

  private static List<String> columns(Connection c) throws Exception {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA table_info(records)")) {
      while (rs.next()) {
        out.add(rs.getString("name"));
      }
    }
    return out;
  }
}
