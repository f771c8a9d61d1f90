package org.compendium.store.link;


import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.compendium.store.RecordStore;

/**
 * Questions about the archive's canonical persons (read-only; for the CLI, the JSON API and the web pages).
 * Only current records count: a person seen only in superseded versions is not listed. Dates are the
 * records' ISO dates (possibly partial); undated records sort last.
 */
public final class People {
  /** What a typed name means: see {@link #find}. */
  private static final NameSeek<Summary> SEEK = new NameSeek<>("SELECT 1 FROM persons WHERE id = ?",
      LinkWords::personNames, People::summary,
      Comparator.comparingInt(Summary::records).reversed().thenComparing(Summary::name).thenComparing(Summary::id));

  /** A person with how often and when the current records show them. */
  public record Summary(String id, String name, String country, int records, int statements, String firstDate,
      String lastDate) {}

  /** One record the person takes part in (as a participant, or only as a speaker: then role is null). */
  public record Appearance(String recordId, String date, String title, String nameAsPrinted, String role,
      String country) {}

  /** A role held: as printed with the state represented, first and last record date, the records, in order. */
  public record Role(String role, String country, String firstDate, String lastDate, List<String> records) {}

  /** A statement by the person, with the record it is in; span in the record's text (UTF-16 offsets). */
  public record Said(String recordId, String date, String act, String text, Integer spanStart, Integer spanEnd) {}

  /** Everything about one person: the records in date order, roles over time, every statement. */
  public record Profile(Summary person, List<String> names, List<Appearance> records, List<Role> roles,
      List<Said> statements) {}

  /**
   * (person, record) pairs of current records, as participant or speaker; {@code one}: of person ?1 only (the
   * filter sits inside each branch so the indexes on person_id serve it).
   */
  private static String appearances(boolean one) {
    return "SELECT x.person_id AS pid, x.record_id AS rid FROM participants x JOIN records r ON r.id = x.record_id "
        + "WHERE r.superseded_by IS NULL AND x.person_id IS NOT NULL" + (one ? " AND x.person_id = ?1" : "")
        + " UNION SELECT s.person_id, s.record_id FROM statements s JOIN records r ON r.id = s.record_id "
        + "WHERE r.superseded_by IS NULL AND s.person_id IS NOT NULL" + (one ? " AND s.person_id = ?1" : "");
  }

  private static String summaries(boolean one) {
    return "WITH app AS (" + appearances(one) + "), said AS (SELECT s.person_id AS pid, count(*) AS n "
        + "FROM statements s JOIN records r ON r.id = s.record_id WHERE r.superseded_by IS NULL "
        + "AND s.person_id IS NOT NULL" + (one ? " AND s.person_id = ?1" : "") + " GROUP BY s.person_id) "
        + "SELECT p.id, p.name, p.country, count(DISTINCT app.rid), coalesce(max(said.n), 0), min(r.date), "
        + "max(r.date) FROM app JOIN persons p ON p.id = app.pid JOIN records r ON r.id = app.rid "
        + "LEFT JOIN said ON said.pid = p.id GROUP BY p.id ";
  }

  private static final String ORDER = "ORDER BY count(DISTINCT app.rid) DESC, p.name, p.id";

  private final RecordStore store;

  public People(RecordStore store) {
    this.store = store;
  }

  /** Every person of the current records, most records first, then by name. */
  public List<Summary> list() {
    return store.transact(c -> Sql.list(c, summaries(false) + ORDER, People::summary));
  }

  /** A page of {@link #list()}: at most {@code limit} persons from position {@code offset}. */
  public List<Summary> list(int offset, int limit) {
    return store.transact(c -> Sql.list(c, summaries(false) + ORDER + " LIMIT ? OFFSET ?", People::summary,
        Math.max(0, limit), Math.max(0, offset)));
  }

  /** One person by id, if current records show them. */
  public Optional<Summary> get(String id) {
    return store.transact(c -> summary(c, id));
  }

  /**
   * The persons a typed name means: the id, else a name (display name or as printed in a record) with exactly
   * those words, else names holding every word ("Putin"); only persons of current records count. Several
   * matches: the name is ambiguous. Seeks the id and the name words' index: the cost is that of the persons
   * sharing a word with the name, not of the archive.
   */
  public Lookup<Summary> find(String name) {
    return store.transact(c -> new Lookup<>(name, SEEK.find(c, name)));
  }

  /** Records, roles over time and statements of one person; empty for an unknown id. */
  public Optional<Profile> profile(String id) {
    return store.transact(c -> {
      Optional<Summary> s = summary(c, id);
      if (s.isEmpty()) {
        return Optional.empty();
      }
      List<String> names = Sql.list(c, "SELECT DISTINCT x.name FROM participants x JOIN records r ON r.id = x.record_id "
          + "WHERE x.person_id = ? AND r.superseded_by IS NULL ORDER BY x.name", rs -> rs.getString(1), id);
      List<Appearance> records = Sql.list(c, "WITH app AS (" + appearances(true) + ") SELECT r.id, r.date, r.title, "
          + "(SELECT x.name FROM participants x WHERE x.record_id = r.id AND x.person_id = app.pid ORDER BY x.ord LIMIT 1), "
          + "(SELECT x.role FROM participants x WHERE x.record_id = r.id AND x.person_id = app.pid ORDER BY x.ord LIMIT 1), "
          + "(SELECT x.country FROM participants x WHERE x.record_id = r.id AND x.person_id = app.pid ORDER BY x.ord LIMIT 1) "
          + "FROM app JOIN records r ON r.id = app.rid WHERE app.pid = ?1 ORDER BY r.date IS NULL, r.date, r.id",
          rs -> new Appearance(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
              rs.getString(6)), id);
      List<Said> said = Sql.list(c, "SELECT r.id, r.date, s.act, s.text, s.span_start, s.span_end FROM statements s "
          + "JOIN records r ON r.id = s.record_id WHERE s.person_id = ? AND r.superseded_by IS NULL "
          + "ORDER BY r.date IS NULL, r.date, r.id, s.ord",
          rs -> new Said(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), Sql.integer(rs, 5),
              Sql.integer(rs, 6)), id);
      return Optional.of(new Profile(s.get(), names, records, roles(records), said));
    });
  }

  /** Roles grouped by (role, state) in the order first held; records without a role are left out. */
  private static List<Role> roles(List<Appearance> records) {
    Map<String, List<Appearance>> groups = new LinkedHashMap<>();
    for (Appearance a : records) {
      if (a.role() != null && !a.role().isBlank()) {
        groups.computeIfAbsent(a.role().strip().toLowerCase(java.util.Locale.ROOT) + "\u0000" + (a.country() == null ? "" : a.country()),
            k -> new ArrayList<>()).add(a);
      }
    }
    List<Role> out = new ArrayList<>();
    for (List<Appearance> g : groups.values()) {
      String first = null;
      String last = null;
      List<String> ids = new ArrayList<>();
      for (Appearance a : g) {
        ids.add(a.recordId());
        if (a.date() != null) {
          first = first == null || a.date().compareTo(first) < 0 ? a.date() : first;
          last = last == null || a.date().compareTo(last) > 0 ? a.date() : last;
        }
      }
      out.add(new Role(g.get(0).role().strip(), g.get(0).country(), first, last, ids));
    }
    return out;
  }

  private static Optional<Summary> summary(Connection c, String id) throws SQLException {
    return Sql.list(c, summaries(true), People::summary, id).stream().findFirst();
  }

  private static Summary summary(java.sql.ResultSet rs) throws SQLException {
    return new Summary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
        rs.getString(6), rs.getString(7));
  }
}
