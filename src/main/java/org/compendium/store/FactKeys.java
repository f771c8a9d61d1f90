package org.compendium.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The unique keys of six fact tables (schema V12), each on the record id and the fact's position or value. A bulk
 * load drops them while it writes and builds them at its end: each key is ordered by the hashed record id, so
 * every record written into a large archive dirtied a random page of each, written to the WAL and again at the
 * checkpoint; built at the end, each is one sort. The writer keeps the rows unique itself ({@link FactWriter});
 * the keys are what queries and linking seek by record. A store left without them (a bulk load killed before
 * its end) gets them back when it is next opened ({@link RecordStore#open}).
 */
final class FactKeys {
  /** Each key's name and definition, as V12 creates them ({@code FactKeysTest} holds the two the same). */
  static final Map<String, String> KEYS = keys(
      "countries_key", "countries(record_id, code)",
      "topics_key", "topics(record_id, topic)",
      "participants_key", "participants(record_id, ord)",
      "statements_key", "statements(record_id, ord)",
      "instruments_key", "instruments(record_id, ord)",
      "commitment_parties_key", "commitment_parties(record_id, ord, country)");

  private FactKeys() {}

  private static Map<String, String> keys(String... nameAndColumns) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < nameAndColumns.length; i += 2) {
      out.put(nameAndColumns[i], "CREATE UNIQUE INDEX " + nameAndColumns[i] + " ON " + nameAndColumns[i + 1]);
    }
    return out;
  }

  /** The keys {@code c}'s database lacks, in {@link #KEYS} order. */
  static List<String> missing(Connection c) throws SQLException {
    Set<String> present = new TreeSet<>();
    try (Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'index'")) {
      while (rs.next()) {
        present.add(rs.getString(1));
      }
    }
    List<String> out = new ArrayList<>();
    for (String name : KEYS.keySet()) {
      if (!present.contains(name)) {
        out.add(name);
      }
    }
    return out;
  }

  /** Drops every key there is, in the caller's transaction. */
  static void drop(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String name : KEYS.keySet()) {
        s.execute("DROP INDEX IF EXISTS " + name);
      }
    }
  }

  /**
   * Builds the keys that are missing, in the caller's transaction, telling {@code say} about each before it
   * starts (one sort of the table: seconds each at 1M records) and how long they took.
   */
  static void build(Connection c, Consumer<String> say) throws SQLException {
    List<String> missing = missing(c);
    if (missing.isEmpty()) {
      return;
    }
    long start = System.nanoTime();
    // nothing else runs while the keys are built: their sorts may use every core (22 -> 18 s at 1M on 2 cores)
    LargeSorts.run(c, s -> {
      for (int i = 0; i < missing.size(); i++) {
        String name = missing.get(i);
        say.accept("building key " + (i + 1) + "/" + missing.size() + ": " + name);
        s.execute(KEYS.get(name));
      }
    });
    say.accept(String.format(Locale.ROOT, "built %d keys in %.1f s", missing.size(),
        (System.nanoTime() - start) / 1e9));
  }
}
