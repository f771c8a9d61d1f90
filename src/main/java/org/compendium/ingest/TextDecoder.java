package org.compendium.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the raw bytes of a text-like file into normalized text: detects the encoding (byte-order mark, then
 * valid UTF-8, then a charset the caller found declared in the content, then windows-1252, which is a superset of
 * the printable ISO-8859-1 range), strips the BOM, maps CRLF, CR, NEL and U+2028/9 to LF, and rejects content
 * that is empty, only whitespace, binary (NUL bytes outside UTF-16, many control characters) or undecodable.
 *
 * <p>Limits: UTF-32 is refused; a BOM-less UTF-16 file is recognised only when
 * it is mostly Latin text (every other byte zero).
 */
public final class TextDecoder {
  /** windows-1252 as a 256-char table; the five bytes it leaves undefined map to the C1 controls, as in Latin-1. */
  private static final String CP1252 = cp1252Table();

  private TextDecoder() {}

  /** The decoded, normalized text; {@code declared} (may be null) is a charset name the content declares. */
  public static String decode(byte[] bytes, String declared) throws ReadException {
    return normalize(decodeRaw(bytes, declared));
  }

  /** Decoding only (BOM stripped), without the content checks and line-end normalization. */
  static String decodeRaw(byte[] bytes, String declared) throws ReadException {
    if (bytes.length == 0) {
      throw new ReadException("empty file");
    }
    int b0 = bytes[0] & 0xFF;
    int b1 = bytes.length > 1 ? bytes[1] & 0xFF : -1;
    int b2 = bytes.length > 2 ? bytes[2] & 0xFF : -1;
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      return strict(bytes, 3, StandardCharsets.UTF_8, "undecodable: invalid UTF-8 after a UTF-8 byte-order mark");
    }
    int b3 = bytes.length > 3 ? bytes[3] & 0xFF : -1;
    if ((b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) || (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF)) {
      throw new ReadException("undecodable: UTF-32 is not supported");
    }
    if (b0 == 0xFF && b1 == 0xFE) {
      return strict(bytes, 2, StandardCharsets.UTF_16LE, "undecodable: invalid UTF-16LE after its byte-order mark");
    }
    if (b0 == 0xFE && b1 == 0xFF) {
      return strict(bytes, 2, StandardCharsets.UTF_16BE, "undecodable: invalid UTF-16BE after its byte-order mark");
    }
    if (indexOfNul(bytes) >= 0) {
      Charset utf16 = bomlessUtf16(bytes);
      if (utf16 == null) {
        throw new ReadException("binary content (NUL bytes)");
      }
      return strict(bytes, 0, utf16, "undecodable: invalid " + utf16.name());
    }
    String utf8 = new String(bytes, StandardCharsets.UTF_8);
    // The lenient decoder (one copy, no CharBuffer) puts U+FFFD for every malformed sequence: without one the
    // bytes were valid UTF-8; with one they may still be (an encoded U+FFFD), which the strict decoder tells.
    if (utf8.indexOf('\uFFFD') < 0) {
      return utf8;
    }
    try {
      return decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException notUtf8) {
      // fall through: a legacy single-byte or declared encoding
    }
    Charset cs = supported(declared);
    if (cs != null && !cs.equals(StandardCharsets.UTF_8) && !isLatin1Family(cs)) {
      String s = new String(bytes, cs);
      if (countReplacements(s) * 100L > s.length()) {
        throw new ReadException("undecodable: not valid " + cs.name());
      }
      return s;
    }
    char[] out = new char[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      out[i] = CP1252.charAt(bytes[i] & 0xFF);
    }
    return new String(out);
  }

  /**
   * Checks decoded text and normalizes it: line ends to LF, a stray BOM removed, isolated control characters to a
   * space (form feed and vertical tab to LF). Rejects whitespace-only and control-heavy (binary) text.
   */
  public static String normalize(String raw) throws ReadException {
    String s = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
    return isNormal(s) ? s : normalizeCopy(s);  // most text is normal: the copy would be char for char
  }

  /** {@link #normalize} by copying every char (package-private: the tests hold the shortcut to it). */
  static String normalizeCopy(String s) throws ReadException {
    int controls = 0;
    boolean content = false;
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\r' -> {
          out.append('\n');
          if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
            i++;
          }
        }
        case '\n', '\t' -> out.append(c);
        case '\u0085', '\u2028', '\u2029', '\u000B', '\u000C' -> out.append('\n');
        default -> {
          if (c == 0) {
            throw new ReadException("binary content (NUL characters)");
          }
          if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            controls++;
            out.append(' ');
          } else {
            if (!content && isContent(c)) {
              content = true;
            }
            out.append(c);
          }
        }
      }
    }
    if (controls >= 4 && controls * 100L > s.length()) {
      throw new ReadException("binary content (" + controls + " control characters)");
    }
    if (!content) {
      throw new ReadException(s.isEmpty() ? "empty file" : "only whitespace, no text");
    }
    return out.toString();
  }

  /**
   * Whether {@link #normalize} would return {@code s} as it is: no char it maps or rejects, and some content (a
   * char neither whitespace nor invisible).
   */
  private static boolean isNormal(String s) {
    boolean content = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 ? c != '\n' && c != '\t' : (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029') {
        return false;
      }
      if (!content && isContent(c)) {
        content = true;
      }
    }
    return content;
  }

  private static boolean isContent(char c) {
    return !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF' && c != '\u200B';
  }

  private static String strict(byte[] bytes, int from, Charset cs, String error) throws ReadException {
    try {
      return decoder(cs).decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
    } catch (CharacterCodingException e) {
      throw new ReadException(error);
    }
  }

  private static java.nio.charset.CharsetDecoder decoder(Charset cs) {
    return cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static int indexOfNul(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  /** UTF-16 without BOM, told by zero high bytes of Latin text on one side of every byte pair only. */
  private static Charset bomlessUtf16(byte[] bytes) {
    int pairs = Math.min(bytes.length, 8192) / 2;
    if (pairs < 2 || bytes.length % 2 != 0) {
      return null;
    }
    int evenZero = 0;
    int oddZero = 0;
    for (int i = 0; i < pairs * 2; i += 2) {
      evenZero += bytes[i] == 0 ? 1 : 0;
      oddZero += bytes[i + 1] == 0 ? 1 : 0;
    }
    if (evenZero == 0 && oddZero * 10 >= pairs * 7) {
      return StandardCharsets.UTF_16LE;
    }
    if (oddZero == 0 && evenZero * 10 >= pairs * 7) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static Charset supported(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Charset.isSupported(name.strip()) ? Charset.forName(name.strip()) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean isLatin1Family(Charset cs) {
    String n = cs.name().toLowerCase(java.util.Locale.ROOT);
    return n.equals("iso-8859-1") || n.equals("windows-1252") || n.equals("us-ascii");
  }

  private static int countReplacements(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\uFFFD') {
        n++;
      }
    }
    return n;
  }

  private static String cp1252Table() {
    Charset cs = Charset.forName("windows-1252");
    StringBuilder t = new StringBuilder(256);
    for (int b = 0; b < 256; b++) {
      try {
        CharBuffer c = decoder(cs).decode(ByteBuffer.wrap(new byte[] {(byte) b}));
        t.append(c.charAt(0));
      } catch (CharacterCodingException undefined) {
        t.append((char) b);
      }
    }
    return t.toString();
  }
}
