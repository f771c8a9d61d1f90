package org.compendium.store.index;

import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.compendium.util.LruMap;

/**
 * The results of recent searches on one index reader (one committed index state), least recently used dropped
 * first. A result is only ever given back for the very reader it was computed on: the first search on a newer
 * reader (every index commit that changed something opens one) empties the cache, so a cached result is always
 * the one the current committed index gives. Results of a deeper limit than {@link #MAX_LIMIT} are not kept
 * (exports and timelines ask for thousands of hits), which bounds the memory to {@code capacity x MAX_LIMIT}
 * hits. Thread-safe; results are immutable values shared between callers.
 */
final class SearchCache {
  /** Deepest request kept: five pages of the API's largest page size. */
  static final int MAX_LIMIT = 500;

  private final int capacity;
  private final Map<SearchRequest, SearchResult> results;
  private IndexReader reader;  // the reader every cached result was computed on; guarded by this
  private long version;  // its version (it may be closed by now, and a closed reader tells nothing)
  private long hits;
  private long misses;

  SearchCache(int capacity) {
    this.capacity = capacity;
    this.results = new LruMap<>(capacity);
  }

  /** The result of {@code request} computed on exactly {@code on}, or null. */
  synchronized SearchResult get(IndexReader on, SearchRequest request) {
    SearchResult r = on == reader ? results.get(request) : null;
    if (r == null) {
      misses++;
    } else {
      hits++;
    }
    return r;
  }

  /**
   * Keeps {@code result}, computed on {@code on}. A result of a newer reader than the cache's empties the cache
   * first; one of an older reader (a search that started before a commit and ended after it) is not kept.
   */
  synchronized void put(IndexReader on, SearchRequest request, SearchResult result) {
    if (capacity == 0 || request.limit() > MAX_LIMIT) {
      return;
    }
    if (on != reader) {
      long v = version(on);
      if (reader != null && v <= version) {
        return;
      }
      results.clear();
      reader = on;
      version = v;
    }
    results.put(request, result);
  }

  /** Searches answered from the cache and searches computed, since the index was opened. */
  synchronized long[] counts() {
    return new long[] {hits, misses};
  }

  /** Grows with every change a writer commits; {@code on} is open (the caller holds it). */
  private long version(IndexReader on) {
    // not a directory reader: no order known, so the latest put wins (still never served for another reader)
    return on instanceof DirectoryReader d ? d.getVersion() : version + 1;
  }
}
