package org.compendium.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.compendium.extract.Extractor;
import org.compendium.ingest.ReaderRegistry;
import org.compendium.store.Archive;
import org.compendium.store.Incoming;
import org.compendium.store.RecordStore;
import org.compendium.store.Stored;
import org.compendium.store.index.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer takes records one by one into batches of its size: every record handed on is written, in the order
 * given, whether the batch it fell in was full, ended by {@link BatchWriter#finish} or by a close without it; and
 * the outcomes it hands back hold what indexing needs, not the records' JSON or facts.
 */
@Timeout(120)
class BatchWriterTest {
  @TempDir Path dir;

  /** The first {@code n} sample records, extracted and prepared as an ingest's extraction threads do. */
  private static List<Incoming> prepared(Archive archive, int n) throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of("samples/dev"))) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(n).toList();
    }
    Extractor extractor = new Extractor();
    List<Incoming> out = new ArrayList<>();
    for (Path f : files) {
      ReaderRegistry.standard().read(f, doc -> out.add(archive.prepare(
          new Incoming(f.toUri().toString(), extractor.extract(doc)))));
    }
    assertEquals(n, out.size());
    return out;
  }

  @Test
  void everyRecordIsWrittenInOrderAcrossFullBatchesAndALastOneFinished() throws Exception {
    try (Archive archive = Archive.open(dir)) {
      List<Incoming> records = prepared(archive, 7);
      List<RecordStore.Outcome> outcomes = new ArrayList<>();
      try (BatchWriter writer = new BatchWriter(archive, 3, 0)) {
        outcomes.addAll(writer.add(records.subList(0, 2)));  // batches need not follow the calls' boundaries
        outcomes.addAll(writer.add(records.subList(2, 6)));
        outcomes.addAll(writer.add(records.subList(6, 7)));
        outcomes.addAll(writer.finish());
      }
      assertEquals(7, outcomes.size());
      for (int i = 0; i < 7; i++) {
        RecordStore.Outcome o = outcomes.get(i);
        assertFalse(o.failed(), o.error());
        assertEquals(Stored.NEW, o.stored());
        assertEquals(records.get(i).sourceKey(), o.incoming().sourceKey(), "outcome " + i + " in order");
        // what is kept of a written record: its key and index document, not the record, its JSON or derived rows
        assertNull(o.incoming().record());
        assertNull(o.incoming().ready().json());
        assertEquals(List.of(), o.incoming().ready().derived());
        assertNotNull(o.incoming().ready().document());
      }
      assertEquals(7, archive.records().countCurrent());
      assertEquals(7, archive.search(SearchRequest.of("", 10)).total(),
          "every record indexed and committed");
    }
  }

  @Test
  void aCloseWithoutFinishWritesTheRecordsOfTheBatchBeingFilled() throws Exception {
    try (Archive archive = Archive.open(dir)) {
      List<Incoming> records = prepared(archive, 5);
      try (BatchWriter writer = new BatchWriter(archive, 4, 0)) {
        writer.add(records);  // one full batch of 4, and one of 1 still open when the writer is closed
      }
      assertEquals(5, archive.records().countCurrent());
    }
    try (Archive reopened = Archive.open(dir)) {  // and the index has them once the archive is opened again
      assertEquals(5, reopened.search(SearchRequest.of("", 10)).total());
    }
  }
}
