package org.compendium.extract.kind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.compendium.extract.Document;
import org.compendium.extract.Layers;
import org.compendium.ingest.SourceDocument;
import org.compendium.model.Kind;
import org.compendium.model.Person;
import org.compendium.model.Source;
import org.compendium.structure.HeaderAnnotator;
import org.compendium.structure.SentenceAnnotator;
import org.compendium.util.PhraseTable;
import org.compendium.util.Resources;
import org.junit.jupiter.api.Test;

class KindAnnotatorTest {
  private final SentenceAnnotator sentences = new SentenceAnnotator();
  private final HeaderAnnotator header = new HeaderAnnotator();
  private final KindAnnotator kind = new KindAnnotator();

  private Kind kindOf(String text, List<Person> participants) {
    Document doc = new Document(new SourceDocument(text, new Source(null, "text", "0")));
    sentences.annotate(doc);
    header.annotate(doc);
    doc.put(Layers.PARTICIPANTS, participants);
    kind.annotate(doc);
    return doc.get(Layers.KIND);
  }

  private Kind kindOf(String text) {
    return kindOf(text, List.of());
  }

  @Test
  void titleCues() {
    assertEquals(Kind.call, kindOf("Canada-Mexico Summit Telephone Conversation\nMarch 2, 2012\n\nThey spoke.\n"));
    assertEquals(Kind.ministerial, kindOf("Egypt-Jordan Foreign Ministers' Meeting\nMay 5, 2010\n\nText here.\n"));
    assertEquals(Kind.ministerial, kindOf("Spain-Chile Foreign Ministers\u2019 Meeting\nMay 5, 2010\n\nText.\n"));
    assertEquals(Kind.summit, kindOf("Fifth Nordic-Baltic Summit\n1 June 2008\n\nThe leaders met.\n"));
    assertEquals(Kind.visit, kindOf("Official Visit to Kenya by the Prime Minister of Norway\n3 June 2008\n\nX.\n"));
    assertEquals(Kind.statement,
        kindOf("Joint Declaration on Friendship between Peru and Bolivia\n\nThe two Parties, recalling ties,\n"));
  }

  @Test
  void statementCountsOnlyAsTheHeadOfTheTitle() {
    assertEquals(Kind.other,
        kindOf("Press Briefing on the Joint Statement of the Arctic Council\n9 May 2013\n\nThe briefing ended.\n"));
  }

  @Test
  void briefingHeadingTheTitleIsOtherEvenWhenTheBodyReportsAMeeting() {
    assertEquals(Kind.other, kindOf("Daily Press Briefing by the Office of the Spokesperson\n3 March 2016\n\n"
        + "The High Commissioner met the President of Ghana this morning.\n"));
    assertEquals(Kind.summit, kindOf("Joint Press Conference by the Presidents "
        + "of Peru and Chile after Their Summit\n3 March 2016\n\nThe President: Thank you.\n"));
  }

  @Test
  void callBeatsSummitAndMinisterialBeatsSummit() {
    assertEquals(Kind.call, kindOf("Summit Video Conference of Italy and Greece\n2 April 2020\n\nThey spoke.\n"));
    assertEquals(Kind.ministerial,
        kindOf("Foreign Ministers' Meeting on the Margins of the G20 Summit\n2 April 2020\n\nThey met.\n"));
  }

  @Test
  void plainMeetingIsRankedByRoleWords() {
    assertEquals(Kind.summit, kindOf("Austria-Hungary Meeting\n4 April 2001\n\n"
        + "Chancellor Anna Gruber held talks with Prime Minister Tibor Nagy in Vienna.\n"));
    assertEquals(Kind.ministerial, kindOf("Austria-Hungary Meeting\n4 April 2001\n\n"
        + "Foreign Minister Anna Gruber held talks with Foreign Minister Tibor Nagy in Vienna.\n"));
    assertEquals(Kind.other, kindOf("Austria-Hungary Meeting\n4 April 2001\n\nThe delegations met in Vienna.\n"));
  }

  @Test
  void aHeadMeetingOnlyOfficialsIsNoSummit() {
    assertEquals(Kind.other, kindOf("Memorandum of Conversation\n\n"
        + "Prime Minister Lund received Ambassador Ortega and Assistant Secretary Blake in Oslo.\n"));
    assertEquals(Kind.summit, kindOf("Memorandum of Conversation\n\n"
        + "Prime Minister Lund received President Ortega in Oslo.\n"));
  }

  @Test
  void possessiveRoleIsNotSomeonePresent() {
    assertEquals(Kind.other, kindOf("Talks at the President's Residence\nMay 2, 1999\n\n"
        + "Ambassador Ortega met Director Blake in the morning.\n"));
  }

  @Test
  void participantsLayerDecidesWhenItHasRoles() {
    String text = "Meeting in Lisbon\n4 April 2001\n\nThe two guests met in Lisbon.\n";
    List<Person> heads = List.of(new Person("Ana Costa", "President", "PRT", List.of()),
        new Person("Juan Ruiz", "Prime Minister", "ESP", List.of()));
    List<Person> ministers = List.of(new Person("Ana Costa", "Minister of Foreign Affairs", "PRT", List.of()),
        new Person("Juan Ruiz", "Foreign Minister", "ESP", List.of()));
    assertEquals(Kind.summit, kindOf(text, heads));
    assertEquals(Kind.ministerial, kindOf(text, ministers));
  }

  @Test
  void bodyCuesWhenThereIsNoTitle() {
    assertEquals(Kind.summit,
        kindOf("President Ana Costa and Prime Minister Juan Ruiz held talks in Lisbon on Monday.\nMore.\n"));
    assertEquals(Kind.call, kindOf("The two presidents spoke by telephone on Friday about the floods.\n"));
    assertEquals(Kind.other, kindOf("The council's president told reporters that the session would open soon.\n"));
  }

  @Test
  void dataFilesLoadWithKnownValues() {
    List<String> cueValues = List.of("call", "statement", "ministerial", "summit", "meeting", "visit", "other");
    for (String[] row : Resources.tsv("extract/kind/kind-cues.tsv", 2)) {
      assertTrue(cueValues.contains(row[1]), String.join("\t", row));
    }
    for (String[] row : Resources.tsv("extract/kind/role-levels.tsv", 2)) {
      assertTrue(List.of("head", "minister", "official", "none").contains(row[1]), String.join("\t", row));
    }
    assertTrue(PhraseTable.load("extract/kind/kind-cues.tsv").size() > 20);
  }
}
