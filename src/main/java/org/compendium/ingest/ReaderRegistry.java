package org.compendium.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Picks the reader for an input: by sniffing its first bytes, then by file extension, else plain text. */
public final class ReaderRegistry {
  private static final int HEAD = 4096;
  private final List<RecordReader> readers;
  private final RecordReader fallback;

  public ReaderRegistry(List<RecordReader> readers, RecordReader fallback) {
    this.readers = List.copyOf(readers);
    this.fallback = fallback;
  }

  public static ReaderRegistry standard() {
    return new ReaderRegistry(List.of(), new TextReader());
  }

  public RecordReader choose(byte[] head, String fileName) {
    for (RecordReader r : readers) {
      if (r.sniff(head)) {
        return r;
      }
    }
    for (RecordReader r : readers) {
      if (r.claimsExtension(fileName)) {
        return r;
      }
    }
    return fallback;
  }

  /** Reads every record of {@code file}, handing each to {@code sink}. */
  public void read(Path file, Consumer<SourceDocument> sink) throws IOException, ReadException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), HEAD * 2)) {
      in.mark(HEAD);
      byte[] head = in.readNBytes(HEAD);
      in.reset();
      choose(head, file.getFileName().toString()).read(in, file.toUri().toString(), sink);
    }
  }
}
