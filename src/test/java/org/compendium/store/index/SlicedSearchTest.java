package org.compendium.store.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search split into slices over several threads answers exactly what one thread does: the same page (ids, scores,
 * snippets), total and facets, on random tie-heavy records in several segments; and the slices deal every segment
 * out once, about evenly.
 */
class SlicedSearchTest {
  @TempDir Path dir;

  @Test
  void slicedSearchesAnswerExactlyWhatOneThreadDoes() throws Exception {
    long seed = new Random().nextLong();
    Random rnd = new Random(seed);
    index(rnd, 4000);
    Analyzer analyzer = RecordDocuments.analyzer();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir));
        SlicedSearchers sliced = new SlicedSearchers(3, 1)) {
      assertTrue(reader.leaves().size() >= 3, "several segments: " + reader.leaves().size());
      SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader,
          RecordDocuments.facetsConfig());
      NameFilter names = new NameFilter(state, analyzer);
      IndexSearch one = new IndexSearch(new IndexSearcher(reader), analyzer, state, names);
      IndexSearcher slicedSearcher = sliced.newSearcher(reader, null);
      assertEquals(3, slicedSearcher.getSlices().length);
      IndexSearch many = new IndexSearch(slicedSearcher, analyzer, state, names);
      long hits = 0;
      for (int q = 0; q < 300; q++) {
        SearchRequest r = SearchRankingTest.request(rnd);
        SearchResult expected = one.run(r);
        assertEquals(expected, many.run(r), "seed " + seed + ", " + r);
        hits += expected.hits().size();
      }
      assertTrue(hits > 1000, "seed " + seed + ": the requests find something (" + hits + " hits)");
    }
  }

  @Test
  void slicesDealEverySegmentOnceAboutEvenly() throws Exception {
    long seed = new Random().nextLong();
    index(new Random(seed), 3000);
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      List<LeafReaderContext> leaves = reader.leaves();
      int largest = leaves.stream().mapToInt(l -> l.reader().maxDoc()).max().orElse(0);
      for (int threads = 1; threads <= leaves.size() + 1; threads++) {
        for (int min : new int[] {1, 500, 1000, 1600, 3001}) {
          IndexSearcher.LeafSlice[] slices = SlicedSearchers.balanced(leaves, threads, min);
          String what = "seed " + seed + ", " + threads + " threads, at least " + min + " docs a slice";
          Set<LeafReaderContext> seen = new HashSet<>();
          List<Long> sizes = new ArrayList<>();
          for (IndexSearcher.LeafSlice s : slices) {
            long docs = 0;
            for (LeafReaderContext leaf : s.leaves) {
              assertTrue(seen.add(leaf), what + ": a segment in two slices");
              docs += leaf.reader().maxDoc();
            }
            sizes.add(docs);
          }
          assertEquals(leaves.size(), seen.size(), what + ": every segment");
          int expected = (int) Math.max(1, Math.min(Math.min(threads, leaves.size()), 3000 / min));
          assertEquals(expected, slices.length, what);
          long spread = sizes.stream().mapToLong(Long::longValue).max().orElse(0)
              - sizes.stream().mapToLong(Long::longValue).min().orElse(0);
          assertTrue(spread <= largest, what + ": slices " + sizes + " differ by more than the largest segment");
        }
      }
    }
  }

  /** Indexes {@code n} random records of {@link SearchRankingTest}, committing every 500 (several segments). */
  private void index(Random rnd, int n) {
    try (RecordIndex index = RecordIndex.open(dir)) {
      for (int i = 0; i < n; i++) {
        index.put(SearchRankingTest.record(rnd, String.format("k%05d", rnd.nextInt(100_000)) + "-" + i));
        if (i % 500 == 499) {
          index.commit(Integer.toString(i));
        }
      }
      index.commit("all");
    }
  }
}
