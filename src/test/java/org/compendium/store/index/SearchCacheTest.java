package org.compendium.store.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.compendium.model.Kind;
import org.compendium.model.Record;
import org.compendium.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search result cache of {@link RecordIndex}: a search repeated on one committed state is answered from the
 * cache, and every commit that changes the index makes the next search see the change.
 */
class SearchCacheTest {
  @TempDir Path dir;

  private static Record record(int i, String country, String words) {
    String id = String.format("r%015d", i);
    return new Record(id, new Source("file:/r" + i + ".txt", "text", id), "Communique " + i, "2001-02-0" + (1 + i % 9),
        null, Kind.values()[i % Kind.values().length], List.of(country), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), "Communique " + i + ". The ministers " + words + ".");
  }

  private static List<String> ids(SearchResult r) {
    return r.hits().stream().map(SearchResult.Hit::id).toList();
  }

  @Test
  void aRepeatedSearchIsAnsweredFromTheCacheUntilACommitChangesTheIndex() {
    try (RecordIndex index = RecordIndex.open(dir)) {
      index.put(record(1, "FRA", "signed a peace treaty"));
      index.put(record(2, "DEU", "discussed trade"));
      index.commit("1");
      SearchRequest treaty = SearchRequest.of("treaty", 20);
      SearchResult first = index.search(treaty);
      assertEquals(List.of("r000000000000001"), ids(first));
      assertSame(first, index.search(SearchRequest.of("treaty", 20)), "an equal request on the same state");
      assertEquals(1, index.cacheCounts()[0]);
      SearchResult deeper = index.search(SearchRequest.of("treaty", 40));
      assertNotSame(first, deeper, "another limit is another search");
      SearchResult fresh = index.searchUncached(treaty);
      assertNotSame(first, fresh, "computed anew");
      assertEquals(first, fresh);
      SearchResult trade = index.search(SearchRequest.of("trade", 20));
      assertEquals(List.of("r000000000000002"), ids(trade));

      index.put(record(3, "ITA", "ratified the treaty"));
      assertSame(first, index.search(treaty), "uncommitted changes are invisible, so the cached result holds");
      index.commit("2");
      SearchResult afterAdd = index.search(treaty);
      assertEquals(List.of("r000000000000001", "r000000000000003"), ids(afterAdd).stream().sorted().toList());
      assertEquals(2, afterAdd.total());
      assertEquals(2, afterAdd.facets().get(Fields.COUNTRY).size(), "facets are counted anew too");

      index.delete("r000000000000001");
      index.commit("3");
      assertEquals(List.of("r000000000000003"), ids(index.search(treaty)));
      index.put(record(1, "FRA", "discussed fisheries"));  // replaced: no longer about a treaty
      index.commit("4");
      assertEquals(List.of("r000000000000003"), ids(index.search(treaty)));
      assertEquals(List.of("r000000000000001"), ids(index.search(SearchRequest.of("fisheries", 20))));
      index.deleteAll();
      index.commit("5");
      assertEquals(0, index.search(treaty).total());
    }
  }

  @Test
  void deepRequestsAreNotKept() {
    try (RecordIndex index = RecordIndex.open(dir)) {
      index.put(record(1, "FRA", "signed a treaty"));
      index.commit("1");
      SearchRequest deep = SearchRequest.of("treaty", SearchCache.MAX_LIMIT + 1);
      SearchResult a = index.search(deep);
      assertNotSame(a, index.search(deep));
      assertEquals(a, index.search(deep));
    }
  }

  /**
   * Writers commit one record at a time while searchers repeat a few searches: a search that starts after a commit
   * returned must count every record committed so far (a result cached before it would count fewer), and its hits
   * must agree with its total.
   */
  @Test
  void searchesConcurrentWithCommitsAlwaysSeeTheLatestCommit() throws Exception {
    long seed = Long.getLong("seed", System.nanoTime());
    String why = "seed " + seed;
    Random rnd = new Random(seed);
    String[] countries = {"FRA", "DEU", "ITA"};
    int records = 20;
    List<String> problems = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger committed = new AtomicInteger();
    AtomicInteger searches = new AtomicInteger();
    AtomicBoolean done = new AtomicBoolean();
    try (RecordIndex index = RecordIndex.open(dir)) {
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        long threadSeed = seed + t;
        threads.add(new Thread(() -> {
          Random r = new Random(threadSeed);
          while (!done.get() && problems.isEmpty()) {
            int before = committed.get();
            boolean all = r.nextBoolean();
            SearchRequest req = all ? SearchRequest.of("treaty", 500)
                : new SearchRequest("treaty", List.of("FRA"), null, null, null, null, null, null, 500);
            SearchResult res = index.search(req);
            searches.incrementAndGet();
            if (all && res.total() < before) {
              problems.add("searched after commit " + before + " but saw " + res.total() + " records");
            }
            if (res.hits().size() != res.total()) {
              problems.add(req + ": " + res.hits().size() + " hits for a total of " + res.total());
            }
            if (!all && res.hits().stream().anyMatch(h -> h.title() == null)) {
              problems.add("hit without its stored fields");
            }
            try {
              Thread.sleep(1);  // leave a core to the writer
            } catch (InterruptedException e) {
              return;
            }
          }
        }));
      }
      threads.forEach(Thread::start);
      try {
        for (int i = 0; i < records && problems.isEmpty(); i++) {
          index.put(record(i, countries[rnd.nextInt(countries.length)], "agreed on treaty article " + i));
          index.commit(String.valueOf(i));
          committed.set(i + 1);
          Thread.sleep(rnd.nextInt(3));
        }
      } finally {
        done.set(true);
        for (Thread t : threads) {
          t.join();
        }
      }
      assertTrue(problems.isEmpty(), why + ": " + problems.subList(0, Math.min(5, problems.size())));
      assertEquals(records, index.search(SearchRequest.of("treaty", 500)).total(), why);
      assertTrue(searches.get() > records, why + ": only " + searches.get() + " searches ran");
    }
  }
}
