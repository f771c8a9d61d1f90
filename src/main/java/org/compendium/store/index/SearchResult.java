package org.compendium.store.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranked hits (those from the request's offset up to its limit), the total number of matches (always exact) and
 * facet counts per dimension. Facets are counted over every match up to 1.5 x {@link #FACET_SAMPLE} matches;
 * above that they are estimated from a fixed sample of about {@link #FACET_SAMPLE} matches, scaled to the total
 * ({@code facetsEstimated}), which keeps a search over most of a million records as fast as a narrow one.
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets, boolean facetsEstimated) {
  /** About the number of matches facets are estimated from, above 1.5 times as many matches. */
  public static final int FACET_SAMPLE = 5_000;

  /** Immutable, so that one result can be shared between callers; facet dimensions keep their order. */
  public SearchResult {
    hits = List.copyOf(hits);
    Map<String, List<FacetCount>> f = new LinkedHashMap<>();
    facets.forEach((dim, values) -> f.put(dim, List.copyOf(values)));
    facets = Collections.unmodifiableMap(f);
  }

  /** One matching record: id, title, date, score and a snippet with matches between {@code <b>} and {@code </b>}. */
  public record Hit(String id, String title, String date, float score, String snippet) {}

  /** A facet value and how many matching records carry it. */
  public record FacetCount(String value, long count) {}
}
