package org.compendium.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.compendium.util.Hashes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReaderRegistryTest {
  @TempDir Path dir;

  private final ReaderRegistry registry = ReaderRegistry.standard();

  private String error(Path p) {
    return assertThrows(ReadException.class, () -> Fixtures.read(registry, p)).getMessage();
  }

  @Test
  void choosesByContentThenExtensionThenText() throws Exception {
    byte[] tei = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">".getBytes(StandardCharsets.UTF_8);
    byte[] html = "<!doctype html><html>".getBytes(StandardCharsets.UTF_8);
    byte[] text = "The ministers met.".getBytes(StandardCharsets.UTF_8);
    assertEquals("tei", registry.choose(tei, "volume.txt").format());
    assertEquals("html", registry.choose(html, "page.txt").format());
    assertEquals("html", registry.choose(text, "page.htm").format());
    assertEquals("tei", registry.choose(text, "doc.xml").format());
    assertEquals("text", registry.choose(text, "notes.txt").format());
    assertEquals("text", registry.choose(text, "README").format());
  }

  @Test
  void readsEachFormatFromFilesWithSourceMetadata() throws Exception {
    Path txt = dir.resolve("record.txt");
    byte[] bytes = "Talks in Ankara.\r\n".getBytes(StandardCharsets.UTF_8);
    Files.write(txt, bytes);
    SourceDocument d = Fixtures.read(registry, txt).get(0);
    assertEquals("Talks in Ankara.\n", d.text());
    assertEquals(Hashes.sha256(bytes), d.source().sha256());
    assertEquals(txt.toUri().toString(), d.source().uri());
    SourceDocument h = Fixtures.read(registry, Fixtures.INGEST.resolve("page-main.html")).get(0);
    assertEquals("html", h.source().format());
    assertEquals(Hashes.sha256(Fixtures.bytes(Fixtures.INGEST.resolve("page-main.html"))), h.source().sha256());
  }

  @Test
  void refusesBadFilesWithOneLineMessages() {
    assertEquals("empty file", error(Fixtures.HOSTILE.resolve("empty.txt")));
    assertEquals("binary content (PNG image)", error(Fixtures.HOSTILE.resolve("picture.txt")));
    assertEquals("binary content (NUL bytes)", error(Fixtures.HOSTILE.resolve("nul-bytes.txt")));
    assertEquals("no such file", error(dir.resolve("missing.txt")));
    assertEquals("is a directory", error(dir));
  }

  @Test
  void sizeLimitIsCheckedWithoutReading() throws Exception {
    Path big = dir.resolve("big.txt");
    Files.write(big, "x".repeat(5000).getBytes(StandardCharsets.US_ASCII));
    ReaderRegistry small = ReaderRegistry.standard(1000);
    ReadException e = assertThrows(ReadException.class, () -> Fixtures.read(small, big));
    assertEquals("file too large (5000 bytes, limit 1000)", e.getMessage());
    assertEquals(1, Fixtures.read(ReaderRegistry.standard(5000), big).size());
    assertEquals(ReaderRegistry.DEFAULT_MAX_BYTES, 20L * 1024 * 1024);
  }

  @Test
  void sizeLimitComesFromSystemProperty() {
    String old = System.getProperty("compendium.maxBytes");
    try {
      System.setProperty("compendium.maxBytes", "1234");
      assertEquals(1234, ReaderRegistry.standard().maxBytes());
    } finally {
      if (old == null) {
        System.clearProperty("compendium.maxBytes");
      } else {
        System.setProperty("compendium.maxBytes", old);
      }
    }
  }

  @Test
  void streamingReaderBoundsEachRecordInstead() throws Exception {
    Path vol = dir.resolve("vol.xml");
    StringBuilder sb = new StringBuilder("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body>");
    for (int i = 0; i < 40; i++) {
      sb.append("<div type=\"document\" n=\"").append(i).append("\"><p>").append("word ".repeat(20)).append("</p></div>");
    }
    sb.append("</body></text></TEI>");
    Files.writeString(vol, sb);
    assertTrue(Files.size(vol) > 2000);
    assertEquals(40, Fixtures.read(ReaderRegistry.standard(2000), vol).size());  // streamed: over the limit
    assertEquals(Fixtures.read(ReaderRegistry.standard(2000), vol),  // read whole: within it
        Fixtures.read(ReaderRegistry.standard(), vol));
    ReadException e = assertThrows(ReadException.class, () -> Fixtures.read(ReaderRegistry.standard(50), vol));
    assertTrue(e.getMessage().startsWith("record too large"), e.getMessage());
  }

  @Test
  void dataFilesLoad() {
    Magic magic = Magic.standard();
    assertTrue(magic.signatures().size() >= 10);
    assertEquals("PNG image", magic.match(Fixtures.bytes(Fixtures.HOSTILE.resolve("picture.txt"))));
    assertEquals("PDF document", magic.match("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(null, magic.match("Plain".getBytes(StandardCharsets.US_ASCII)));
  }
}
