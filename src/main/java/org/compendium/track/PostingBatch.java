package org.compendium.track;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.compendium.store.Prepared;

/**
 * Postings to insert, held until {@link #flush} and then inserted table by table in key order: the postings
 * tables are keyed by (key, day, record, position), so postings from many records inserted in that order touch
 * each B-tree page once instead of once per record (a sweep flushes every few thousand records; tracking one
 * record flushes its own before linking it). About 60 bytes a posting while held.
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
}
