package org.compendium.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.compendium.extract.Extractor;
import org.compendium.ingest.ReaderRegistry;
import org.compendium.model.Record;
import org.compendium.store.Archive;
import org.compendium.store.index.SearchRequest;
import org.compendium.store.index.SearchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searches from another thread while an ingest runs: every search answers, every hit is a whole record. */
class SearchDuringIngestTest {
  @TempDir Path dir;

  @Test
  void searchesDuringAnIngestAlwaysAnswerAndOnlySeeWholeRecords() throws Exception {
    InputFiles.Expansion in = InputFiles.standard().expand(List.of("samples/dev"));
    try (Archive archive = Archive.open(dir)) {
      AtomicBoolean done = new AtomicBoolean();
      List<String> problems = new ArrayList<>();
      long[] searches = {0};
      Thread searcher = new Thread(() -> {
        long last = 0;
        while (!done.get()) {
          SearchResult r = archive.search(SearchRequest.of("", 1000));
          searches[0]++;
          if (r.total() < last) {
            problems.add("total went down from " + last + " to " + r.total());
          }
          last = r.total();
          for (SearchResult.Hit h : r.hits()) {
            // A hit is only visible after its database transaction committed: the record and its facts are there.
            Record rec = archive.records().get(h.id()).orElse(null);
            if (rec == null) {
              problems.add("hit without a stored record: " + h.id());
            } else if (archive.records().rows("records") < r.total()) {
              problems.add("index ahead of the database");
            }
          }
        }
      }, "searcher");
      searcher.start();
      IngestSummary s = new Ingest(archive, new Extractor(), ReaderRegistry.standard(), 1, 1)
          .run(in.files(), in.skipped(), List.of(), null);
      done.set(true);
      searcher.join(60_000);
      assertEquals(List.of(), problems);
      assertTrue(searches[0] > 1, "the searcher ran during the ingest: " + searches[0]);
      assertEquals(s.ingested(), archive.search(SearchRequest.of("", 1000)).total());
    }
  }
}
