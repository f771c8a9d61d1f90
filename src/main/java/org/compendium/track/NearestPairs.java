package org.compendium.track;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.compendium.store.Prepared;

/**
 * Which commitments and report sentences are close enough in date to be compared, on one (party, term) key: the
 * bounded relation that keeps the cost of a record independent of the archive's size and still depends on the set
 * of stored records alone, never on the order they arrived in.
 *
 * <p>On a key, postings are ordered by (day, tracked record number, position); the record number is a function of
 * the record id ({@link Postings#take}), so the order is total and fixed. The window of a commitment C is its first
 * {@value EvidenceRule#NEAREST} later report sentences (dated after C's day); the window of a report sentence R is
 * its last {@value EvidenceRule#NEAREST} earlier commitments (dated before R's day). C and R are <em>mutually
 * near</em> on the key when each is in the other's window. Unlike "what the last record to arrive found in its own
 * window", this holds or not in the set of stored postings alone. Adding a posting only narrows windows: a new
 * report R can enter the window of a commitment C only if C is in R's window, and then it pushes out C's last
 * report (that pair is no longer near); the same holds the other way round. So a new record changes the relation
 * only within its own windows, which {@link #pushedCommitments} and {@link #pushedReports} name.
 */
final class NearestPairs {
  /** A posting's place: its tracked record number, day (yyyymmdd) and position (ord or seq). */
  record Post(long rec, int day, int pos) {}

  private static final int N = EvidenceRule.NEAREST;

  private NearestPairs() {}

  /** The report sentences mutually near commitment {@code c} on {@code key}, nearest first. */
  static List<Post> mutualReports(Prepared s, long key, Post c) throws SQLException {
    List<Post> window = s.list("SELECT rec, day, seq FROM report_postings WHERE key = ? AND day > ? "
        + "ORDER BY day, rec, seq LIMIT " + N, NearestPairs::post, key, c.day());
    if (window.isEmpty()) {
      return window;
    }
    // c is in the window of a report R unless N commitments lie between them: the Nth after c is dated before R
    Integer bound = day(s, "SELECT day FROM commitment_postings WHERE key = ? AND (day, rec, ord) > (?, ?, ?) "
        + "ORDER BY day, rec, ord LIMIT 1 OFFSET " + (N - 1), key, c.day(), c.rec(), c.pos());
    List<Post> mutual = new ArrayList<>();
    for (Post r : window) {
      if (bound == null || bound >= r.day()) {
        mutual.add(r);
      }
    }
    return mutual;
  }

  /** The first {@code limit} report sentences on {@code key} dated after {@code day}, in order. */
  static List<Post> reportsAfter(Prepared s, long key, int day, int limit) throws SQLException {
    return s.list("SELECT rec, day, seq FROM report_postings WHERE key = ? AND day > ? ORDER BY day, rec, seq LIMIT ?",
        NearestPairs::post, key, day, limit);
  }

  /** The first {@code limit} commitments on {@code key} after place {@code c}, in order. */
  static List<Post> commitmentsAfter(Prepared s, long key, Post c, int limit) throws SQLException {
    return s.list("SELECT rec, day, ord FROM commitment_postings WHERE key = ? AND (day, rec, ord) > (?, ?, ?) "
        + "ORDER BY day, rec, ord LIMIT ?", NearestPairs::post, key, c.day(), c.rec(), c.pos(), limit);
  }

  /**
   * The pairs that {@code m} new commitments of a record pushed out of nearness on {@code key}: for each report
   * sentence R of {@code near} (mutually near one of them, nearest first), the commitments at places N+1 to N+m of
   * R's window.
   */
  static List<Post[]> pushedCommitments(Prepared s, long key, List<Post> near, int m) throws SQLException {
    List<Post[]> pushed = new ArrayList<>();
    List<Post> mutual = near;
    if (!mutual.isEmpty()) {
      // one read serves every near R: fewer than N commitments lie between c and the last of them
      List<Post> before = s.list("SELECT rec, day, ord FROM commitment_postings WHERE key = ? AND day < ? "
          + "ORDER BY day DESC, rec DESC, ord DESC LIMIT ?", NearestPairs::post, key,
          mutual.get(mutual.size() - 1).day(), 2 * N + m);
      for (Post r : mutual) {
        int j = 0;
        while (j < before.size() && before.get(j).day() >= r.day()) {
          j++;
        }
        for (int i = j + N; i < Math.min(before.size(), j + N + m); i++) {
          pushed.add(new Post[] {before.get(i), r});
        }
      }
    }
    return pushed;
  }

  /** The commitments mutually near report sentence {@code r} on {@code key}, nearest first. */
  static List<Post> mutualCommitments(Prepared s, long key, Post r) throws SQLException {
    List<Post> window = s.list("SELECT rec, day, ord FROM commitment_postings WHERE key = ? AND day < ? "
        + "ORDER BY day DESC, rec DESC, ord DESC LIMIT " + N, NearestPairs::post, key, r.day());
    if (window.isEmpty()) {
      return window;
    }
    // r is in the window of a commitment C unless N reports lie between them: the Nth before r is dated after C
    Integer bound = day(s, "SELECT day FROM report_postings WHERE key = ? AND (day, rec, seq) < (?, ?, ?) "
        + "ORDER BY day DESC, rec DESC, seq DESC LIMIT 1 OFFSET " + (N - 1), key, r.day(), r.rec(), r.pos());
    List<Post> mutual = new ArrayList<>();
    for (Post c : window) {
      if (bound == null || bound <= c.day()) {
        mutual.add(c);
      }
    }
    return mutual;
  }

  /**
   * The pairs that {@code m} new report sentences of a record pushed out of nearness on {@code key}: for each
   * commitment C of {@code near} (mutually near one of them, nearest first), the sentences at places N+1 to N+m
   * of C's window.
   */
  static List<Post[]> pushedReports(Prepared s, long key, List<Post> near, int m) throws SQLException {
    List<Post[]> pushed = new ArrayList<>();
    List<Post> mutual = near;
    if (!mutual.isEmpty()) {
      // one read serves every near C: fewer than N reports lie between the first of them and r
      List<Post> after = s.list("SELECT rec, day, seq FROM report_postings WHERE key = ? AND day > ? "
          + "ORDER BY day, rec, seq LIMIT ?", NearestPairs::post, key, mutual.get(mutual.size() - 1).day(), 2 * N + m);
      for (Post c : mutual) {
        int j = 0;
        while (j < after.size() && after.get(j).day() <= c.day()) {
          j++;
        }
        for (int i = j + N; i < Math.min(after.size(), j + N + m); i++) {
          pushed.add(new Post[] {c, after.get(i)});
        }
      }
    }
    return pushed;
  }

  /** The commitments just past the window of report sentence {@code r} on {@code key} (places N+1 to N+m). */
  static List<Post> commitmentsBeyond(Prepared s, long key, Post r, int m) throws SQLException {
    return s.list("SELECT rec, day, ord FROM commitment_postings WHERE key = ? AND day < ? "
        + "ORDER BY day DESC, rec DESC, ord DESC LIMIT ? OFFSET " + N, NearestPairs::post, key, r.day(), m);
  }

  /** Whether commitment {@code c} and report sentence {@code r} are mutually near on {@code key}. */
  static boolean mutual(Prepared s, long key, Post c, Post r) throws SQLException {
    if (r.day() <= c.day()) {
      return false;
    }
    int reportsBetween = s.list("SELECT 1 FROM report_postings WHERE key = ? AND day > ? AND (day, rec, seq) < (?, ?, ?) "
        + "LIMIT " + N, rs -> 1, key, c.day(), r.day(), r.rec(), r.pos()).size();
    if (reportsBetween >= N) {
      return false;
    }
    return s.list("SELECT 1 FROM commitment_postings WHERE key = ? AND (day, rec, ord) > (?, ?, ?) AND day < ? "
        + "LIMIT " + N, rs -> 1, key, c.day(), c.rec(), c.pos(), r.day()).size() < N;
  }

  private static Post post(java.sql.ResultSet rs) throws SQLException {
    return new Post(rs.getLong(1), rs.getInt(2), rs.getInt(3));
  }

  private static Integer day(Prepared s, String sql, Object... args) throws SQLException {
    List<Integer> out = s.list(sql, rs -> rs.getInt(1), args);
    return out.isEmpty() ? null : out.get(0);
  }
}
