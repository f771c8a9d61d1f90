package org.compendium.store.index;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * Matches every {@code stride}-th document of the index (doc ids 0, stride, 2·stride... across segments): a
 * systematic sample of the index. As a filter of another query it leads the conjunction, so the other query is
 * only asked about the sampled documents: the cost is that of the sample, not of all matches.
 */
final class EveryNthQuery extends Query {
  private final int stride;

  EveryNthQuery(int stride) {
    if (stride < 1) {
      throw new IllegalArgumentException("stride must be positive: " + stride);
    }
    this.stride = stride;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public Scorer scorer(LeafReaderContext context) {
        return new ConstantScoreScorer(this, score(), scoreMode,
            new Stride(Math.floorMod(-context.docBase, stride), context.reader().maxDoc()));
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return false;  // a sample is asked for once per search; caching it would only evict useful filters
      }
    };
  }

  /** Doc ids {@code first}, {@code first + stride}, ... below {@code maxDoc} of one segment. */
  private final class Stride extends DocIdSetIterator {
    private final int first;
    private final int maxDoc;
    private int doc = -1;

    Stride(int first, int maxDoc) {
      this.first = first;
      this.maxDoc = maxDoc;
    }

    @Override
    public int docID() {
      return doc;
    }

    @Override
    public int nextDoc() {
      return advance(doc + 1);
    }

    @Override
    public int advance(int target) {
      long next = target <= first ? first : first + ((long) target - first + stride - 1) / stride * stride;
      doc = next >= maxDoc ? NO_MORE_DOCS : (int) next;
      return doc;
    }

    @Override
    public long cost() {
      return first >= maxDoc ? 0 : (maxDoc - first + stride - 1) / stride;
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return "every " + stride + "th document";
  }

  @Override
  public boolean equals(Object o) {
    return sameClassAs(o) && ((EveryNthQuery) o).stride == stride;
  }

  @Override
  public int hashCode() {
    return classHash() * 31 + stride;
  }
}
