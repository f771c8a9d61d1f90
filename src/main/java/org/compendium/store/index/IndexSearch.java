package org.compendium.store.index;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.compendium.store.index.SearchResult.Hit;

/**
 * Runs one {@link SearchRequest} on one point-in-time searcher: builds the query with its filters, ranks the top
 * hits (skipping what cannot reach the page), counts the matches and their facets ({@link FacetCounting}: top
 * {@value #FACET_VALUES} values per dimension, estimated from a sample above {@link SearchResult#FACET_SAMPLE}
 * matches), and highlights a snippet per hit of the page. The facet state (ordinals of every facet value) is the
 * caller's, built once per index commit.
 */
final class IndexSearch {
  static final int FACET_VALUES = 10;
  static final int SNIPPET = 160;
  /** Hits compared one by one before the ranking starts skipping (Lucene's default). */
  static final int RANKED_EXACTLY = 1_000;
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /**
   * Score, then id: the same archive ranks the same way however (and in whichever order) it was indexed. Once
   * {@value #RANKED_EXACTLY} hits are seen, blocks of documents that cannot reach the page are skipped (block-max
   * WAND); documents scoring exactly the page's lowest score still compete on id (TopFieldCollector keeps equal
   * scores competitive when a sort follows the score).
   */
  private static final Sort RANKING = new Sort(SortField.FIELD_SCORE, new SortField(Fields.ID, SortField.Type.STRING));
  /** Without query words every match scores the same: id order, whose top pages Lucene finds by skipping. */
  private static final Sort ID_ORDER = new Sort(new SortField(Fields.ID, SortField.Type.STRING));

  private final IndexSearcher searcher;
  private final Analyzer analyzer;
  private final SortedSetDocValuesReaderState facetState;
  private final NameFilter names;

  /**
   * {@code facetState} and {@code names}: of {@code searcher}'s reader, or null when the index has no facet yet
   * (names are then matched as phrases).
   */
  IndexSearch(IndexSearcher searcher, Analyzer analyzer, SortedSetDocValuesReaderState facetState,
      NameFilter names) {
    this.searcher = searcher;
    this.analyzer = analyzer;
    this.facetState = facetState;
    this.names = names;
  }

  /** The ids of every record the request matches (its limit ignored), in id order. */
  MatchingIds ids(SearchRequest req) throws IOException {
    MatchingIds.Builder ids = MatchingIds.builder();
    searcher.search(withFilters(textQuery(req.query()), req), new org.apache.lucene.search.SimpleCollector() {
      private org.apache.lucene.index.SortedDocValues id;

      @Override
      protected void doSetNextReader(org.apache.lucene.index.LeafReaderContext leaf) throws IOException {
        id = org.apache.lucene.index.DocValues.getSorted(leaf.reader(), Fields.ID);
      }

      @Override
      public void collect(int doc) throws IOException {
        if (id.advanceExact(doc)) {
          ids.add(id.lookupOrd(id.ordValue()));
        }
      }

      @Override
      public org.apache.lucene.search.ScoreMode scoreMode() {
        return org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES;
      }
    });
    return ids.build();
  }

  /**
   * The floor a search is measured against: the same query (text and filters) as {@link #run}, ranked by score
   * alone, top {@code limit} documents, without facets, snippets or stored fields. Returns the total hit count,
   * counted exactly.
   */
  long plain(SearchRequest req) throws IOException {
    // counted exactly, as the full search counts them (Lucene's default stops counting at 1,000 hits)
    return searcher.search(withFilters(textQuery(req.query()), req),
        new org.apache.lucene.search.TopScoreDocCollectorManager(Math.max(1, req.limit()), Integer.MAX_VALUE))
        .totalHits.value;
  }

  SearchResult run(SearchRequest req) throws IOException {
    Query text = textQuery(req.query());
    Query query = withFilters(text, req);
    TopDocs ranked = searcher.search(query,
        new TopFieldCollectorManager(text instanceof MatchAllDocsQuery ? ID_ORDER : RANKING, req.limit(), null,
            RANKED_EXACTLY));
    FacetCounting.Counted counted = new FacetCounting(searcher, facetState, FACET_VALUES).count(query);
    long total = counted.total();
    // only the requested page of the ranking gets scores, snippets and fields
    ScoreDoc[] page = req.offset() >= ranked.scoreDocs.length ? new ScoreDoc[0]
        : Arrays.copyOfRange(ranked.scoreDocs, req.offset(), ranked.scoreDocs.length);
    TopFieldCollector.populateScores(page, searcher, query);
    TopDocs top = new TopDocs(new TotalHits(total, TotalHits.Relation.EQUAL_TO), page);
    HitHighlighter hl = new HitHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", false))
        .withMaxLength(1_000_000)
        // passages of about SNIPPET chars cut at words, the match centred: a "sentence" can be a whole preamble
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getWordInstance(Locale.ROOT), SNIPPET, 0.5f)));
    String[] snippets = top.scoreDocs.length == 0 ? new String[0] : hl.highlight(Fields.TEXT, text, top, 2);
    StoredFields stored = searcher.storedFields();
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < top.scoreDocs.length; i++) {
      FieldDoc fd = (FieldDoc) top.scoreDocs[i];
      String snippet = snippets[i] == null ? "" : SPACES.matcher(snippets[i]).replaceAll(" ").strip();
      // the id is the last sort value of both orders; title and date were read with the text for the snippet
      String id = ((BytesRef) fd.fields[fd.fields.length - 1]).utf8ToString();
      HitHighlighter.Stored f = hl.fields(id);
      if (f == null) {
        var doc = stored.document(fd.doc, Set.of(Fields.TITLE, Fields.DATE));
        f = new HitHighlighter.Stored(doc.get(Fields.TITLE), doc.get(Fields.DATE));
      }
      hits.add(new Hit(id, f.title(), f.date(), fd.score, snippet));
    }
    return new SearchResult(total, hits, counted.facets(), counted.estimated());
  }

  Query textQuery(String q) {
    if (q == null || q.isBlank() || q.strip().equals("*")) {
      return new MatchAllDocsQuery();
    }
    // the title is part of the text field, weighted there (RecordDocuments): one field to match and rank on
    QueryParser parser = new QueryParser(Fields.TEXT, analyzer);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(q);
    } catch (ParseException e) {
      throw new IllegalArgumentException("bad query: " + e.getMessage().lines().findFirst().orElse(q), e);
    }
  }

  Query withFilters(Query text, SearchRequest req) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, Occur.MUST);
    for (String c : req.countries()) {
      b.add(exact(Fields.COUNTRY, c), Occur.FILTER);
    }
    if (req.topic() != null) {
      b.add(exact(Fields.TOPIC, req.topic()), Occur.FILTER);
    }
    if (req.kind() != null) {
      b.add(exact(Fields.KIND, req.kind()), Occur.FILTER);
    }
    if (req.person() != null) {
      b.add(name(Fields.PERSON, Fields.PEOPLE, req.person()), Occur.FILTER);
    }
    if (req.instrument() != null) {
      b.add(name(Fields.INSTRUMENT, Fields.INSTRUMENTS, req.instrument()), Occur.FILTER);
    }
    if (req.from() != null || req.to() != null) {
      long from = req.from() == null ? Long.MIN_VALUE : day(req.from(), false);
      long to = req.to() == null ? Long.MAX_VALUE : day(req.to(), true);
      // points when the range leads the search, doc values when the words (or a sample) are rarer: a range
      // covering years of a large archive is not turned into a set of every document in it for a few matches
      b.add(new IndexOrDocValuesQuery(LongPoint.newRangeQuery(Fields.DAY, from, to),
          NumericDocValuesField.newSlowRangeQuery(Fields.DAY, from, to)), Occur.FILTER);
    }
    return b.build();
  }

  private static long day(String iso, boolean last) {
    long d = RecordDocuments.day(iso, last);
    if (d == 0) {
      throw new IllegalArgumentException("not a date (yyyy, yyyy-mm or yyyy-mm-dd): " + iso);
    }
    return d;
  }

  private static Query exact(String dim, String value) {
    return new TermQuery(new Term(RecordDocuments.filterField(dim), value.strip().toLowerCase(Locale.ROOT)));
  }

  /** Records with a name in {@code dim} holding {@code words} as a phrase (analyzed as in {@code field}). */
  private Query name(String dim, String field, String words) {
    return names != null ? names.query(dim, field, words) : phrase(field, words);
  }

  private Query phrase(String field, String words) {
    Query q = new QueryBuilder(analyzer).createPhraseQuery(field, words);
    return q == null ? new MatchNoDocsQuery() : q;
  }
}
