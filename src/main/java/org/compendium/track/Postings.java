package org.compendium.track;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compendium.store.Prepared;

/**
 * The tracker's term postings (schema V6): a (party, term) key {@code CODE:term} has an integer id
 * ({@code track_keys}), and a posting is (key, day, tracked record number, position) in
 * {@code commitment_postings} or {@code report_postings}, a WITHOUT ROWID table ordered by those four
 * integers. So "the later reports of a key" and "the earlier commitments of a key" are one range of one
 * primary key, and ties on a day come in the order of the record numbers, a function of the record ids. Statements run on the
 * caller's {@link Prepared} (its connection and transaction).
 */
final class Postings {
  /** A posting's table: commitments (position: ord) or report sentences (position: seq). */
  enum Side {
    COMMITMENTS("commitment_postings", "ord"),
    REPORTS("report_postings", "seq");

    final String table;
    final String position;

    Side(String table, String position) {
      this.table = table;
      this.position = position;
    }
  }

  private Postings() {}

  /** A (possibly partial) ISO date as yyyymmdd, 00 for a missing month or day: ordered as the ISO text is. */
  static int day(String iso) {
    int y = Integer.parseInt(iso.substring(0, 4));
    int m = iso.length() >= 7 ? Integer.parseInt(iso.substring(5, 7)) : 0;
    int d = iso.length() >= 10 ? Integer.parseInt(iso.substring(8, 10)) : 0;
    return y * 10000 + m * 100 + d;
  }

  /** The key {@code CODE:term}. */
  static String key(String country, String term) {
    return country + ':' + term;
  }

  static String term(String key) {
    return key.substring(key.indexOf(':') + 1);
  }

  /**
   * The ids of {@code keys}, adding the keys not seen before: one query for those already known. Takes the ids it
   * can from {@code known} (may be null) and puts there those it reads or adds: only for a run whose failure
   * discards {@code known} (a rolled-back key leaves its id there).
   */
  static Map<String, Long> ids(Prepared s, Set<String> keys, Map<String, Long> known) throws SQLException {
    Map<String, Long> out = new HashMap<>();
    Set<String> unknown = new java.util.LinkedHashSet<>();
    for (String k : keys) {
      Long id = known == null ? null : known.get(k);
      if (id != null) {
        out.put(k, id);
      } else {
        unknown.add(k);
      }
    }
    if (unknown.isEmpty()) {
      return out;
    }
    try (ResultSet rs = s.bind("SELECT j.value, k.id FROM json_each(?) j JOIN track_keys k ON k.key = j.value",
        jsonArray(unknown)).executeQuery()) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getLong(2));
      }
    }
    for (String k : unknown) {
      if (!out.containsKey(k)) {
        s.update("INSERT INTO track_keys(key) VALUES (?)", k);
        try (ResultSet rs = s.bind("SELECT last_insert_rowid()").executeQuery()) {
          rs.next();
          out.put(k, rs.getLong(1));
        }
      }
    }
    if (known != null) {
      for (String k : unknown) {
        known.put(k, out.get(k));
      }
    }
    return out;
  }

  /** The text of key {@code id}, or null. */
  static String key(Prepared s, long id) throws SQLException {
    List<String> out = s.list("SELECT key FROM track_keys WHERE id = ?", rs -> rs.getString(1), id);
    return out.isEmpty() ? null : out.get(0);
  }

  /**
   * Takes a record in: its number, a function of its id (60 bits of its SHA-256), so that postings of one day
   * tie in the same order whatever order records arrived in ({@link NearestPairs}). Two ids with the same 60 bits
   * (about one chance in two million in an archive of a million records) take the next free number.
   */
  static long take(Prepared s, String recordId, String lexicon) throws SQLException {
    long n = Long.parseLong(org.compendium.util.Hashes.sha256(
        recordId.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 15), 16);
    while (s.exists("SELECT 1 FROM tracked_records WHERE n = ?", n)) {
      n++;
    }
    s.update("INSERT INTO tracked_records(record_id, lexicon, n) VALUES (?, ?, ?)", recordId, lexicon, n);
    return n;
  }

  /** The number of tracked record {@code recordId}, or -1. */
  static long number(Prepared s, String recordId) throws SQLException {
    List<Long> out = s.list("SELECT n FROM tracked_records WHERE record_id = ?", rs -> rs.getLong(1), recordId);
    return out.isEmpty() ? -1 : out.get(0);
  }

  /** The record id of tracked record number {@code rec}. */
  static String recordId(Prepared s, long rec) throws SQLException {
    List<String> out = s.list("SELECT record_id FROM tracked_records WHERE n = ?", rs -> rs.getString(1), rec);
    if (out.isEmpty()) {
      throw new SQLException("posting of no tracked record: " + rec);
    }
    return out.get(0);
  }

  /** The record ids of tracked record numbers {@code recs}, in one query. */
  static Map<Long, String> recordIds(Prepared s, Set<Long> recs) throws SQLException {
    Map<Long, String> out = new HashMap<>();
    if (recs.isEmpty()) {
      return out;
    }
    StringBuilder json = new StringBuilder("[");
    for (long rec : recs) {
      json.append(json.length() > 1 ? "," : "").append(rec);
    }
    try (ResultSet rs = s.bind("SELECT t.n, t.record_id FROM json_each(?) j JOIN tracked_records t ON t.n = j.value",
        json.append(']').toString()).executeQuery()) {
      while (rs.next()) {
        out.put(rs.getLong(1), rs.getString(2));
      }
    }
    if (out.size() != recs.size()) {
      throw new SQLException("postings of records no longer tracked: " + recs.size() + " asked, " + out.size() + " found");
    }
    return out;
  }

  static void delete(Prepared s, Side side, long key, int day, long rec, int pos) throws SQLException {
    s.update("DELETE FROM " + side.table + " WHERE key = ? AND day = ? AND rec = ? AND " + side.position + " = ?",
        key, day, rec, pos);
  }

  /** Space-separated ids. */
  static String join(Collection<Long> ids) {
    StringBuilder b = new StringBuilder();
    for (long id : ids) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(id);
    }
    return b.toString();
  }

  /** The ids of a list {@link #join} made, parsed in place (the hot loops of linking read many). */
  static long[] split(String ids) {
    String t = ids.trim();
    if (t.isEmpty()) {
      return new long[0];
    }
    long[] out = new long[(int) t.chars().filter(ch -> ch == ' ').count() + 1];
    int k = 0;
    int start = 0;
    for (int i = 0; i <= t.length(); i++) {
      if (i == t.length() || t.charAt(i) == ' ') {
        out[k++] = Long.parseLong(t, start, i, 10);
        start = i + 1;
      }
    }
    return out;
  }

  private static String jsonArray(Collection<String> values) {
    StringBuilder b = new StringBuilder("[");
    for (String v : values) {
      if (b.length() > 1) {
        b.append(',');
      }
      b.append('"');
      for (int i = 0; i < v.length(); i++) {
        char ch = v.charAt(i);
        if (ch == '"' || ch == '\\') {
          b.append('\\').append(ch);
        } else if (ch < 0x20) {
          b.append(String.format("\\u%04x", (int) ch));
        } else {
          b.append(ch);
        }
      }
      b.append('"');
    }
    return b.append(']').toString();
  }
}
