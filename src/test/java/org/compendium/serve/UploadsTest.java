package org.compendium.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.compendium.store.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an upload whose extraction runs out of heap answers: a 413 naming the file, and nothing of it kept (no
 * record, no file under {@code uploads/}, no staging file); the same upload with memory to spare is stored.
 */
class UploadsTest {
  @TempDir Path store;

  private final byte[] sample;

  UploadsTest() throws IOException {
    sample = Files.readAllBytes(Path.of("samples/dev/000.txt"));
  }

  @Test
  void anUploadThatOutgrowsTheHeapIsRefusedWith413AndLeavesNothing() throws IOException {
    try (Archive archive = Archive.open(store)) {
      Uploads uploads = new Uploads(archive, store, ServeConfig.DEFAULT_MAX_BODY, doc -> {
        throw new OutOfMemoryError("Java heap space");
      });
      for (boolean keep : new boolean[] {false, true}) {
        ApiException e = assertThrows(ApiException.class,
            () -> {
              if (keep) {
                uploads.keep("talks.txt", sample);
              } else {
                uploads.preview("talks.txt", sample);
              }
            });
        assertEquals(413, e.status());
        assertTrue(e.getMessage().startsWith("talks.txt: too big to extract"), e.getMessage());
      }
      assertEquals(0, archive.records().countCurrent());
      assertEquals(List.of(), kept(store.resolve(Uploads.DIR)));

      List<Uploads.Kept> stored = new Uploads(archive, store, ServeConfig.DEFAULT_MAX_BODY).keep("talks.txt", sample);
      assertEquals(1, stored.size());
      assertEquals(1, archive.records().countCurrent());
      assertEquals(List.of("talks.txt"), kept(store.resolve(Uploads.DIR)));
    }
  }

  private static List<String> kept(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
