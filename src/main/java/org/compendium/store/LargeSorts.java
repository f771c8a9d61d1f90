package org.compendium.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs statements whose sorts outgrow memory (building a key, moving millions of queued rows into a B-tree in its
 * order): their sorts spill to temporary files rather than memory (the store's setting; in memory a key of a
 * 1M-record archive took twice as long) and may use every core, as nothing else runs meanwhile. The connection's
 * settings are put back afterwards.
 */
public final class LargeSorts {
  /** Statements to run with those settings. */
  public interface Work {
    void run(Statement s) throws SQLException;
  }

  private LargeSorts() {}

  public static void run(Connection c, Work work) throws SQLException {
    try (Statement s = c.createStatement()) {
      int tempStore = pragma(s, "temp_store");
      int threads = pragma(s, "threads");
      s.execute("PRAGMA temp_store = FILE");
      s.execute("PRAGMA threads = " + Runtime.getRuntime().availableProcessors());
      try {
        work.run(s);
      } finally {
        s.execute("PRAGMA temp_store = " + tempStore);
        s.execute("PRAGMA threads = " + threads);
      }
    }
  }

  private static int pragma(Statement s, String name) throws SQLException {
    try (ResultSet rs = s.executeQuery("PRAGMA " + name)) {
      return rs.getInt(1);
    }
  }
}
