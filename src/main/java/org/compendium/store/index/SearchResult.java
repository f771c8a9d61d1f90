package org.compendium.store.index;

import java.util.List;
import java.util.Map;

/** Ranked hits (at most the request's limit), the total number of matches and facet counts per dimension. */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets) {
  /** One matching record: id, title, date, score and a snippet with matches between {@code <b>} and {@code </b>}. */
  public record Hit(String id, String title, String date, float score, String snippet) {}

  /** A facet value and how many matching records carry it. */
  public record FacetCount(String value, long count) {}
}
