package org.compendium.store.link;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.compendium.store.Prepared;
import org.compendium.store.StoreException;

/**
 * What a typed name means among linked things of one kind (persons, instrument entries), read from the store
 * (see {@link People#find}, {@link Instruments#find}): seeks the id and the name words' index, so the cost is that
 * of the things sharing a word with the name, not of the archive; {@link NameMatch#best} then picks the tier, among
 * the things current records show.
 */
final class NameSeek<S> {
  /** The [id, name] rows of the names holding a word. */
  interface NamesWith {
    List<String[]> rows(LinkWords words, String word) throws SQLException;
  }

  /** A thing's summary by id, empty when no current record shows it. */
  interface SummaryOf<S> {
    Optional<S> get(Connection c, String id) throws SQLException;
  }

  private final String idExists;
  private final NamesWith namesWith;
  private final SummaryOf<S> summary;
  private final Comparator<S> order;

  /**
   * @param idExists a query of one parameter, the id, that has a row when the thing exists
   * @param order the order of several matches (an ambiguous name)
   */
  NameSeek(String idExists, NamesWith namesWith, SummaryOf<S> summary, Comparator<S> order) {
    this.idExists = idExists;
    this.namesWith = namesWith;
    this.summary = summary;
    this.order = order;
  }

  /** The summaries of what {@code name} means, best tier only, in this seek's order. */
  List<S> find(Connection c, String name) throws SQLException {
    Map<String, List<String>> names = new LinkedHashMap<>();
    try (Prepared p = new Prepared(c)) {
      String key = NameMatch.idKey(name);
      if (!key.isEmpty() && p.exists(idExists, key)) {
        names.put(key, new ArrayList<>());
      }
      LinkWords words = new LinkWords(p);
      for (String w : NameMatch.seekWords(name)) {
        for (String[] row : namesWith.rows(words, w)) {
          names.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
        }
      }
    }
    Map<String, Optional<S>> current = new HashMap<>();
    List<String> ids = NameMatch.best(name, new ArrayList<>(names.keySet()), id -> id, names::get,
        id -> current.computeIfAbsent(id, k -> summaryQuietly(c, k)).isPresent());
    List<S> out = new ArrayList<>();
    for (String id : ids) {
      out.add(current.get(id).orElseThrow());
    }
    out.sort(order);
    return out;
  }

  private Optional<S> summaryQuietly(Connection c, String id) {
    try {
      return summary.get(c, id);
    } catch (SQLException e) {
      throw new StoreException("name lookup failed: " + e.getMessage(), e);
    }
  }
}
