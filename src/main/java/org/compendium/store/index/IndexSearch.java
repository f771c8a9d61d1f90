package org.compendium.store.index;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.compendium.store.index.SearchResult.FacetCount;
import org.compendium.store.index.SearchResult.Hit;

/**
 * Runs one {@link SearchRequest} on one point-in-time searcher: builds the query with its filters, collects the
 * top hits and facet counts (top {@value #FACET_VALUES} values per dimension) in one pass, and highlights a
 * snippet per hit. The facet state (ordinals of every facet value) is the caller's, built once per index
 * commit.
 */
final class IndexSearch {
  static final int FACET_VALUES = 10;
  static final int SNIPPET = 160;
  // Score, then id: the same archive ranks the same way however (and in whichever order) it was indexed.
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Sort RANKING = new Sort(SortField.FIELD_SCORE, new SortField(Fields.ID, SortField.Type.STRING));

  private final IndexSearcher searcher;
  private final Analyzer analyzer;
  private final SortedSetDocValuesReaderState facetState;

  /** {@code facetState}: of {@code searcher}'s reader, or null when the index has no facet yet. */
  IndexSearch(IndexSearcher searcher, Analyzer analyzer, SortedSetDocValuesReaderState facetState) {
    this.searcher = searcher;
    this.analyzer = analyzer;
    this.facetState = facetState;
  }

  /** The ids of every record the request matches (its limit ignored), in id order. */
  java.util.SortedSet<String> ids(SearchRequest req) throws IOException {
    java.util.SortedSet<String> ids = new java.util.TreeSet<>();
    searcher.search(withFilters(textQuery(req.query()), req), new org.apache.lucene.search.SimpleCollector() {
      private org.apache.lucene.index.SortedDocValues id;

      @Override
      protected void doSetNextReader(org.apache.lucene.index.LeafReaderContext leaf) throws IOException {
        id = org.apache.lucene.index.DocValues.getSorted(leaf.reader(), Fields.ID);
      }

      @Override
      public void collect(int doc) throws IOException {
        if (id.advanceExact(doc)) {
          ids.add(id.lookupOrd(id.ordValue()).utf8ToString());
        }
      }

      @Override
      public org.apache.lucene.search.ScoreMode scoreMode() {
        return org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES;
      }
    });
    return ids;
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
    FacetsCollectorManager.FacetsResult r =
        FacetsCollectorManager.search(searcher, query, req.limit(), RANKING, true, new FacetsCollectorManager());
    TopDocs ranked = r.topDocs();
    // only the requested page of the ranking gets snippets and fields
    ScoreDoc[] page = req.offset() >= ranked.scoreDocs.length ? new ScoreDoc[0]
        : Arrays.copyOfRange(ranked.scoreDocs, req.offset(), ranked.scoreDocs.length);
    TopDocs top = new TopDocs(ranked.totalHits, page);
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
      ScoreDoc sd = top.scoreDocs[i];
      String snippet = snippets[i] == null ? "" : SPACES.matcher(snippets[i]).replaceAll(" ").strip();
      // the id is the ranking's tie-break sort value; title and date were read with the text for the snippet
      HitHighlighter.Stored f = null;
      String id = null;
      if (sd instanceof FieldDoc fd && fd.fields.length > 1 && fd.fields[1] instanceof BytesRef b) {
        id = b.utf8ToString();
        f = hl.fields(id);
      }
      if (f == null) {
        var doc = stored.document(sd.doc, Set.of(Fields.ID, Fields.TITLE, Fields.DATE));
        id = doc.get(Fields.ID);
        f = new HitHighlighter.Stored(doc.get(Fields.TITLE), doc.get(Fields.DATE));
      }
      hits.add(new Hit(id, f.title(), f.date(), sd.score, snippet));
    }
    return new SearchResult(top.totalHits.value, hits, facets(r));
  }

  private Map<String, List<FacetCount>> facets(FacetsCollectorManager.FacetsResult r) throws IOException {
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    if (facetState == null) {
      return out;  // an empty index has no facet field yet
    }
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(facetState, r.facetsCollector());
    for (String dim : Fields.DIMENSIONS) {
      List<FacetCount> values = new ArrayList<>();
      try {
        FacetResult fr = counts.getTopChildren(FACET_VALUES, dim);
        if (fr != null) {
          for (LabelAndValue lv : fr.labelValues) {
            values.add(new FacetCount(lv.label, lv.value.longValue()));
          }
        }
      } catch (IllegalArgumentException e) {
        // no record carries this dimension yet
      }
      out.put(dim, values);
    }
    return out;
  }

  private Query textQuery(String q) {
    if (q == null || q.isBlank() || q.strip().equals("*")) {
      return new MatchAllDocsQuery();
    }
    MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {Fields.TEXT, Fields.TITLE}, analyzer,
        Map.of(Fields.TEXT, 1f, Fields.TITLE, 2f));
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(q);
    } catch (ParseException e) {
      throw new IllegalArgumentException("bad query: " + e.getMessage().lines().findFirst().orElse(q), e);
    }
  }

  private Query withFilters(Query text, SearchRequest req) {
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
      b.add(phrase(Fields.PEOPLE, req.person()), Occur.FILTER);
    }
    if (req.instrument() != null) {
      b.add(phrase(Fields.INSTRUMENTS, req.instrument()), Occur.FILTER);
    }
    if (req.from() != null || req.to() != null) {
      long from = req.from() == null ? Long.MIN_VALUE : day(req.from(), false);
      long to = req.to() == null ? Long.MAX_VALUE : day(req.to(), true);
      b.add(LongPoint.newRangeQuery(Fields.DAY, from, to), Occur.FILTER);
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

  private Query phrase(String field, String words) {
    Query q = new QueryBuilder(analyzer).createPhraseQuery(field, words);
    return q == null ? new MatchNoDocsQuery() : q;
  }
}
