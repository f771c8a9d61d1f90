package org.compendium.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.compendium.ingest.xml.SafeXml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeXmlTest {
  private static final String SECRET = "TOP-SECRET-CONTENT-4711";

  @TempDir Path dir;

  private static String readAll(String xml) throws ReadException {
    XMLStreamReader r = SafeXml.open(new StringReader(xml));
    StringBuilder text = new StringBuilder();
    for (int ev = SafeXml.next(r); ev != XMLStreamConstants.END_DOCUMENT; ev = SafeXml.next(r)) {
      if (ev == XMLStreamConstants.CHARACTERS) {
        text.append(r.getText());
      }
    }
    return text.toString();
  }

  @Test
  void plainXmlParses() throws ReadException {
    assertEquals("a & b", readAll("<r>a &amp; b</r>"));
  }

  @Test
  void externalEntityNeverLeaksTheFile() throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, SECRET);
    String[] payloads = {
        "<?xml version=\"1.0\"?><!DOCTYPE TEI [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
            + "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p>&xxe;</p></body></text></TEI>",
        "<?xml version=\"1.0\"?><!DOCTYPE TEI SYSTEM \"" + secret.toUri() + "\">"
            + "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p>x</p></body></text></TEI>",
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % p SYSTEM \"" + secret.toUri() + "\"> %p;]><r/>",
    };
    for (String payload : payloads) {
      ReadException e = assertThrows(ReadException.class, () -> readAll(payload));
      assertTrue(e.getMessage().startsWith("DOCTYPE not allowed"), e.getMessage());
      assertFalse(e.getMessage().contains(SECRET));
      // through the whole reader stack too, from a file
      Path f = dir.resolve("xxe.xml");
      Files.writeString(f, payload);
      List<SourceDocument> out = new ArrayList<>();
      ReadException e2 = assertThrows(ReadException.class, () -> ReaderRegistry.standard().read(f, out::add));
      assertTrue(e2.getMessage().startsWith("DOCTYPE not allowed"), e2.getMessage());
      assertTrue(out.isEmpty());
      // even named .txt: the content is recognised as XML, not printed as text
      Path t = dir.resolve("xxe.txt");
      Files.writeString(t, payload);
      assertThrows(ReadException.class, () -> ReaderRegistry.standard().read(t, out::add));
    }
  }

  @Test
  void billionLaughsFailsFast() {
    Path bomb = Fixtures.HOSTILE.resolve("billion-laughs.xml");
    ReadException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> assertThrows(ReadException.class, () -> ReaderRegistry.standard().read(bomb, d -> { })));
    assertTrue(e.getMessage().startsWith("DOCTYPE not allowed"), e.getMessage());
  }

  @Test
  void hundredThousandLevelsOfXmlFailFastWithoutStackOverflow() throws Exception {
    Path f = dir.resolve("deep.xml");
    int depth = 100_000;
    Files.writeString(f, "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body>" + "<div>".repeat(depth) + "<p>x</p>"
        + "</div>".repeat(depth) + "</body></text></TEI>");
    ReadException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> assertThrows(ReadException.class, () -> ReaderRegistry.standard().read(f, d -> { })));
    assertTrue(e.getMessage().startsWith("malformed XML at line 1"), e.getMessage());
    assertTrue(e.getMessage().contains("depth"), e.getMessage());
  }

  @Test
  void malformedXmlNamesLineAndColumn() {
    ReadException e = assertThrows(ReadException.class,
        () -> ReaderRegistry.standard().read(Fixtures.HOSTILE.resolve("malformed.xml"), d -> { }));
    assertTrue(e.getMessage().matches("malformed XML at line 4, column \\d+: .+"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void invalidBytesInDeclaredEncodingAreReported() throws Exception {
    Path f = dir.resolve("bad.xml");
    byte[] head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p>caf"
        .getBytes(StandardCharsets.UTF_8);
    byte[] tail = "</p></body></text></TEI>".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    all[head.length] = (byte) 0xE9;
    System.arraycopy(tail, 0, all, head.length + 1, tail.length);
    Files.write(f, all);
    ReadException e = assertThrows(ReadException.class, () -> ReaderRegistry.standard().read(f, d -> { }));
    assertEquals("undecodable: bytes invalid in the document's encoding near line 1", e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }

  /** Found by bench/fuzz.sh: the JDK parser threw MissingResourceException on a NUL inside a DTD. */
  @Test
  void aParserThatThrowsOnHostileInputStillGivesAOneLineError() {
    Path f = Path.of("src/test/resources/org/compendium/fuzz/ReaderFuzzTestInputs/tei/crash-jdk-missing-resource-in-dtd.xml");
    ReadException e = assertThrows(ReadException.class, () -> ReaderRegistry.standard().read(f, d -> { }));
    assertEquals("DOCTYPE not allowed (DTDs and entities are refused)", e.getMessage());
  }

  /** Found by bench/fuzz.sh: an encoding name Java finds illegal threw from Charset.isSupported. */
  @Test
  void anIllegalEncodingNameIsReadAsUtf8() throws Exception {
    Path f = dir.resolve("odd-encoding.xml");
    Files.writeString(f, "<?xml version=\"1.0\" encoding=\".TF-8\"?><TEI xmlns=\"http://www.tei-c.org/ns/1.0\">"
        + "<text><body><p>Caf\u00e9 talks.</p></body></text></TEI>");
    List<SourceDocument> out = new ArrayList<>();
    ReaderRegistry.standard().read(f, out::add);
    assertEquals(1, out.size());
    assertTrue(out.get(0).text().contains("Caf\u00e9 talks."), out.get(0).text());
  }
}
