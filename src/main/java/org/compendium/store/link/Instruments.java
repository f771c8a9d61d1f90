package org.compendium.store.link;


import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.compendium.json.RecordJson;
import org.compendium.store.RecordStore;
import org.compendium.store.StoredJson;

/**
 * Questions about the archive's instrument registry (read-only; for the CLI, the JSON API and the web pages):
 * the entries the current records link to, where each was signed, its citation history and the graph of
 * instruments and records. Dates are the records' ISO dates (possibly partial); undated records sort last.
 */
public final class Instruments {
  /** What a typed name means: see {@link #find}. */
  private static final NameSeek<Summary> SEEK = new NameSeek<>("SELECT 1 FROM instrument_entries WHERE id = ?",
      LinkWords::instrumentNames, Instruments::summary, Comparator.comparingInt(Summary::records).reversed()
          .thenComparing(Summary::title, NameMatch::binary).thenComparing(Summary::id, NameMatch::binary));

  /** A registry entry with how many current records mention it and when. origin: registry or archive. */
  public record Summary(String id, String title, Integer year, List<String> parties, String origin, int records,
      String firstDate, String lastDate) {}

  /**
   * One record's mention of an instrument: how it relates (cited, signed, planned), the name as printed and
   * the sentence of its first mention (with its span in the record's text, UTF-16 offsets).
   */
  public record Citation(String recordId, String date, String title, String relation, String nameAsPrinted,
      String sentence, Integer sentenceStart, Integer sentenceEnd) {}

  /** Another instrument linked through a record that signs one and cites the other. */
  public record Related(String id, String title, Integer year, String recordId) {}

  /**
   * One entry in full: its names, the records signing it, every record mentioning it in date order, the
   * instruments it rests on (cited by a record that signs it) and those resting on it.
   */
  public record Profile(Summary entry, List<String> names, List<Citation> signedIn, List<Citation> history,
      List<Related> restsOn, List<Related> restedOnBy) {}

  /** A graph node: {@code type} is {@code instrument} or {@code record}; date is the year or record date. */
  public record Node(String id, String type, String label, String date) {}

  /**
   * A graph edge. record → instrument: relation cited, signed or planned. instrument → instrument: relation
   * {@code cites}, {@code record} the record that signs the source and cites the target.
   */
  public record Edge(String source, String target, String relation, String record) {}

  /** Nodes and edges, ready to be drawn. */
  public record Graph(List<Node> nodes, List<Edge> edges) {}

  private static final String SUMMARY = "SELECT e.id, e.title, e.year, e.parties, e.origin, count(DISTINCT r.id), "
      + "min(r.date), max(r.date) FROM instrument_entries e JOIN instruments i ON i.entry_id = e.id "
      + "JOIN records r ON r.id = i.record_id AND r.superseded_by IS NULL ";
  private static final String CITATIONS = "SELECT r.id, r.date, r.title, i.relation, i.name, r.json, "
      + "i.sentence_start, i.sentence_end FROM instruments i JOIN records r ON r.id = i.record_id "
      + "WHERE i.entry_id = ? AND r.superseded_by IS NULL ";
  private static final String ORDER = "ORDER BY r.date IS NULL, r.date, r.id, i.ord";
  // signed entry s, cited entry t, in the same current record
  private static final String RESTS = "SELECT s.entry_id, t.entry_id, r.id FROM instruments s "
      + "JOIN instruments t ON t.record_id = s.record_id AND t.entry_id <> s.entry_id "
      + "JOIN records r ON r.id = s.record_id AND r.superseded_by IS NULL "
      + "WHERE s.relation = 'signed' AND t.relation = 'cited' ";

  private final RecordStore store;

  public Instruments(RecordStore store) {
    this.store = store;
  }

  /** Every entry the current records mention, most records first, then by title. */
  public List<Summary> list() {
    return store.transact(c -> Sql.list(c, SUMMARY + "GROUP BY e.id ORDER BY count(DISTINCT r.id) DESC, e.title, e.id",
        Instruments::summary));
  }

  /** One entry by id, if current records mention it. */
  public Optional<Summary> get(String id) {
    return store.transact(c -> summary(c, id));
  }

  /**
   * The entries a typed name means: the id, else a title or alias with exactly those words, else names holding
   * every word ("Tokyo Declaration"). Several matches: the name is ambiguous, most records first, then by
   * title. Seeks the id and the name words' index: the cost is that of the entries sharing a word with the
   * name, not of the archive.
   */
  public Lookup<Summary> find(String name) {
    return store.transact(c -> new Lookup<>(name, SEEK.find(c, name)));
  }

  /** Names, signings, citation history and related instruments of one entry; empty for an unknown id. */
  public Optional<Profile> profile(String id) {
    return store.transact(c -> {
      Optional<Summary> s = summary(c, id);
      if (s.isEmpty()) {
        return Optional.empty();
      }
      List<String> names = Sql.list(c, "SELECT name FROM instrument_names WHERE entry_id = ?1 UNION "
          + "SELECT i.name FROM instruments i JOIN records r ON r.id = i.record_id AND r.superseded_by IS NULL "
          + "WHERE i.entry_id = ?1 ORDER BY 1", rs -> rs.getString(1), id);
      List<Citation> history = Sql.list(c, CITATIONS + ORDER, Instruments::citation, id);
      List<Citation> signed = history.stream().filter(x -> "signed".equals(x.relation())).toList();
      List<Related> restsOn = Sql.list(c, "SELECT e.id, e.title, e.year, x.rid FROM (" + RESTS.replace(
          "SELECT s.entry_id, t.entry_id, r.id", "SELECT DISTINCT t.entry_id AS eid, r.id AS rid, r.date AS d")
          + "AND s.entry_id = ?) x JOIN instrument_entries e ON e.id = x.eid ORDER BY x.d IS NULL, x.d, e.id",
          Instruments::related, id);
      List<Related> restedOnBy = Sql.list(c, "SELECT e.id, e.title, e.year, x.rid FROM (" + RESTS.replace(
          "SELECT s.entry_id, t.entry_id, r.id", "SELECT DISTINCT s.entry_id AS eid, r.id AS rid, r.date AS d")
          + "AND t.entry_id = ?) x JOIN instrument_entries e ON e.id = x.eid ORDER BY x.d IS NULL, x.d, e.id",
          Instruments::related, id);
      return Optional.of(new Profile(s.get(), names, signed, history, restsOn, restedOnBy));
    });
  }

  /** Every current record's mentions of {@code id} in date order (undated last), with citing sentences. */
  public List<Citation> history(String id) {
    return store.transact(c -> Sql.list(c, CITATIONS + ORDER, Instruments::citation, id));
  }

  /** The whole graph: every linked instrument, every current record mentioning one, and their edges. */
  public Graph graph() {
    return store.transact(c -> graph(c, null));
  }

  /** The graph around one entry: its records and the instruments it rests on or that rest on it. */
  public Graph graph(String id) {
    return store.transact(c -> graph(c, id));
  }

  private static Graph graph(Connection c, String focus) throws SQLException {
    List<Edge> edges = new ArrayList<>();
    edges.addAll(Sql.list(c, "SELECT DISTINCT i.record_id, i.entry_id, i.relation FROM instruments i "
        + "JOIN records r ON r.id = i.record_id AND r.superseded_by IS NULL WHERE i.entry_id IS NOT NULL "
        + (focus == null ? "" : "AND i.entry_id = ?1 ") + "ORDER BY r.date IS NULL, r.date, i.record_id, i.ord",
        rs -> new Edge(rs.getString(1), rs.getString(2), rs.getString(3), null), args(focus)));
    edges.addAll(Sql.list(c, "SELECT DISTINCT s.entry_id, t.entry_id, r.id FROM instruments s "
        + "JOIN instruments t ON t.record_id = s.record_id AND t.entry_id <> s.entry_id "
        + "JOIN records r ON r.id = s.record_id AND r.superseded_by IS NULL "
        + "WHERE s.relation = 'signed' AND t.relation = 'cited' "
        + (focus == null ? "" : "AND (s.entry_id = ?1 OR t.entry_id = ?1) ") + "ORDER BY 1, 2, 3",
        rs -> new Edge(rs.getString(1), rs.getString(2), "cites", rs.getString(3)), args(focus)));
    Map<String, Node> known = new HashMap<>();
    for (Node n : Sql.list(c, "SELECT id, title, CAST(year AS TEXT) FROM instrument_entries",
        rs -> new Node(rs.getString(1), "instrument", rs.getString(2), rs.getString(3)))) {
      known.put(n.id(), n);
    }
    for (Node n : Sql.list(c, "SELECT DISTINCT r.id, coalesce(r.title, r.id), r.date FROM instruments i "
        + "JOIN records r ON r.id = i.record_id AND r.superseded_by IS NULL WHERE i.entry_id IS NOT NULL"
        + (focus == null ? "" : " AND i.entry_id = ?1"),
        rs -> new Node(rs.getString(1), "record", rs.getString(2), rs.getString(3)), args(focus))) {
      known.putIfAbsent(n.id(), n);
    }
    Map<String, Node> nodes = new java.util.LinkedHashMap<>();
    for (Edge e : edges) {
      for (String end : new String[] {e.source(), e.target()}) {
        nodes.computeIfAbsent(end, k -> known.getOrDefault(k, new Node(k, "instrument", k, null)));
      }
    }
    return new Graph(new ArrayList<>(nodes.values()), edges);
  }

  private static Object[] args(String focus) {
    return focus == null ? new Object[0] : new Object[] {focus};
  }

  private static Optional<Summary> summary(Connection c, String id) throws SQLException {
    return Sql.list(c, SUMMARY + "WHERE e.id = ? GROUP BY e.id", Instruments::summary, id).stream().findFirst();
  }

  private static Summary summary(ResultSet rs) throws SQLException {
    return new Summary(rs.getString(1), rs.getString(2), Sql.integer(rs, 3), Sql.split(rs.getString(4)),
        rs.getString(5), rs.getInt(6), rs.getString(7), rs.getString(8));
  }

  private static Citation citation(ResultSet rs) throws SQLException {
    Integer start = Sql.integer(rs, 7);
    Integer end = Sql.integer(rs, 8);
    return new Citation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
        Sql.cut(RecordJson.text(StoredJson.unpack(rs.getBytes(6))), start, end), start, end);
  }

  private static Related related(ResultSet rs) throws SQLException {
    return new Related(rs.getString(1), rs.getString(2), Sql.integer(rs, 3), rs.getString(4));
  }
}
