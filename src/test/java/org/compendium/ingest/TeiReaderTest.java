package org.compendium.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.compendium.util.Hashes;
import org.junit.jupiter.api.Test;

class TeiReaderTest {
  private static final Path FRUS = Path.of("samples/tei/frus1955-57v23p1-d182.xml");
  private final TeiReader reader = new TeiReader();

  private static List<Markup> of(SourceDocument d, Markup.Type type) {
    return d.markup().stream().filter(m -> m.type() == type).toList();
  }

  @Test
  void frusSampleGivesTitleDatelineParticipantsAndPersons() throws ReadException {
    List<SourceDocument> docs = Fixtures.read(reader, Fixtures.bytes(FRUS));
    assertEquals(1, docs.size());
    SourceDocument d = docs.get(0);
    String t = d.text();
    assertEquals("d182", d.documentId());
    assertEquals("tei", d.source().format());
    String[] lines = t.split("\n");
    assertTrue(lines[0].startsWith("182. Memorandum of a Conversation"), lines[0]);
    assertFalse(t.contains("Source: Department of State"), "notes are dropped");
    assertFalse(t.contains("KIV"), "opener file codes are dropped");

    List<Markup> titles = of(d, Markup.Type.TITLE);
    assertEquals(1, titles.size());
    assertTrue(titles.get(0).span().of(t).startsWith("Memorandum of a Conversation, President"));
    assertTrue(titles.get(0).span().of(t).endsWith("June 19, 1957, 11 a.m."));

    Markup date = of(d, Markup.Type.DATE).get(0);
    assertEquals("1957-06-19T11:00:00-04:00", date.value());
    assertEquals("June 19, 1957, 11 a.m.", date.span().of(t));
    Markup place = of(d, Markup.Type.PLACE).get(0);
    assertEquals("Washington", place.span().of(t));
    assertTrue(t.contains("\nWashington, June 19, 1957, 11 a.m.\n"));

    List<Markup> participants = of(d, Markup.Type.PARTICIPANT);
    assertEquals(6, participants.size());
    assertEquals("Prime Minister Kishi", participants.get(0).span().of(t));
    assertEquals("Kishi", participants.get(0).value());
    assertEquals("J. Owen Zurhellen, Jr.", participants.get(5).span().of(t));
    assertTrue(t.contains("PARTICIPANTS\nPrime Minister Kishi\nAmbassador of Japan Asakai\n"));

    List<Markup> persons = of(d, Markup.Type.PERSON);
    assertTrue(persons.size() > 10, "persons: " + persons.size());
    for (Markup m : d.markup()) {
      if (m.type() != Markup.Type.DATE && m.type() != Markup.Type.PARTICIPANT) {
        assertEquals(m.value(), m.span().of(t).replace('\n', ' '), m.toString());
      }
    }
    assertTrue(persons.stream().anyMatch(m -> m.value().equals("Koh Chiba")));
    // spans are in text order
    for (int i = 1; i < d.markup().size(); i++) {
      assertTrue(d.markup().get(i - 1).span().start() <= d.markup().get(i).span().start());
    }
  }

  @Test
  void frusDocumentHashIsThatOfItsOwnXml() throws ReadException {
    String xml = new String(Fixtures.bytes(FRUS), StandardCharsets.UTF_8);
    int from = xml.indexOf("<div type=\"document\"");
    int to = xml.indexOf("</div>", from) + "</div>".length();
    String expected = Hashes.sha256(xml.substring(from, to).getBytes(StandardCharsets.UTF_8));
    assertEquals(expected, Fixtures.read(reader, Fixtures.bytes(FRUS)).get(0).source().sha256());
  }

  /** A volume of many documents, streamed: one record per document, in order, each with its own text. */
  @Test
  void volumeOfThousandsOfDocumentsGivesOneRecordEach() throws Exception {
    int n = 3000;
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>Test volume</title>"
        + "</titleStmt></fileDesc></teiHeader><text><front><p>Preface text</p></front><body>\n"
        + "<div type=\"compilation\"><head>Chapter heading</head>\n");
    for (int i = 1; i <= n; i++) {
      sb.append("<div type=\"document\" xml:id=\"d").append(i).append("\" n=\"").append(i).append("\">")
          .append("<head>").append(i).append(". Telegram number ").append(i)
          .append("<note>Editor's note ").append(i).append("</note></head>")
          .append("<opener><dateline><placeName>Capital ").append(i % 7).append("</placeName>, <date when=\"1960-01-")
          .append(String.format("%02d", i % 28 + 1)).append("\">January ").append(i % 28 + 1)
          .append(", 1960</date></dateline></opener>")
          .append("<p>The envoy <persName corresp=\"#p").append(i).append("\">Envoy").append(i)
          .append("</persName> reported on item ").append(i).append(".</p></div>\n");
      if (i % 500 == 0) {
        sb.append("<pb n=\"").append(i).append("\"/>\n");
      }
    }
    sb.append("</div></body></text></TEI>\n");
    List<SourceDocument> docs = new ArrayList<>();
    reader.read(new java.io.ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8)), "test:vol",
        docs::add);
    assertEquals(n, docs.size());
    Set<String> hashes = new HashSet<>();
    for (int i = 1; i <= n; i++) {
      SourceDocument d = docs.get(i - 1);
      assertEquals("d" + i, d.documentId());
      String t = d.text();
      assertEquals(i + ". Telegram number " + i + "\n\nCapital " + (i % 7) + ", January " + (i % 28 + 1)
          + ", 1960\n\nThe envoy Envoy" + i + " reported on item " + i + ".", t);
      assertEquals("Telegram number " + i, of(d, Markup.Type.TITLE).get(0).span().of(t));
      assertEquals(String.format("1960-01-%02d", i % 28 + 1), of(d, Markup.Type.DATE).get(0).value());
      assertEquals("Envoy" + i, of(d, Markup.Type.PERSON).get(0).span().of(t));
      hashes.add(d.source().sha256());
    }
    assertEquals(n, hashes.size(), "each document has its own hash");
  }

  @Test
  void singleDocumentFileGivesOneRecordFromTheBody() throws ReadException {
    String xml = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>Hidden header"
        + "</title></titleStmt></fileDesc></teiHeader><text><body><head>Joint Communiqu\u00e9</head>"
        + "<p>Issued at <placeName>Lisbon</placeName> on <date when=\"1999-04-02\">2 April 1999</date>.</p>"
        + "<list><item>First,<lb/>second line</item><item>Other item</item></list></body></text></TEI>";
    byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
    List<SourceDocument> docs = Fixtures.read(reader, bytes);
    assertEquals(1, docs.size());
    SourceDocument d = docs.get(0);
    assertNull(d.documentId());
    assertEquals("Joint Communiqu\u00e9\n\nIssued at Lisbon on 2 April 1999.\n\nFirst,\nsecond line\nOther item",
        d.text());
    assertEquals(Hashes.sha256(bytes), d.source().sha256(), "a one-record file hashes the whole file");
    assertEquals("1999-04-02", of(d, Markup.Type.DATE).get(0).value());
    assertEquals("Joint Communiqu\u00e9", of(d, Markup.Type.TITLE).get(0).value());
  }

  @Test
  void inlineElementsStayInTheirSentence() throws ReadException {
    String xml = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body>"
        + "<div type=\"document\"><p>He said <quote>we agree</quote> and left the <choice><abbr>Mtg.</abbr>"
        + "<expan>meeting</expan></choice> early<del>ly</del>.</p><list><label>(a)</label><item>first</item><label>(b)</label><item>second</item></list></div>"
        + "<div type=\"document\"><p>Second.</p></div></body></text></TEI>";
    List<SourceDocument> docs = Fixtures.read(reader, xml.getBytes(StandardCharsets.UTF_8));
    assertEquals("He said we agree and left the Mtg. early.\n\n(a) first\n(b) second", docs.get(0).text());
    assertEquals("1", docs.get(0).documentId(), "no xml:id or n: the position");
    assertEquals("2", docs.get(1).documentId());
  }

  @Test
  void otherXmlIsRefusedClearly() {
    ReadException e = assertThrows(ReadException.class,
        () -> Fixtures.read(reader, "<?xml version=\"1.0\"?><catalog><book/></catalog>".getBytes(StandardCharsets.UTF_8)));
    assertEquals("not a TEI document (root element <catalog>)", e.getMessage());
  }

  @Test
  void sniffsTeiAndXml() {
    assertTrue(reader.sniff("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">".getBytes(StandardCharsets.UTF_8)));
    assertTrue(reader.sniff("<?xml version=\"1.0\"?>\n<anything/>".getBytes(StandardCharsets.UTF_8)));
    assertTrue(reader.sniff("<!DOCTYPE foo SYSTEM \"x\"><foo/>".getBytes(StandardCharsets.UTF_8)));
    assertFalse(reader.sniff("<?xml version=\"1.0\"?><html><body/></html>".getBytes(StandardCharsets.UTF_8)));
    assertFalse(reader.sniff("<!DOCTYPE html><html>".getBytes(StandardCharsets.UTF_8)));
    assertFalse(reader.sniff("Plain text about TEI.".getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * A TEI document without document divs, read from a file (the parser closes its input at the end, and the rest
   * of the file was then unreadable for the hash: "cannot read: Stream closed"; found after fuzzing).
   */
  @Test
  void aSingleBodyTeiFileIsReadFromDiskAndHashedWhole() throws Exception {
    Path f = java.nio.file.Files.createTempFile("single-body", ".xml");
    try {
      String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body>"
          + "<p>The envoys met in Lima.</p></body></text></TEI>\n<!-- trailing comment -->\n";
      java.nio.file.Files.writeString(f, xml);
      List<SourceDocument> docs = Fixtures.read(ReaderRegistry.standard(), f);
      assertEquals(1, docs.size());
      assertEquals("The envoys met in Lima.", docs.get(0).text());
      assertEquals(Hashes.sha256(xml.getBytes(StandardCharsets.UTF_8)), docs.get(0).source().sha256());
    } finally {
      java.nio.file.Files.deleteIfExists(f);
    }
  }
}
