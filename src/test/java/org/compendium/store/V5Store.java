package org.compendium.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.flywaydb.core.Flyway;

/**
 * For the migration tests: the store of {@code PostingsMigrationTest}, written by the build of schema V5 (42 records
 * of generated and hand-written text), brought to an older schema than the current one, and the rows of a query.
 */
final class V5Store {
  private static final Path FILE = Path.of("src/test/resources/track/v5/archive.db.gz");

  private V5Store() {}

  /** Writes the V5 database into {@code dir} and migrates it to schema {@code version}. */
  static void migratedTo(Path dir, String version) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(FILE))) {
      Files.copy(in, dir.resolve(Database.FILE));
    }
    Flyway.configure().dataSource(Database.url(dir), null, null).locations("classpath:db/migration").target(version)
        .load().migrate();
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
}
