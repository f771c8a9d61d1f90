package org.compendium.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Indexes a long write drops and builds again at its end: each index ordered by something other than the order
 * rows are written in (a hashed record id, a person id) has every write dirty a random page of it, written to the
 * WAL and again at the checkpoint; built at the end, it is one sort. Each set is a map from index name to its
 * {@code CREATE INDEX} statement, as the migrations create it.
 */
public final class Indexes {
  private Indexes() {}

  /** The indexes of {@code definitions} that {@code c}'s database lacks, in the map's order. */
  public static List<String> missing(Connection c, Map<String, String> definitions) throws SQLException {
    Set<String> present = new TreeSet<>();
    try (Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'index'")) {
      while (rs.next()) {
        present.add(rs.getString(1));
      }
    }
    List<String> out = new ArrayList<>();
    for (String name : definitions.keySet()) {
      if (!present.contains(name)) {
        out.add(name);
      }
    }
    return out;
  }

  /** Drops the indexes {@code names} there are, in the caller's transaction. */
  public static void drop(Connection c, Collection<String> names) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String name : names) {
        s.execute("DROP INDEX IF EXISTS " + name);
      }
    }
  }

  /**
   * Builds the indexes of {@code definitions} that are missing, in the caller's transaction, telling {@code say}
   * about each before it starts (one sort of the table: seconds each at 1M records) and how long they took, naming
   * them as the user knows them ({@code one} and {@code many}: "key" and "keys", "link index" and "link indexes").
   */
  public static void build(Connection c, Map<String, String> definitions, String one, String many,
      Consumer<String> say) throws SQLException {
    List<String> missing = missing(c, definitions);
    if (missing.isEmpty()) {
      return;
    }
    long start = System.nanoTime();
    // nothing else runs while they are built: their sorts may use every core (22 -> 18 s at 1M on 2 cores)
    LargeSorts.run(c, s -> {
      for (int i = 0; i < missing.size(); i++) {
        String name = missing.get(i);
        say.accept("building " + one + " " + (i + 1) + "/" + missing.size() + ": " + name);
        s.execute(definitions.get(name));
      }
    });
    say.accept(String.format(Locale.ROOT, "built %d %s in %.1f s", missing.size(), many,
        (System.nanoTime() - start) / 1e9));
  }
}
