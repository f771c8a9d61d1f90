package org.compendium.serve;

import java.util.List;

/**
 * A search as the API and the search page take it: free text, the facet filters, and a page (1-based) of
 * {@code size} hits. Countries are codes, names or adjectives; {@code year} narrows to one year (the year
 * facet), {@code from}/{@code to} to a range of ISO dates.
 */
public record SearchQuery(String q, List<String> countries, String person, String instrument, String topic,
    String kind, String year, String from, String to, int page, int size) {
  public static final int MAX_SIZE = 100;
  /** Deepest hit a page may reach: paging is for reading, not for dumping the archive (use export). */
  public static final int MAX_DEPTH = 10_000;

  public SearchQuery {
    countries = countries == null ? List.of() : List.copyOf(countries);
    if (page < 1) {
      throw ApiException.badRequest("page must be 1 or more: " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw ApiException.badRequest("size must be between 1 and " + MAX_SIZE + ": " + size);
    }
    if ((long) page * size > MAX_DEPTH) {
      throw ApiException.badRequest("page too deep (page x size over " + MAX_DEPTH + "); narrow the search");
    }
    if (year != null && !year.matches("\\d{4}")) {
      throw ApiException.badRequest("year must be four digits: " + year);
    }
  }

  public boolean filtered() {
    return !countries.isEmpty() || person != null || instrument != null || topic != null || kind != null
        || year != null || from != null || to != null;
  }
}
