package org.compendium.track;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.compendium.store.LargeSorts;
import org.compendium.store.Prepared;
import org.compendium.util.Progress;

/**
 * Postings to insert, held until {@link #flush} and then inserted table by table in key order: the postings
 * tables are keyed by (key, day, record, position), so postings from many records inserted in that order touch
 * each B-tree page once instead of once per record (tracking one record flushes its own before linking it).
 * About 60 bytes a posting while held. A sweep, which posts a large share of the archive before it reads any
 * posting, {@link #queue}s them instead (schema V16's {@code posting_queue}, appended to) and moves the whole
 * queue into the tables when every record is posted ({@link #drainQueue}): one sorted insert per table, each page
 * written once, where the batches of a million-record sweep touched pages all over B-trees no cache held.
 */
final class PostingBatch {
  /** Each posting: side (ordinal), key, day, tracked record number, position. */
  private final List<long[]> rows = new ArrayList<>();

  void add(Postings.Side side, long key, int day, long rec, int pos) {
    rows.add(new long[] {side.ordinal(), key, day, rec, pos});
  }

  /** Inserts the postings held (a posting already there is left as it is) and forgets them. */
  void flush(Prepared s) throws SQLException {
    rows.sort(Arrays::compare);
    for (Postings.Side side : Postings.Side.values()) {
      String sql = "INSERT OR IGNORE INTO " + side.table + "(key, day, rec, " + side.position + ") VALUES (?,?,?,?)";
      PreparedStatement p = s.batch(sql);
      boolean any = false;
      for (long[] r : rows) {
        if (r[0] == side.ordinal()) {
          p.setLong(1, r[1]);
          p.setInt(2, (int) r[2]);
          p.setLong(3, r[3]);
          p.setInt(4, (int) r[4]);
          p.addBatch();
          any = true;
        }
      }
      if (any) {
        p.executeBatch();
      }
    }
    rows.clear();
  }

  /** Appends the postings held to the queue (in no order: it is sorted when drained) and forgets them. */
  void queue(Prepared s) throws SQLException {
    PreparedStatement p = s.batch("INSERT INTO posting_queue(side, key, day, rec, pos) VALUES (?,?,?,?,?)");
    for (long[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        p.setLong(i + 1, r[i]);
      }
      p.addBatch();
    }
    if (!rows.isEmpty()) {
      p.executeBatch();
    }
    rows.clear();
  }

  /**
   * The number of postings queued (0 unless a sweep is posting, or stopped before it drained them): the queue is
   * only appended to and emptied whole, so its last row id is its size.
   */
  static long queued(Prepared s) throws SQLException {
    List<Long> last = s.list("SELECT max(rowid) FROM posting_queue", rs -> rs.getLong(1));
    return last.get(0);
  }

  /**
   * Moves every queued posting into its table (a posting already there is left as it is), in the caller's
   * transaction, and empties the queue. Steps {@code progress} (may be null) by the postings of each table.
   */
  static void drainQueue(Prepared s, Progress progress) throws SQLException {
    LargeSorts.run(s.connection(), st -> {
      for (Postings.Side side : Postings.Side.values()) {
        int moved = st.executeUpdate("INSERT OR IGNORE INTO " + side.table + "(key, day, rec, " + side.position
            + ") SELECT key, day, rec, pos FROM posting_queue WHERE side = " + side.ordinal()
            + " ORDER BY key, day, rec, pos");
        if (progress != null) {
          progress.step(moved);
        }
      }
      st.executeUpdate("DELETE FROM posting_queue");
    });
  }
}
