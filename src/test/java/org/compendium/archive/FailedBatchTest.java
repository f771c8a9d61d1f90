package org.compendium.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.compendium.extract.Extractor;
import org.compendium.ingest.ReaderRegistry;
import org.compendium.store.Archive;
import org.compendium.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch the database refuses to commit ends the ingest with the database's own message, and no batch after it
 * is written, although the writer may already hold one more: the store keeps exactly the batches before.
 */
class FailedBatchTest {
  private static final int BATCH = 5;

  @TempDir Path dir;

  private static List<Path> sampleTexts() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("samples/dev"))) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  @Test
  void aBatchThatFailsToCommitEndsTheIngestAndNothingAfterItIsWritten() throws Exception {
    List<Path> files = sampleTexts();
    assertTrue(files.size() >= 4 * BATCH, "enough sample files for four batches: " + files.size());
    try (Archive archive = Archive.open(dir)) {
      // One extraction thread hands records on in file order, so the sixth file opens the second batch. Its record
      // adds a row that breaks a deferred foreign key, so that batch's COMMIT fails (and no other's: the batches
      // after it hold other files); and it takes a while to do it (hex and replace over 60 MB), so that the third
      // batch is extracted and waits behind it.
      String sixth = files.get(BATCH).getFileName().toString();
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Database.FILE));
          Statement s = c.createStatement()) {
        s.execute("CREATE TABLE broken (ref TEXT REFERENCES nowhere(id) DEFERRABLE INITIALLY DEFERRED)");
        s.execute("CREATE TABLE nowhere (id TEXT PRIMARY KEY)");
        s.execute("CREATE TRIGGER break_commit AFTER INSERT ON records WHEN NEW.source_key LIKE '%/" + sixth + "'"
            + " BEGIN INSERT INTO broken SELECT 'x' WHERE length(replace(hex(zeroblob(30000000)), '00', '1')) > 0;"
            + " END");
      }
      Ingest ingest = new Ingest(archive, new Extractor(), ReaderRegistry.standard(), 1, BATCH);
      RuntimeException e = assertThrows(RuntimeException.class, () -> ingest.run(files, List.of(), List.of(), null));
      assertTrue(e.getMessage().contains("FOREIGN KEY"), e.getMessage());
      assertEquals(BATCH, archive.records().countCurrent(), "the first batch only");
    }
  }

  @Test
  void theSameFilesWithoutTheTriggerAreAllWritten() throws Exception {
    List<Path> files = sampleTexts();
    try (Archive archive = Archive.open(dir)) {
      IngestSummary summary = new Ingest(archive, new Extractor(), ReaderRegistry.standard(), 1, BATCH)
          .run(files, List.of(), List.of(), null);
      assertEquals(files.size(), summary.ingested());
      assertEquals(files.size(), archive.records().countCurrent());
    }
  }
}
