package org.compendium.ingest;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Picks the reader for an input — by sniffing its first bytes, then by file extension, else plain text — and
 * guards the door: empty files, known binary signatures ({@link Magic}) and files over the size limit are
 * refused before any reader runs. The limit (default 20 MB, system property {@code compendium.maxBytes}) is
 * checked against the file size without reading it; for a streaming reader (a TEI volume) it bounds each
 * record's text instead, since such a reader never holds the file. Every failure is a {@link ReadException}
 * with a one-line message.
 */
public final class ReaderRegistry {
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
  private static final int HEAD = 4096;

  private final List<RecordReader> readers;
  private final RecordReader fallback;
  private final long maxBytes;
  private final Magic magic;

  public ReaderRegistry(List<RecordReader> readers, RecordReader fallback, long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("size limit must be positive: " + maxBytes);
    }
    this.readers = List.copyOf(readers);
    this.fallback = fallback;
    this.maxBytes = maxBytes;
    this.magic = Magic.standard();
  }

  public ReaderRegistry(List<RecordReader> readers, RecordReader fallback) {
    this(readers, fallback, DEFAULT_MAX_BYTES);
  }

  /** TEI, HTML, then plain text as the fallback; size limit from {@code compendium.maxBytes} or 20 MB. */
  public static ReaderRegistry standard() {
    return standard(configuredLimit());
  }

  public static ReaderRegistry standard(long maxBytes) {
    return new ReaderRegistry(
        List.of(new TeiReader(maxBytes), new HtmlReader(maxBytes)), new TextReader(), maxBytes);
  }

  public long maxBytes() {
    return maxBytes;
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

  /** Reads every record of {@code file}, handing each to {@code sink}; any failure is a one-line message. */
  public void read(Path file, Consumer<SourceDocument> sink) throws ReadException {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);  // one stat
      if (attributes.isDirectory()) {
        throw new ReadException("is a directory");
      }
      boolean regular = attributes.isRegularFile();
      long size = regular ? attributes.size() : -1;
      if (size == 0) {
        throw new ReadException("empty file");
      }
      if (regular && size <= maxBytes) {
        readWhole(file, sink);
        return;
      }
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file), HEAD * 2)) {
        in.mark(HEAD);
        byte[] head = in.readNBytes(HEAD);
        in.reset();
        RecordReader reader = pick(head, file);
        if (reader.streams()) {
          reader.read(in, file.toUri().toString(), sink);
        } else {
          if (size > maxBytes) {
            throw new ReadException("file too large (" + size + " bytes, limit " + maxBytes + ")");
          }
          reader.read(new Limited(in, maxBytes), file.toUri().toString(), sink);
        }
      }
    } catch (TooLarge e) {
      throw new ReadException(e.getMessage());
    } catch (NoSuchFileException e) {
      throw new ReadException("no such file");
    } catch (AccessDeniedException e) {
      throw new ReadException("permission denied");
    } catch (CharacterCodingException e) {
      throw new ReadException("undecodable: bytes invalid in the declared encoding");
    } catch (IOException e) {
      String m = e.getMessage();
      throw new ReadException("cannot read: " + (m == null ? e.getClass().getSimpleName() : m.strip()));
    }
  }

  /**
   * A regular file within the size limit (nearly every input): read in one call into an array of its size, where
   * a stream would copy it through a buffer and a growing array.
   */
  private void readWhole(Path file, Consumer<SourceDocument> sink) throws IOException, ReadException {
    byte[] bytes = Files.readAllBytes(file);
    if (bytes.length > maxBytes) {  // grew since its size was taken
      throw new ReadException("file too large (" + bytes.length + " bytes, limit " + maxBytes + ")");
    }
    RecordReader reader = pick(bytes.length <= HEAD ? bytes : Arrays.copyOf(bytes, HEAD), file);
    reader.read(bytes, file.toUri().toString(), sink);
  }

  /** The reader for a file whose first bytes are {@code head}, after the checks every file goes through. */
  private RecordReader pick(byte[] head, Path file) throws ReadException {
    if (head.length == 0) {
      throw new ReadException("empty file");
    }
    String binary = magic.match(head);
    if (binary != null) {
      throw new ReadException("binary content (" + binary + ")");
    }
    return choose(head, file.getFileName().toString());
  }

  private static long configuredLimit() {
    String v = System.getProperty("compendium.maxBytes");
    if (v == null || v.isBlank()) {
      return DEFAULT_MAX_BYTES;
    }
    try {
      long n = Long.parseLong(v.strip());
      return n > 0 ? n : DEFAULT_MAX_BYTES;
    } catch (NumberFormatException e) {
      return DEFAULT_MAX_BYTES;
    }
  }

  /** Raised by {@link Limited} when an input (not a regular file, so of unknown size) exceeds the limit. */
  private static final class TooLarge extends IOException {
    TooLarge(long limit) {
      super("file too large (more than " + limit + " bytes, limit " + limit + ")");
    }
  }

  /** Fails once more than {@code limit} bytes have been read. */
  private static final class Limited extends FilterInputStream {
    private final long limit;
    private long count;

    Limited(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws TooLarge {
      count += n;
      if (count > limit) {
        throw new TooLarge(limit);
      }
    }
  }
}
