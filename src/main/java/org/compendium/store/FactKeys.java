package org.compendium.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    return Indexes.missing(c, KEYS);
  }

  /** Drops every key there is, in the caller's transaction. */
  static void drop(Connection c) throws SQLException {
    Indexes.drop(c, KEYS.keySet());
  }

  /**
   * Builds the keys that are missing, in the caller's transaction, telling {@code say} about each before it
   * starts and how long they took.
   */
  static void build(Connection c, Consumer<String> say) throws SQLException {
    Indexes.build(c, KEYS, "key", "keys", say);
  }
}
