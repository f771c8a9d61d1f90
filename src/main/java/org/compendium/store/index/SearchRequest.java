package org.compendium.store.index;

import java.util.List;

/**
 * A search: free-text query (Lucene query syntax over text and title; blank or {@code *} matches everything)
 * and filters. Countries must all be present; person and instrument match words of the names (a phrase);
 * topic and kind match exactly, ignoring case; from/to are ISO dates, partial ones allowed, both inclusive.
 * The result holds the ranked hits from {@code offset} (0: the best) up to {@code limit}: a page of hits costs
 * its own snippets and fields only, whatever its depth.
 */
public record SearchRequest(String query, List<String> countries, String person, String instrument, String topic,
    String kind, String from, String to, int limit, int offset) {
  public SearchRequest {
    countries = countries == null ? List.of() : List.copyOf(countries);
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative: " + offset);
    }
  }

  /** The best {@code limit} hits. */
  public SearchRequest(String query, List<String> countries, String person, String instrument, String topic,
      String kind, String from, String to, int limit) {
    this(query, countries, person, instrument, topic, kind, from, to, limit, 0);
  }

  public static SearchRequest of(String query, int limit) {
    return new SearchRequest(query, List.of(), null, null, null, null, null, null, limit);
  }
}
