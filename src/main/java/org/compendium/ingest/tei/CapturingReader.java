package org.compendium.ingest.tei;

import java.io.IOException;
import java.io.Reader;

/**
 * A reader that remembers the characters it hands to the XML parser since a movable mark, so the raw XML of one
 * element can be sliced out by the parser's character offsets (to hash a document of a volume without a second
 * pass). The caller moves the mark forward between documents, which keeps the window small.
 */
final class CapturingReader extends Reader {
  private final Reader in;
  private final StringBuilder window = new StringBuilder();
  private long windowStart;

  CapturingReader(Reader in) {
    this.in = in;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    int n = in.read(buf, off, len);
    if (n > 0) {
      window.append(buf, off, n);
    }
    return n;
  }

  /** Forgets everything before stream offset {@code offset}. */
  void discardBefore(long offset) {
    long drop = Math.min(offset - windowStart, window.length());
    if (drop > 0) {
      window.delete(0, (int) drop);
      windowStart += drop;
    }
  }

  /** The characters in stream offsets {@code [from, to)}, or null when they are no longer (or not yet) held. */
  String slice(long from, long to) {
    long s = from - windowStart;
    long e = to - windowStart;
    if (s < 0 || e > window.length() || e < s) {
      return null;
    }
    return window.substring((int) s, (int) e);
  }

  /** Stream offset of the last {@code c} before offset {@code before}, or -1. */
  long lastIndexOf(char c, long before) {
    int i = window.lastIndexOf(String.valueOf(c), (int) Math.min(before - windowStart - 1, window.length() - 1));
    return i < 0 ? -1 : windowStart + i;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
