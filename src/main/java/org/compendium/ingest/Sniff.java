package org.compendium.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Helpers for content sniffing: the first bytes of a file as text, good enough to look for markup. */
final class Sniff {
  private Sniff() {}

  /** Up to {@code max} chars of {@code head}, BOM removed, UTF-16 decoded when a BOM says so, else Latin-1. */
  static String headText(byte[] head, int max) {
    Charset cs = StandardCharsets.ISO_8859_1;
    int from = 0;
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      cs = StandardCharsets.UTF_16LE;
      from = 2;
    } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      cs = StandardCharsets.UTF_16BE;
      from = 2;
    } else if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      from = 3;
    }
    String s = new String(head, from, head.length - from, cs);
    return s.length() > max ? s.substring(0, max) : s;
  }
}
