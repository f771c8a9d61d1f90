package org.compendium.store.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.compendium.model.Kind;
import org.compendium.model.Record;
import org.compendium.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facets are exact up to {@link SearchResult#FACET_SAMPLE} matches and estimated above, close to the exact
 * counts (which a filter on each value gives), the same for the same search; totals are exact either way.
 */
class FacetEstimateTest {
  @TempDir Path dir;

  private static final String[] COUNTRIES = {"FRA", "DEU", "JPN", "KOR", "USA", "CHN"};
  // skewed: FRA in about half the records, CHN in about 1 in 32
  private static final double[] SHARE = {0.5, 0.25, 0.125, 0.0625, 0.03125, 0.03125};

  @Test
  void facetsAreExactForFewMatchesAndCloseEstimatesForMany() {
    long seed = new Random().nextLong();
    Random rnd = new Random(seed);
    int n = 3 * SearchResult.FACET_SAMPLE;
    try (RecordIndex index = RecordIndex.open(dir)) {
      for (int i = 0; i < n; i++) {
        String id = String.format("f%06d", i);
        String c = pick(rnd);
        String word = i % 4 == 0 ? "fisheries" : "trade";  // fisheries: 3 in 4 of the sample size, counted exactly
        index.put(new Record(id, new Source("file:/" + id + ".txt", "text", id), "Note " + i, "2001-05-0" + (1 + i % 9),
            null, Kind.other, List.of(c), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), "The ministers discussed " + word + "."));
      }
      index.commit("1");

      SearchResult all = index.searchUncached(SearchRequest.of("", 10));
      assertEquals(n, all.total());
      assertTrue(all.facetsEstimated());
      assertEquals(all.facets(), index.searchUncached(SearchRequest.of("", 10)).facets(), "the same estimate again");
      for (SearchResult.FacetCount fc : all.facets().get(Fields.COUNTRY)) {
        long exact = index.searchUncached(
            new SearchRequest("", List.of(fc.value()), null, null, null, null, null, null, 1)).total();
        // one record in every `stride` sampled: the estimate's standard deviation is about sqrt(exact * (stride - 1))
        int stride = Math.round((float) n / SearchResult.FACET_SAMPLE);
        assertTrue(Math.abs(fc.count() - exact) <= 5 * Math.sqrt(exact * (stride - 1.0)) + 1,
            "seed " + seed + ": " + fc.value() + " estimated " + fc.count() + ", exactly " + exact);
      }

      SearchResult few = index.searchUncached(SearchRequest.of("fisheries", 10));
      assertEquals(n / 4, few.total());
      assertFalse(few.facetsEstimated());
      long sum = 0;
      for (SearchResult.FacetCount fc : few.facets().get(Fields.COUNTRY)) {
        assertEquals(index.searchUncached(new SearchRequest("fisheries", List.of(fc.value()), null, null, null, null,
            null, null, 1)).total(), fc.count(), fc.value());
        sum += fc.count();
      }
      assertEquals(few.total(), sum, "each record has one country");
    }
  }

  private static String pick(Random rnd) {
    double x = rnd.nextDouble();
    for (int i = 0; i < SHARE.length; i++) {
      x -= SHARE[i];
      if (x < 0) {
        return COUNTRIES[i];
      }
    }
    return COUNTRIES[COUNTRIES.length - 1];
  }
}
