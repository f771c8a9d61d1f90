package org.compendium.query;

import java.util.List;
import org.compendium.store.index.SearchRequest;

/**
 * Which current records a question is about: the filters of {@code search} (free text, countries that must all be
 * present, person, instrument, topic, kind, from/to dates; see {@link SearchRequest}). With none set it is the
 * whole archive.
 */
public record RecordSelection(String query, List<String> countries, String person, String instrument, String topic,
    String kind, String from, String to) {
  public RecordSelection {
    countries = countries == null ? List.of() : List.copyOf(countries);
  }

  /** Every current record. */
  public static RecordSelection all() {
    return new RecordSelection(null, List.of(), null, null, null, null, null, null);
  }

  /** Whether no filter is set (the whole archive). */
  public boolean isAll() {
    return blank(query) && countries.isEmpty() && blank(person) && blank(instrument) && blank(topic) && blank(kind)
        && blank(from) && blank(to);
  }

  /** The same filters as a search request (its limit does not matter for a selection). */
  public SearchRequest toSearch() {
    return new SearchRequest(query, countries, nz(person), nz(instrument), nz(topic), nz(kind), nz(from), nz(to), 1);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String nz(String s) {
    return blank(s) ? null : s;
  }
}
