package org.compendium.store.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.compendium.util.NamedThreads;

/**
 * Makes searchers that search a large index in slices on several threads at once: one slice of segments per core,
 * each at least {@code minSliceDocs} documents (below that a second thread costs more than it saves, so a small
 * index is searched on the calling thread alone). Counting every match of a query that matches half a million
 * records is most of a slow search's time (bench/ARCHIVE.md); split over two cores it takes half as long. The
 * calling thread searches one slice itself, so a busy pool slows a search down but never blocks it.
 */
final class SlicedSearchers extends SearcherFactory implements AutoCloseable {
  /** Below this many documents per slice, an index is searched on one thread. */
  static final int MIN_SLICE_DOCS = 100_000;

  private final int threads;
  private final int minSliceDocs;
  private final ExecutorService pool;

  /** Slices for the machine's cores, of at least {@link #MIN_SLICE_DOCS} documents. */
  SlicedSearchers() {
    this(Runtime.getRuntime().availableProcessors(), MIN_SLICE_DOCS);
  }

  /** {@code threads} slices at most, each of at least {@code minSliceDocs} documents (tests use small slices). */
  SlicedSearchers(int threads, int minSliceDocs) {
    this.threads = Math.max(1, threads);
    this.minSliceDocs = Math.max(1, minSliceDocs);
    // the caller searches one slice itself: the pool needs a thread for each of the others
    this.pool = this.threads == 1 ? null : Executors.newFixedThreadPool(this.threads - 1, new NamedThreads("search"));
  }

  @Override
  public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
    return new IndexSearcher(reader, pool) {
      @Override
      protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
        return balanced(leaves, threads, minSliceDocs);
      }
    };
  }

  /**
   * {@code leaves} dealt into at most {@code threads} slices of about equal document counts, as many as hold
   * {@code minSliceDocs} each (at least one): largest segment first, each to the slice holding the fewest documents.
   */
  static IndexSearcher.LeafSlice[] balanced(List<LeafReaderContext> leaves, int threads, int minSliceDocs) {
    long docs = 0;
    for (LeafReaderContext leaf : leaves) {
      docs += leaf.reader().maxDoc();
    }
    int n = (int) Math.max(1, Math.min(Math.min(threads, leaves.size()), docs / minSliceDocs));
    List<List<LeafReaderContext>> slices = new ArrayList<>();
    long[] sizes = new long[n];
    for (int i = 0; i < n; i++) {
      slices.add(new ArrayList<>());
    }
    List<LeafReaderContext> largestFirst = new ArrayList<>(leaves);
    largestFirst.sort(Comparator.comparingInt((LeafReaderContext l) -> l.reader().maxDoc()).reversed());
    for (LeafReaderContext leaf : largestFirst) {
      int smallest = 0;
      for (int i = 1; i < n; i++) {
        if (sizes[i] < sizes[smallest]) {
          smallest = i;
        }
      }
      slices.get(smallest).add(leaf);
      sizes[smallest] += leaf.reader().maxDoc();
    }
    return slices.stream().filter(s -> !s.isEmpty()).map(IndexSearcher.LeafSlice::new)
        .toArray(IndexSearcher.LeafSlice[]::new);
  }

  /** Ends the pool's threads (without interrupting them: an interrupted read can close an index file). */
  @Override
  public void close() {
    if (pool != null) {
      pool.shutdown();
      try {
        pool.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
