package org.compendium.store.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.compendium.store.index.SearchResult.FacetCount;

/**
 * Counts a query's matches, exactly, and its top facet values per dimension: exactly over every match up to
 * {@link SearchResult#FACET_SAMPLE} matches; above, over the matches among a systematic sample of the index
 * ({@link EveryNthQuery}, a stride chosen to take about that many), scaled by total / sampled matches. The cost
 * of facets then stays that of about {@link SearchResult#FACET_SAMPLE} documents however many records match.
 * Should the sample catch too few matches (matches bunched between the stride's documents), it counts them all.
 */
final class FacetCounting {
  /** What was counted: the exact total, the top values per dimension, and whether they are estimates. */
  record Counted(long total, Map<String, List<FacetCount>> facets, boolean estimated) {}

  private final IndexSearcher searcher;
  private final SortedSetDocValuesReaderState state;
  private final int values;

  /** {@code state}: of {@code searcher}'s reader, or null when no record carries a facet yet. */
  FacetCounting(IndexSearcher searcher, SortedSetDocValuesReaderState state, int values) {
    this.searcher = searcher;
    this.state = state;
    this.values = values;
  }

  Counted count(Query query) throws IOException {
    int total = searcher.count(query);
    // a stride of s doc ids holds about total / s matches, if they are spread through the index
    int stride = (int) Math.round((double) total / SearchResult.FACET_SAMPLE);
    if (total > SearchResult.FACET_SAMPLE && stride > 1) {  // (a stride of 1 is every match: counted exactly)
      Query sampled = new BooleanQuery.Builder().add(query, Occur.FILTER).add(new EveryNthQuery(stride), Occur.FILTER)
          .build();
      FacetsCollector sample = searcher.search(sampled, new FacetsCollectorManager());
      long caught = caught(sample);
      if (caught >= SearchResult.FACET_SAMPLE / 4) {
        return new Counted(total, facets(sample, (double) total / caught), true);
      }
    }
    FacetsCollector all = searcher.search(query, new FacetsCollectorManager());
    return new Counted(total, facets(all, 1), false);
  }

  private static long caught(FacetsCollector c) {
    long n = 0;
    for (FacetsCollector.MatchingDocs m : c.getMatchingDocs()) {
      n += m.totalHits;
    }
    return n;
  }

  /** The top values per dimension of the collected matches, each count multiplied by {@code scale}. */
  private Map<String, List<FacetCount>> facets(FacetsCollector matches, double scale) throws IOException {
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    if (state == null) {
      return out;  // an empty index has no facet field yet
    }
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, matches);
    for (String dim : Fields.DIMENSIONS) {
      List<FacetCount> top = new ArrayList<>();
      try {
        FacetResult fr = counts.getTopChildren(values, dim);
        if (fr != null) {
          for (LabelAndValue lv : fr.labelValues) {
            top.add(new FacetCount(lv.label, Math.round(lv.value.longValue() * scale)));
          }
        }
      } catch (IllegalArgumentException e) {
        // no record carries this dimension yet
      }
      out.put(dim, top);
    }
    return out;
  }
}
