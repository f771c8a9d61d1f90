package org.compendium.track;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import org.compendium.store.Prepared;
import org.compendium.util.IsoDates;

/**
 * The dated commitments with posting keys of every tracked record, as places (tracked record number, ord) in the
 * postings' order (day, record number, ord), for a {@link CommitmentTracker} sweep. Commitments of nearby dates
 * are near the same report sentences, so a sweep in this order finds most of a commitment's sentences already read
 * for its neighbours. Held in
 * primitive arrays: about 20 bytes a commitment (80 MB for four million; 8 more each while sorting).
 */
final class DatedCommitments {
  private long[] recs = new long[1024];
  private int[] ords = new int[1024];
  private int[] days = new int[1024];
  private int size;
  /** Positions in the postings' order. */
  private final int[] order;

  DatedCommitments(Prepared s) throws SQLException {
    // in commitment_keys' own order, so that the lookups of tracked_records and records walk their keys in order
    try (ResultSet rs = s.bind("SELECT t.n, k.ord, r.date FROM commitment_keys k "
        + "JOIN tracked_records t ON t.record_id = k.record_id JOIN records r ON r.id = k.record_id").executeQuery()) {
      while (rs.next()) {
        String date = rs.getString(3);
        if (IsoDates.valid(date)) {
          add(rs.getLong(1), rs.getInt(2), Postings.day(date));
        }
      }
    }
    long[] byDay = new long[size];  // day (27 bits) above position (at most 2^31): one primitive sort
    for (int i = 0; i < size; i++) {
      byDay[i] = (long) days[i] << 32 | i;
    }
    Arrays.sort(byDay);
    order = new int[size];
    for (int i = 0; i < size; i++) {
      order[i] = (int) byDay[i];
    }
    // within a day, in the postings' own order (record number, ord): each key's postings of the day are then met
    // in order, so a run read for one commitment serves the next ones (KeyWindows)
    for (int from = 0, to; from < size; from = to) {
      to = from + 1;
      while (to < size && days[order[to]] == days[order[from]]) {
        to++;
      }
      if (to - from > 1) {
        Integer[] day = new Integer[to - from];
        for (int i = from; i < to; i++) {
          day[i - from] = order[i];
        }
        Arrays.sort(day, (a, b) -> recs[a] != recs[b] ? Long.compare(recs[a], recs[b])
            : Integer.compare(ords[a], ords[b]));
        for (int i = from; i < to; i++) {
          order[i] = day[i - from];
        }
      }
    }
  }

  private void add(long rec, int ord, int day) {
    if (size == recs.length) {
      recs = Arrays.copyOf(recs, size * 2);
      ords = Arrays.copyOf(ords, size * 2);
      days = Arrays.copyOf(days, size * 2);
    }
    recs[size] = rec;
    ords[size] = ord;
    days[size] = day;
    size++;
  }

  int size() {
    return size;
  }

  /** The tracked record number of the {@code i}th commitment in the postings' order. */
  long rec(int i) {
    return recs[order[i]];
  }

  /** The place (tracked record number, day, ord) of the {@code i}th commitment in the postings' order. */
  NearestPairs.Post place(int i) {
    return new NearestPairs.Post(recs[order[i]], days[order[i]], ords[order[i]]);
  }
}
