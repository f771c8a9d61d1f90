package org.compendium.store.index;

import java.util.List;

/**
 * A search: free-text query (Lucene query syntax over text and title; blank or {@code *} matches everything)
 * and filters. Countries must all be present; person and instrument match words of the names (a phrase);
 * topic and kind match exactly, ignoring case; from/to are ISO dates, partial ones allowed, both inclusive.
 */
public record SearchRequest(String query, List<String> countries, String person, String instrument, String topic,
    String kind, String from, String to, int limit) {
  public SearchRequest {
    countries = countries == null ? List.of() : List.copyOf(countries);
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
  }

  public static SearchRequest of(String query, int limit) {
    return new SearchRequest(query, List.of(), null, null, null, null, null, null, limit);
  }
}
