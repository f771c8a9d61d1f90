package org.compendium.store.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.compendium.model.Kind;
import org.compendium.model.Record;
import org.compendium.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ranking skips what cannot reach the page, yet gives exactly the exhaustive ranking (score, then id) on
 * random records built to tie: a tiny vocabulary, short texts, titles of few words. Every page at every offset,
 * with and without query words and filters, and the same whichever order the records were indexed in.
 */
class SearchRankingTest {
  @TempDir Path dir;

  private static final String[] WORDS = {"treaty", "trade", "summit", "meeting", "peace", "energy"};
  private static final String[] COUNTRIES = {"FRA", "DEU", "JPN"};
  private static final Sort EXHAUSTIVE = new Sort(SortField.FIELD_SCORE, new SortField(Fields.ID, SortField.Type.STRING));

  @Test
  void pagesEqualTheExhaustiveRankingWhicheverOrderTheRecordsCameIn() throws Exception {
    long seed = new Random().nextLong();
    Random rnd = new Random(seed);
    List<Record> records = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {  // three times the hits compared one by one before skipping starts
      records.add(record(rnd, String.format("k%05d", rnd.nextInt(100_000)) + "-" + i));
    }
    List<Record> shuffled = new ArrayList<>(records);
    Collections.shuffle(shuffled, rnd);
    List<SearchRequest> requests = new ArrayList<>();
    for (int q = 0; q < 300; q++) {
      requests.add(request(rnd));
    }
    List<List<SearchResult.Hit>> first = search(dir.resolve("a"), records, requests, seed, true);
    List<List<SearchResult.Hit>> second = search(dir.resolve("b"), shuffled, requests, seed, false);
    assertEquals(first, second, "seed " + seed + ": the same ranking, ids and scores, in either indexing order");
  }

  /** Indexes {@code records} (several segments) and runs every request, checked against the exhaustive ranking. */
  private static List<List<SearchResult.Hit>> search(Path at, List<Record> records, List<SearchRequest> requests,
      long seed, boolean check) throws Exception {
    List<List<SearchResult.Hit>> out = new ArrayList<>();
    try (RecordIndex index = RecordIndex.open(at)) {
      for (int i = 0; i < records.size(); i++) {
        index.put(records.get(i));
        if (i % 700 == 699) {
          index.commit(Integer.toString(i));
        }
      }
      index.commit("all");
      try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(at))) {
        IndexSearcher searcher = new IndexSearcher(reader);
        IndexSearch build = new IndexSearch(searcher, RecordDocuments.analyzer(), null, null);
        long paged = 0;
        for (SearchRequest r : requests) {
          SearchResult got = index.searchUncached(r);
          out.add(got.hits());
          if (!check) {
            continue;
          }
          Query query = build.withFilters(build.textQuery(r.query()), r);
          int count = searcher.count(query);
          assertEquals(count, got.total(), "seed " + seed + ", " + r);
          TopDocs all = searcher.search(query,
              new TopFieldCollectorManager(EXHAUSTIVE, Math.max(1, count), null, Integer.MAX_VALUE));
          List<String> expected = new ArrayList<>();
          for (int k = r.offset(); k < Math.min(r.limit(), all.scoreDocs.length); k++) {
            ScoreDoc sd = all.scoreDocs[k];
            expected.add(searcher.storedFields().document(sd.doc).get(Fields.ID));
          }
          assertEquals(expected, got.hits().stream().map(SearchResult.Hit::id).toList(), "seed " + seed + ", " + r);
          paged += expected.size();
        }
        assertTrue(!check || paged > 1000, "seed " + seed + ": the requests rank something (" + paged + " hits)");
      }
    }
    return out;
  }

  static Record record(Random rnd, String id) {
    StringBuilder text = new StringBuilder();
    for (int w = 1 + rnd.nextInt(6); w > 0; w--) {
      text.append(WORDS[rnd.nextInt(WORDS.length)]).append(w == 1 ? "." : " ");
    }
    String title = rnd.nextInt(3) == 0 ? null : WORDS[rnd.nextInt(WORDS.length)] + " " + WORDS[rnd.nextInt(WORDS.length)];
    return new Record(id, new Source("file:/" + id + ".txt", "text", id), title,
        (1990 + rnd.nextInt(20)) + "-03-1" + rnd.nextInt(10), null, Kind.values()[rnd.nextInt(Kind.values().length)],
        List.of(COUNTRIES[rnd.nextInt(COUNTRIES.length)]), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), text.toString());
  }

  static SearchRequest request(Random rnd) {
    String text = switch (rnd.nextInt(5)) {
      case 0 -> "";
      case 1 -> "\"" + WORDS[rnd.nextInt(WORDS.length)] + " " + WORDS[rnd.nextInt(WORDS.length)] + "\"";
      case 2 -> WORDS[rnd.nextInt(WORDS.length)] + " " + WORDS[rnd.nextInt(WORDS.length)];
      default -> WORDS[rnd.nextInt(WORDS.length)];
    };
    List<String> countries = rnd.nextInt(3) == 0 ? List.of(COUNTRIES[rnd.nextInt(COUNTRIES.length)]) : List.of();
    String from = rnd.nextInt(4) == 0 ? Integer.toString(1990 + rnd.nextInt(20)) : null;
    int limit = 1 + rnd.nextInt(rnd.nextInt(4) == 0 ? 1200 : 30);
    return new SearchRequest(text, countries, null, null, null, null, from, null, limit, rnd.nextInt(limit));
  }
}
