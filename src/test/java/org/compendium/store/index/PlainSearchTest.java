package org.compendium.store.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * {@link RecordIndex#searchPlain}, the benchmark's floor, runs the very query of a search (text and filters): on
 * random records and random requests it matches exactly as many records as the full search.
 */
class PlainSearchTest {
  @TempDir Path dir;

  private static final String[] WORDS = {"treaty", "trade", "fisheries", "peace", "herring", "summit", "energy"};
  private static final String[] COUNTRIES = {"FRA", "DEU", "JPN", "RUS"};

  @Test
  void thePlainQueryMatchesWhatTheFullSearchMatches() {
    long seed = new Random().nextLong();
    Random rnd = new Random(seed);
    try (RecordIndex index = RecordIndex.open(dir)) {
      for (int i = 0; i < 2500; i++) {  // more than the 1,000 hits Lucene counts exactly by default
        String id = String.format("r%015d", i);
        String words = WORDS[rnd.nextInt(WORDS.length)] + " and " + WORDS[rnd.nextInt(WORDS.length)];
        index.put(new Record(id, new Source("file:/r" + i + ".txt", "text", id), "Communique " + i,
            (1990 + rnd.nextInt(20)) + "-02-0" + (1 + rnd.nextInt(9)), null, Kind.values()[i % Kind.values().length],
            List.of(COUNTRIES[rnd.nextInt(COUNTRIES.length)]), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), "Communique " + i + ". The ministers discussed " + words + "."));
      }
      index.commit("1");
      long matched = 0;
      for (int q = 0; q < 200; q++) {
        String text = rnd.nextInt(5) == 0 ? "" : WORDS[rnd.nextInt(WORDS.length)]
            + (rnd.nextBoolean() ? " " + WORDS[rnd.nextInt(WORDS.length)] : "");
        List<String> countries = rnd.nextBoolean() ? List.of() : List.of(COUNTRIES[rnd.nextInt(COUNTRIES.length)]);
        String from = rnd.nextBoolean() ? null : Integer.toString(1990 + rnd.nextInt(20));
        SearchRequest r = new SearchRequest(text, countries, null, null, null, null, from, null, 10);
        long full = index.searchUncached(r).total();
        assertEquals(full, index.searchPlain(r), "seed " + seed + ", request " + r);
        matched += full;
      }
      assertTrue(matched > 0, "seed " + seed + ": the requests match something");
      assertTrue(index.searchPlain(SearchRequest.of("", 10)) == 2500, "an empty query counts every record");
    }
  }
}
