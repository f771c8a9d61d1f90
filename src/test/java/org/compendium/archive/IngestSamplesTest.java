package org.compendium.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.compendium.extract.Extractor;
import org.compendium.ingest.ReaderRegistry;
import org.compendium.store.Archive;
import org.compendium.store.index.SearchRequest;
import org.compendium.store.index.SearchResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The bundled samples ingested once into a temporary archive; the read-only bars checked on it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestSamplesTest {
  private static final Path SAMPLES = Path.of("samples");

  @TempDir static Path dir;
  private Archive archive;
  private IngestSummary first;
  private InputFiles.Expansion input;

  @BeforeAll
  void ingestOnce() throws InterruptedException {
    archive = Archive.open(dir);
    input = InputFiles.standard().expand(List.of(SAMPLES.toString()));
    first = ingest();
  }

  @AfterAll
  void close() {
    archive.close();
  }

  private IngestSummary ingest() throws InterruptedException {
    return new Ingest(archive, new Extractor(), ReaderRegistry.standard(), 2, 7)
        .run(input.files(), input.skipped(), List.of(), null);
  }

  @Test
  void nonRecordFilesAreSkippedNotFailed() {
    assertEquals(List.of(), first.failed());
    Set<String> skipped = first.skipped().stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    assertTrue(skipped.contains("README.md") && skipped.contains("SOURCES.json"), skipped.toString());
    assertTrue(input.files().stream().noneMatch(p -> p.toString().endsWith(".json") || p.toString().endsWith(".md")));
  }

  @Test
  void ingestingTwiceLeavesTheRecordCountUnchanged() throws InterruptedException {
    long records = archive.records().countCurrent();
    long facts = archive.records().rows("participants") + archive.records().rows("commitments");
    assertTrue(records >= input.files().size(), "every sample file gives at least one record");
    assertEquals(records, first.ingested());
    IngestSummary again = ingest();
    assertEquals(0, again.ingested());
    assertEquals(0, again.versions());
    assertEquals(records, again.unchanged());
    assertEquals(records, archive.records().countCurrent());
    assertEquals(records, archive.records().rows("records"));
    assertEquals(facts, archive.records().rows("participants") + archive.records().rows("commitments"));
    assertEquals(records, archive.index().count());
  }

  @Test
  void searchFindsEveryRecordWhoseTextMentionsTheWord() {
    Pattern word = Pattern.compile("\\bKrasnoyarsk\\b", Pattern.CASE_INSENSITIVE);
    Set<String> expected = new TreeSet<>();
    archive.records().forEachCurrent(r -> {
      if (word.matcher(r.text()).find()) {
        expected.add(r.id());
      }
    });
    assertFalse(expected.isEmpty(), "the samples mention Krasnoyarsk");
    SearchResult r = archive.search(SearchRequest.of("Krasnoyarsk", 1000));
    assertEquals(expected, ids(r));
    assertEquals(expected.size(), r.total());
    for (SearchResult.Hit h : r.hits()) {
      assertTrue(h.snippet().toLowerCase().contains("<b>krasnoyarsk</b>"), h.snippet());
    }
  }

  @Test
  void filtersAndFacetsAgreeWithTheStoredFacts() {
    SearchResult all = archive.search(SearchRequest.of("", 1000));
    assertEquals(archive.records().countCurrent(), all.total());
    List<SearchResult.FacetCount> countries = all.facets().get("country");
    assertFalse(countries.isEmpty());
    SearchResult.FacetCount top = countries.get(0);
    Set<String> expected = new TreeSet<>();
    archive.records().forEachCurrent(r -> {
      if (r.countries().contains(top.value())) {
        expected.add(r.id());
      }
    });
    SearchResult filtered = archive.search(new SearchRequest("", List.of(top.value().toLowerCase()), null, null, null,
        null, null, null, 1000));
    assertEquals(expected, ids(filtered));
    assertEquals(top.count(), filtered.total());
  }

  @Test
  void reindexReproducesTheSameSearchResults() {
    List<SearchRequest> queries = List.of(SearchRequest.of("Krasnoyarsk", 50), SearchRequest.of("peace treaty", 50),
        SearchRequest.of("\"joint statement\"", 50), SearchRequest.of("", 50),
        new SearchRequest("", List.of(), null, null, null, "summit", "1990", "2005-06", 50));
    List<String> before = new ArrayList<>();
    for (SearchRequest q : queries) {
      before.add(describe(archive.search(q)));
    }
    int n = archive.reindex();
    assertEquals(archive.records().countCurrent(), n);
    for (int i = 0; i < queries.size(); i++) {
      assertEquals(before.get(i), describe(archive.search(queries.get(i))), "query " + queries.get(i));
    }
  }

  private static Set<String> ids(SearchResult r) {
    return r.hits().stream().map(SearchResult.Hit::id).collect(Collectors.toCollection(TreeSet::new));
  }

  /** Total, hit ids with snippets in rank order, and facets: what a user sees. */
  private static String describe(SearchResult r) {
    return r.total() + " " + r.hits().stream().map(h -> h.id() + ":" + h.snippet()).toList() + " " + r.facets();
  }
}
