package org.compendium.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Archive#skipSyncs} turns SQLite's disk syncs off for its own connection only: a store opens with
 * {@code synchronous=NORMAL} (1), is 0 (OFF) after the call, and opens at 1 again.
 */
class SkipSyncsTest {
  @TempDir Path dir;

  @Test
  void skippingSyncsLastsForThisOpenOnly() {
    try (Archive a = Archive.open(dir)) {
      assertEquals(1, synchronous(a), "WAL with NORMAL syncs by default");
      a.skipSyncs();
      assertEquals(0, synchronous(a));
    }
    try (Archive a = Archive.open(dir)) {
      assertEquals(1, synchronous(a), "the next open syncs again");
    }
  }

  private static int synchronous(Archive a) {
    return a.records().transact(c -> {
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA synchronous")) {
        rs.next();
        return rs.getInt(1);
      }
    });
  }
}
