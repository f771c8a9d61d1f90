package org.compendium.store.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.compendium.model.Record;

/**
 * The Lucene full-text index of the current records, one document per record keyed by its id. It is derived
 * data: the database is the truth and the index can be rebuilt from it at any time. Changes become visible to
 * searches only at {@link #commit(String)}, all at once, so a search never sees part of a batch. Searches run
 * concurrently with writes on point-in-time searchers. One writer per index directory (Lucene's write lock).
 */
public final class RecordIndex implements AutoCloseable {
  private static final String MARK = "compendium.db";
  /** Commit-data key of the document layout an index was built with. */
  private static final String FORMAT_KEY = "compendium.format";
  /**
   * The document layout of this version ({@link RecordDocuments}); an index built with another (or before the
   * layout was recorded, "") must be rebuilt: {@link #current()}. 2: the title indexed into the text; 3: the day
   * also as doc values.
   */
  static final String FORMAT = "3";
  /** Distinct searches whose results are kept per committed index state. */
  static final int CACHED_SEARCHES = 512;
  private final FSDirectory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final SlicedSearchers slicing = new SlicedSearchers();
  private final Analyzer analyzer = RecordDocuments.analyzer();
  private final FacetsConfig config = RecordDocuments.facetsConfig();
  private final RecordDocuments documents = new RecordDocuments(config);
  /** Facet ordinals of the last searcher's reader: built once per index commit, not once per search. */
  private volatile FacetState facetState;
  /** Results of recent searches on the current reader: the same search twice between commits is computed once. */
  private final SearchCache cache = new SearchCache(CACHED_SEARCHES);

  /** What searches of one reader share: facet ordinals and the names of people and instruments (or nulls). */
  private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state, NameFilter names) {}

  private RecordIndex(Path dir) throws IOException {
    directory = FSDirectory.open(dir);
    IndexWriterConfig wc = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    boolean fresh = !DirectoryReader.indexExists(directory);
    writer = new IndexWriter(directory, wc);
    if (fresh) {
      writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
      writer.commit();  // a fresh index is readable at once
    }
    searchers = new SearcherManager(writer, slicing);
  }

  public static RecordIndex open(Path dir) {
    try {
      return new RecordIndex(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open index " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The index document of {@code r} (thread-safe: built on any thread, then {@link #add}ed). */
  public org.apache.lucene.document.Document document(Record r) {
    return documents.build(r);
  }

  /**
   * Adds a document built by {@link #document} for a record whose id is not in the index (a record new to the
   * database); visible after {@link #commit(String)}.
   */
  public void add(org.apache.lucene.document.Document d) {
    try {
      writer.addDocument(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds or replaces the document of {@code r}; visible after {@link #commit(String)}. */
  public void put(Record r) {
    try {
      writer.updateDocument(new Term(Fields.ID, r.id()), documents.build(r));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void delete(String id) {
    try {
      writer.deleteDocuments(new Term(Fields.ID, id));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void deleteAll() {
    try {
      writer.deleteAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Makes every change durable and visible to new searches, recording {@code mark} (the database state the
   * index now matches, see {@link #mark()}).
   */
  public void commit(String mark) {
    try {
      writer.setLiveCommitData(Map.of(MARK, mark, FORMAT_KEY, FORMAT).entrySet());
      writer.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The database mark given at the last commit, or "" for an index never committed with one. */
  public String mark() {
    return commitData(MARK);
  }

  /**
   * False when the index was built with another document layout than this version's: its searches would not
   * match as documented until it is rebuilt from the database (see {@code Archive}).
   */
  public boolean current() {
    return commitData(FORMAT_KEY).equals(FORMAT);
  }

  private String commitData(String key) {
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> e : data) {
        if (e.getKey().equals(key)) {
          return e.getValue();
        }
      }
    }
    return "";
  }

  /** Ids of the records in the committed index. */
  public Set<String> ids() {
    return withSearcher(s -> {
      Set<String> ids = new HashSet<>();
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          if (live == null || live.get(d)) {
            ids.add(stored.document(d, Set.of(Fields.ID)).get(Fields.ID));
          }
        }
      }
      return ids;
    });
  }

  public int count() {
    return withSearcher(s -> s.getIndexReader().numDocs());
  }

  /**
   * The ids of every record a search matches on the latest committed state (the request's limit ignored), in id
   * order: for exporting a query's result. Holds ids only, never records.
   */
  public MatchingIds matchingIds(SearchRequest request) {
    return withSearcher(s -> searchOn(s).ids(request));
  }

  /**
   * Runs a search on the latest committed state. The result of a search already run on that very state is
   * given back as it was (see {@link SearchCache}).
   */
  public SearchResult search(SearchRequest request) {
    return withSearcher(s -> {
      IndexReader reader = s.getIndexReader();
      SearchResult cached = cache.get(reader, request);
      if (cached != null) {
        return cached;
      }
      SearchResult r = searchOn(s).run(request);
      cache.put(reader, request, r);
      return r;
    });
  }

  /**
   * Runs a search on the latest committed state without the result cache, neither reading nor filling it: for
   * benchmarks of the search itself.
   */
  public SearchResult searchUncached(SearchRequest request) {
    return withSearcher(s -> searchOn(s).run(request));
  }

  /**
   * A plain Lucene query of the same text and filters, top hits by score only, without facets or snippets
   * ({@link IndexSearch#plain}): the reference that benchmarks compare {@link #searchUncached} with. Returns the
   * total hit count.
   */
  public long searchPlain(SearchRequest request) {
    return withSearcher(s -> searchOn(s).plain(request));
  }

  /** Searches answered from the result cache and searches computed, since the index was opened. */
  public long[] cacheCounts() {
    return cache.counts();
  }

  /** A search on {@code s} with the facet state of its reader, built once per reader. */
  private IndexSearch searchOn(IndexSearcher s) throws IOException {
    IndexReader reader = s.getIndexReader();
    FacetState f = facetState;
    if (f == null || f.reader() != reader) {
      SortedSetDocValuesReaderState state;
      try {
        state = new DefaultSortedSetDocValuesReaderState(reader, config);
      } catch (IllegalArgumentException e) {
        state = null; // an empty index has no facet field yet
      }
      f = new FacetState(reader, state, state == null ? null : new NameFilter(state, analyzer));
      facetState = f;
    }
    return new IndexSearch(s, analyzer, f.state(), f.names());
  }

  private interface Use<T> {
    T apply(IndexSearcher s) throws IOException;
  }

  private <T> T withSearcher(Use<T> use) {
    try {
      IndexSearcher s = searchers.acquire();
      try {
        return use.apply(s);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      searchers.close();
      slicing.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
