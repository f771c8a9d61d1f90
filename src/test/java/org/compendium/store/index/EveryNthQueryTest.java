package org.compendium.store.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * {@link EveryNthQuery} matches exactly the doc ids that are multiples of its stride, across segments of random
 * sizes, alone and as the filter of another query (which advances it to arbitrary targets).
 */
class EveryNthQueryTest {
  @Test
  void matchesEveryMultipleOfTheStrideAcrossSegments() throws Exception {
    long seed = new Random().nextLong();
    Random rnd = new Random(seed);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      int n = 0;
      List<Boolean> red = new ArrayList<>();
      try (IndexWriter w = new IndexWriter(dir,
          new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
        for (int segment = 0; segment < 2 + rnd.nextInt(6); segment++) {
          for (int i = rnd.nextInt(rnd.nextBoolean() ? 5 : 400); i > 0; i--) {
            boolean r = rnd.nextInt(3) == 0;
            Document d = new Document();
            d.add(new StringField("colour", r ? "red" : "blue", Field.Store.NO));
            w.addDocument(d);
            red.add(r);
            n++;
          }
          w.commit();  // one segment each
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        for (int stride : new int[] {1, 2, 3, 7, 64, 1 + rnd.nextInt(50), n, n + 1, 10 * n + 3}) {
          List<Integer> expected = new ArrayList<>();
          List<Integer> expectedRed = new ArrayList<>();
          for (int d = 0; d < n; d += stride) {
            expected.add(d);
            if (red.get(d)) {
              expectedRed.add(d);
            }
          }
          String why = "seed " + seed + ", " + n + " docs in " + reader.leaves().size() + " segments, stride " + stride;
          assertEquals(expected, docs(searcher, new EveryNthQuery(stride)), why);
          assertEquals(expectedRed, docs(searcher, new BooleanQuery.Builder()
              .add(new TermQuery(new Term("colour", "red")), Occur.FILTER)
              .add(new EveryNthQuery(stride), Occur.FILTER).build()), why);
        }
      }
    }
  }

  private static List<Integer> docs(IndexSearcher searcher, org.apache.lucene.search.Query q) throws Exception {
    List<Integer> out = new ArrayList<>();
    searcher.search(q, new SimpleCollector() {
      private int base;

      @Override
      protected void doSetNextReader(LeafReaderContext context) {
        base = context.docBase;
      }

      @Override
      public void collect(int doc) {
        out.add(base + doc);
      }

      @Override
      public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
      }
    });
    return out;
  }
}
