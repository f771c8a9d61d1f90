package org.compendium.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: fixture paths and reading through a reader into a list. */
final class Fixtures {
  static final Path HOSTILE = Path.of("src/test/resources/hostile");
  static final Path INGEST = Path.of("src/test/resources/ingest");

  private Fixtures() {}

  static List<SourceDocument> read(RecordReader reader, byte[] bytes) throws ReadException {
    List<SourceDocument> out = new ArrayList<>();
    try {
      reader.read(new ByteArrayInputStream(bytes), "test:input", out::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static List<SourceDocument> read(ReaderRegistry registry, Path file) throws ReadException {
    List<SourceDocument> out = new ArrayList<>();
    registry.read(file, out::add);
    return out;
  }

  static byte[] bytes(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
