package org.compendium.track;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.compendium.store.Prepared;
import org.compendium.util.LruMap;

/**
 * {@link NearestPairs#mutualReports} for the commitments of a sweep, which come in the postings' own order
 * ({@link DatedCommitments}) while no posting changes: per key it keeps the run of postings it last read from some
 * place on, {@value #RUN} of them instead of the {@value EvidenceRule#NEAREST} a window needs, and answers the next
 * commitments on that key from the run as long as it reaches far enough (a run that holds every posting left on
 * its key always does). Keys come back soon: replaying the sweep of a 100k store, 47% of a reader's key lookups
 * were of one of its last 10,000 keys. Gives exactly what {@link NearestPairs#mutualReports} reads (any order is
 * answered right; a run read after a later place is read again). One thread; valid only while the postings do not
 * change.
 */
final class KeyWindows {
  /** Postings read at once on a key. */
  static final int RUN = 4 * EvidenceRule.NEAREST;
  private static final int N = EvidenceRule.NEAREST;

  private final Map<Long, Run> reports;
  private final Map<Long, Run> commitments;

  /** Keeps the runs of the {@code keys} keys last asked for, on each side. */
  KeyWindows(int keys) {
    reports = new LruMap<>(keys);
    commitments = new LruMap<>(keys);
  }

  /**
   * The postings of one key after place {@code from}, in (day, record, position) order, as read: the first
   * {@value #RUN}, or all of them ({@code complete}) if fewer.
   */
  private record Run(NearestPairs.Post from, int[] days, long[] recs, int[] pos, boolean complete) {
    static Run of(NearestPairs.Post from, List<NearestPairs.Post> read) {
      int n = read.size();
      int[] days = new int[n];
      long[] recs = new long[n];
      int[] pos = new int[n];
      for (int i = 0; i < n; i++) {
        NearestPairs.Post p = read.get(i);
        days[i] = p.day();
        recs[i] = p.rec();
        pos[i] = p.pos();
      }
      return new Run(from, days, recs, pos, n < RUN);
    }

    int size() {
      return days.length;
    }

    NearestPairs.Post post(int i) {
      return new NearestPairs.Post(recs[i], days[i], pos[i]);
    }

    /**
     * Where the postings after place {@code q} begin in this run, if it holds the first {@value EvidenceRule#NEAREST}
     * of them (or all there are); else -1. A run read after an earlier place holds every posting after {@code q}
     * up to its end.
     */
    int start(NearestPairs.Post q) {
      if (compare(from.day(), from.rec(), from.pos(), q) > 0) {
        return -1;
      }
      int i = 0;
      while (i < days.length && compare(days[i], recs[i], pos[i], q) <= 0) {
        i++;
      }
      return days.length - i >= N || complete ? i : -1;
    }

    private static int compare(int day, long rec, int pos, NearestPairs.Post q) {
      int cmp = Integer.compare(day, q.day());
      if (cmp == 0) {
        cmp = Long.compare(rec, q.rec());
      }
      return cmp != 0 ? cmp : Integer.compare(pos, q.pos());
    }
  }

  /** The report sentences mutually near commitment {@code c} on {@code key}, nearest first. */
  List<NearestPairs.Post> mutualReports(Prepared s, long key, NearestPairs.Post c) throws SQLException {
    // the reports dated after c's day: after the last place of that day
    NearestPairs.Post afterDay = new NearestPairs.Post(Long.MAX_VALUE, c.day(), Integer.MAX_VALUE);
    Run run = reports.get(key);
    int from = run == null ? -1 : run.start(afterDay);
    if (from < 0) {
      run = Run.of(afterDay, NearestPairs.reportsAfter(s, key, c.day(), RUN));
      reports.put(key, run);
      from = 0;
    }
    if (from == run.size()) {
      return List.of();
    }
    Integer bound = nthCommitmentDayAfter(s, key, c);
    List<NearestPairs.Post> mutual = new ArrayList<>(N);
    for (int i = from; i < Math.min(run.size(), from + N); i++) {
      if (bound == null || bound >= run.days()[i]) {
        mutual.add(run.post(i));
      }
    }
    return mutual;
  }

  /** The day of the {@value EvidenceRule#NEAREST}th commitment after {@code c} on {@code key}, or null if fewer. */
  private Integer nthCommitmentDayAfter(Prepared s, long key, NearestPairs.Post c) throws SQLException {
    Run run = commitments.get(key);
    int from = run == null ? -1 : run.start(c);
    if (from < 0) {
      run = Run.of(c, NearestPairs.commitmentsAfter(s, key, c, RUN));
      commitments.put(key, run);
      from = 0;
    }
    return from + N - 1 < run.size() ? run.days()[from + N - 1] : null;
  }
}
