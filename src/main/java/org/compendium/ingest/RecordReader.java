package org.compendium.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads one input format into normalized records. One implementation per format; {@link ReaderRegistry} picks
 * one by sniffing the content, then by file extension.
 */
public interface RecordReader {
  /** The {@code source.format} value this reader produces: text, html or tei. */
  String format();

  /** Whether the content, whose first bytes are {@code head}, looks like this reader's format. */
  boolean sniff(byte[] head);

  /** Whether a file name's extension belongs to this format (used when sniffing is undecided). */
  boolean claimsExtension(String fileName);

  /**
   * Whether this reader streams a file of many records without holding it whole (then the registry's size
   * limit applies per record, not per file).
   */
  default boolean streams() {
    return false;
  }

  /**
   * Reads {@code in} and hands each record it holds to {@code sink}, in order. A file holding many documents
   * (a TEI volume) is streamed: records are handed on as they are read.
   */
  void read(InputStream in, String uri, Consumer<SourceDocument> sink) throws IOException, ReadException;

  /**
   * Reads a whole input already in memory ({@code bytes}, which the reader may keep); the same records as
   * {@link #read(InputStream, String, Consumer)} on a stream of those bytes, which is what it does unless a reader
   * can use the array as it is.
   */
  default void read(byte[] bytes, String uri, Consumer<SourceDocument> sink) throws IOException, ReadException {
    read(new ByteArrayInputStream(bytes), uri, sink);
  }
}
