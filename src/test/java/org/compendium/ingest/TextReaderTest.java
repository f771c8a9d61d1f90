package org.compendium.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.compendium.util.Hashes;
import org.junit.jupiter.api.Test;

class TextReaderTest {
  private final TextReader reader = new TextReader();

  private String text(byte[] bytes) throws ReadException {
    List<SourceDocument> docs = Fixtures.read(reader, bytes);
    assertEquals(1, docs.size());
    return docs.get(0).text();
  }

  private String error(byte[] bytes) {
    return assertThrows(ReadException.class, () -> Fixtures.read(reader, bytes)).getMessage();
  }

  @Test
  void plainUtf8KeepsTextAndHashesInputBytes() throws ReadException {
    byte[] b = "Die Minister trafen sich in Zürich.\n".getBytes(StandardCharsets.UTF_8);
    SourceDocument d = Fixtures.read(reader, b).get(0);
    assertEquals("Die Minister trafen sich in Zürich.\n", d.text());
    assertEquals("text", d.source().format());
    assertEquals(Hashes.sha256(b), d.source().sha256());
    assertEquals("test:input", d.source().uri());
  }

  @Test
  void invalidUtf8FallsBackToWindows1252() throws ReadException {
    assertEquals("The Minister\u2019s visit to Montr\u00e9al \u2014 \u201cfruitful\u201d talks, 5 \u20ac.\n",
        text(Fixtures.bytes(Fixtures.INGEST.resolve("cp1252.txt"))));
    // ISO-8859-1 text is read the same way (its printable range is windows-1252's)
    assertEquals("Gen\u00e8ve, \u00e9t\u00e9", text("Gen\u00e8ve, \u00e9t\u00e9".getBytes(StandardCharsets.ISO_8859_1)));
  }

  @Test
  void utf16WithBomIsDecodedAndBomStripped() throws ReadException {
    assertEquals("The leaders met in K\u00f8benhavn.\nThey agreed.\n",
        text(Fixtures.bytes(Fixtures.INGEST.resolve("utf16le-bom.txt"))));
    assertEquals("The leaders met in K\u00f8benhavn.\nThey agreed.\n",
        text(Fixtures.bytes(Fixtures.INGEST.resolve("utf16be-bom.txt"))));
  }

  @Test
  void utf8BomIsStripped() throws ReadException {
    byte[] b = "\uFEFFTalks held.".getBytes(StandardCharsets.UTF_8);
    assertEquals("Talks held.", text(b));
  }

  @Test
  void bomlessUtf16IsRecognised() throws ReadException {
    assertEquals("Talks were held in Oslo.", text("Talks were held in Oslo.".getBytes(StandardCharsets.UTF_16LE)));
    assertEquals("Talks were held in Oslo.", text("Talks were held in Oslo.".getBytes(StandardCharsets.UTF_16BE)));
  }

  @Test
  void lineEndsAreNormalized() throws ReadException {
    assertEquals("Line one\nLine two\n\nLine four\n", text(Fixtures.bytes(Fixtures.INGEST.resolve("crlf.txt"))));
    assertEquals("Line one\nLine two\n\nLine four\n", text(Fixtures.bytes(Fixtures.INGEST.resolve("cr.txt"))));
    assertEquals("a\nb\nc\nd", text("a\r\nb\rc\u2028d".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void rejectsEmptyWhitespaceBinaryAndUndecodable() {
    assertEquals("empty file", error(Fixtures.bytes(Fixtures.HOSTILE.resolve("empty.txt"))));
    assertTrue(error(Fixtures.bytes(Fixtures.HOSTILE.resolve("whitespace.txt"))).contains("whitespace"));
    assertTrue(error("\u00a0 \u2003\n".getBytes(StandardCharsets.UTF_8)).contains("whitespace"));
    assertEquals("binary content (NUL bytes)", error(Fixtures.bytes(Fixtures.HOSTILE.resolve("nul-bytes.txt"))));
    assertTrue(error(Fixtures.bytes(Fixtures.HOSTILE.resolve("controls.txt"))).startsWith("binary content"));
    assertTrue(error(Fixtures.bytes(Fixtures.HOSTILE.resolve("not-utf8-after-bom.txt"))).startsWith("undecodable"));
    assertTrue(error(new byte[] {(byte) 0xFF, (byte) 0xFE, 0x41}).startsWith("undecodable"));  // odd UTF-16 length
    assertEquals("undecodable: UTF-32 is not supported",
        error(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, 0x41, 0, 0, 0}));
  }

  @Test
  void aFewStrayControlCharactersBecomeSpaces() throws ReadException {
    assertEquals("Talks \u0020held in Rome, and a page\nbreak.",
        text("Talks \u0007held in Rome, and a page\fbreak.".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void tenMegabyteSingleLineIsReadWhole() throws ReadException {
    byte[] b = new byte[10 * 1024 * 1024];
    byte[] word = "talks ".getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < b.length; i++) {
      b[i] = word[i % word.length];
    }
    String t = text(b);
    assertEquals(b.length, t.length());
    assertEquals(-1, t.indexOf('\n'));
  }

  @Test
  void errorMessagesAreOneLine() {
    for (String name : List.of("empty.txt", "whitespace.txt", "nul-bytes.txt", "controls.txt")) {
      String m = error(Fixtures.bytes(Fixtures.HOSTILE.resolve(name)));
      assertTrue(m.indexOf('\n') < 0 && !m.isBlank(), name + ": " + m);
    }
  }

  @Test
  void decoderTableCoversEveryByte() throws ReadException {
    byte[] all = new byte[224];
    for (int i = 0; i < all.length; i++) {
      all[i] = (byte) (i + 32);
    }
    String s = TextDecoder.decodeRaw(Arrays.copyOf(all, all.length), null);
    assertEquals(all.length, s.length());
    assertEquals('\u20ac', s.charAt(0x80 - 32));  // windows-1252 euro sign
  }
}
