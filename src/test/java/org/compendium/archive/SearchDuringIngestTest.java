package org.compendium.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.compendium.bench.CorpusWriter;
import org.compendium.bench.GeneratorData;
import org.compendium.bench.RecordGenerator;
import org.compendium.extract.Extractor;
import org.compendium.ingest.ReaderRegistry;
import org.compendium.model.Commitment;
import org.compendium.model.Record;
import org.compendium.store.Archive;
import org.compendium.store.index.SearchRequest;
import org.compendium.store.index.SearchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searches from other threads while an ingest of generated records runs: every search answers; totals never go
 * down; every hit is a whole record: stored, current, and with all its facts in the database (read through a
 * connection of its own, as another process would). Seeded ({@code -Dseed=N}); the seed is in every message.
 */
class SearchDuringIngestTest {
  private static final int RECORDS = 200;
  private static final String[] TERMS = {"", "cooperation", "peace treaty", "nuclear", "trade", "visit"};

  @TempDir Path dir;

  @Test
  void searchesDuringAnIngestAlwaysAnswerAndOnlySeeWholeRecords() throws Exception {
    long seed = Long.getLong("seed", System.nanoTime());
    String why = "seed " + seed;
    Path in = dir.resolve("in");
    RecordGenerator gen = new RecordGenerator(GeneratorData.load(), seed, RecordGenerator.Size.SMALL);
    new CorpusWriter(gen).write(in, RECORDS, null);
    List<String> countries = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      countries.add(gen.generate(i).countries().get(0));
    }
    InputFiles.Expansion files = InputFiles.standard().expand(List.of(in.toString()));
    Path store = dir.resolve("store");
    List<String> problems = Collections.synchronizedList(new ArrayList<>());
    AtomicLong searches = new AtomicLong();
    AtomicLong hitsChecked = new AtomicLong();
    try (Archive archive = Archive.open(store)) {
      AtomicBoolean done = new AtomicBoolean();
      List<Thread> searchers = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        Random rnd = new Random(seed + t);
        searchers.add(new Thread(() -> {
          Map<SearchRequest, Long> last = new HashMap<>();
          try (StoreCheck db = new StoreCheck(store)) {
            while (!done.get()) {
              SearchRequest req = new SearchRequest(TERMS[rnd.nextInt(TERMS.length)],
                  rnd.nextBoolean() ? List.of() : List.of(countries.get(rnd.nextInt(countries.size()))),
                  null, null, null, null, null, null, 20);
              SearchResult r = archive.search(req);
              searches.incrementAndGet();
              Long before = last.put(req, r.total());
              if (before != null && r.total() < before) {
                problems.add(req + ": total went down from " + before + " to " + r.total());
              }
              for (SearchResult.Hit h : r.hits()) {
                check(archive, db, h.id(), problems);
                hitsChecked.incrementAndGet();
              }
              Thread.sleep(2);  // leave the cores to the ingest: it must finish for the test to end
            }
          } catch (Exception | AssertionError e) {
            problems.add("a search failed: " + e);
          }
        }, "searcher-" + t));
      }
      searchers.forEach(Thread::start);
      IngestSummary s = new Ingest(archive, new Extractor(), ReaderRegistry.standard(), 2, 10)
          .run(files.files(), files.skipped(), List.of(), null);
      done.set(true);
      for (Thread t : searchers) {
        t.join(60_000);
      }
      assertEquals(List.of(), problems, why);
      assertEquals(RECORDS, s.ingested(), why);
      assertTrue(searches.get() > 10 && hitsChecked.get() > 0,
          why + ": the searchers ran during the ingest: " + searches + " searches, " + hitsChecked + " hits");
      assertEquals(RECORDS, archive.search(SearchRequest.of("", 1)).total(), why);
    }
    System.out.println("SearchDuringIngestTest: " + searches + " searches, " + hitsChecked + " hits checked, " + why);
  }

  /** The hit's record is stored and current, and each fact table holds exactly its facts. */
  private static void check(Archive archive, StoreCheck db, String id, List<String> problems) throws Exception {
    Record rec = archive.records().get(id).orElse(null);
    if (rec == null || !archive.records().isCurrent(id)) {
      problems.add("hit without a current stored record: " + id);
      return;
    }
    Map<String, Long> facts = db.factsOf(id);
    Map<String, Long> want = new HashMap<>();
    want.put("countries", (long) rec.countries().size());
    want.put("topics", (long) rec.topics().size());
    want.put("participants", (long) rec.participants().size());
    want.put("statements", (long) rec.statements().size());
    want.put("instruments", (long) rec.instruments().size());
    want.put("commitments", (long) rec.commitments().size());
    want.put("commitment_parties", rec.commitments().stream().mapToLong(c -> partyCount(c)).sum());
    want.put("places", (long) rec.places().size());
    want.put("temporals", (long) rec.temporals().size());
    for (Map.Entry<String, Long> w : want.entrySet()) {
      if (!w.getValue().equals(facts.get(w.getKey()))) {
        problems.add(id + ": " + w.getKey() + " has " + facts.get(w.getKey()) + " rows, the record " + w.getValue());
      }
    }
  }

  private static long partyCount(Commitment c) {
    return c.by() == null ? 0 : c.by().stream().distinct().count();
  }
}
