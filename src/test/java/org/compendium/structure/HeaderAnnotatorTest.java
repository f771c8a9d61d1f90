package org.compendium.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.compendium.extract.Document;
import org.compendium.extract.Header;
import org.compendium.extract.Layers;
import org.compendium.ingest.Markup;
import org.compendium.ingest.SourceDocument;
import org.compendium.model.Source;
import org.compendium.model.Span;
import org.junit.jupiter.api.Test;

class HeaderAnnotatorTest {
  private final HeaderAnnotator header = new HeaderAnnotator();

  @Test
  void titleDateAndIssuerUnderTheHeading() {
    String text = "Brazil-Portugal Summit Meeting\n\nMarch 3, 2011\nMinistry of External Relations\n\n"
        + "The two presidents met in Brasilia for two hours.\n";
    Header h = header.find(text);
    assertEquals("Brazil-Portugal Summit Meeting", h.title());
    assertEquals("Brazil-Portugal Summit Meeting", h.titleSpan().of(text));
    assertEquals("2011-03-03", h.date());
    assertEquals("March 3, 2011", h.dateSpan().of(text));
    assertEquals("Ministry of External Relations", h.issuer());
    assertTrue(text.startsWith("The two presidents", h.bodyStart()));
  }

  @Test
  void skipsWebChromeAboveTheTitle() {
    String text = "NEWS[Back]\nHome > Media > Releases\nSkip to main content\nPrint this page\n\n"
        + "Meeting of the Foreign Ministers of Chile and Peru\n\n(12 May 2009; Lima)\n\n"
        + "The ministers reviewed the border talks.\n";
    Header h = header.find(text);
    assertEquals("Meeting of the Foreign Ministers of Chile and Peru", h.title());
    assertEquals("2009-05-12", h.date());
    assertNull(h.issuer());
  }

  @Test
  void kickerAboveTheTitleIsNotTheTitle() {
    String text = "Germany-Japan Relations\n\nGermany-Japan Vice-Ministerial Talks\n\nJune 2, 2015\n\n"
        + "On June 2, the vice-ministers held talks in Berlin.\n";
    assertEquals("Germany-Japan Vice-Ministerial Talks", header.find(text).title());
  }

  @Test
  void labelsAndDatelinePlacesBetweenTitleAndDateAreNotTheTitle() {
    String text = "Joint Statement of Chile and Argentina on Antarctic Research\n\nMedia Note\n"
        + "Office of the Spokesperson\nSantiago, Chile\nMarch 9, 2016\n\nThe two governments today agreed.\n";
    Header h = header.find(text);
    assertEquals("Joint Statement of Chile and Argentina on Antarctic Research", h.title());
    assertEquals("Office of the Spokesperson", h.issuer());
    assertEquals("2016-03-09", h.date());
  }

  @Test
  void pressReleaseBoilerplateIsNotTheTitle() {
    String text = "NEWS RELEASE\n\nFor Immediate Release\nMarch 3, 2010\n\n"
        + "Foreign Minister of Peru Meets Canadian Counterpart\n\nThe two ministers met today in Lima.\n";
    assertEquals("Foreign Minister of Peru Meets Canadian Counterpart", header.find(text).title());
  }

  @Test
  void titleAfterDateLineWhenOnlyChromePrecedesIt() {
    String text = "STATEMENTS\n\n7 July 1999\nOttawa\n\nJoint Statement by the Prime Ministers of Canada and Norway"
        + " on Arctic Cooperation\n\nThe Prime Ministers agreed today to widen their cooperation.\n";
    Header h = header.find(text);
    assertEquals("Joint Statement by the Prime Ministers of Canada and Norway on Arctic Cooperation", h.title());
    assertEquals("1999-07-07", h.date());
  }

  @Test
  void joinsATitleBrokenOverLines() {
    String text = "[Collected Papers of the Commission, Volume II]\n\nJoint Communique of President Ana B.\n"
        + "Lopez and Chancellor Karl Weber\non Economic Partnership\n2010-10-21\n\nThe two leaders met.\n";
    Header h = header.find(text);
    assertEquals("Joint Communique of President Ana B. Lopez and Chancellor Karl Weber on Economic Partnership",
        h.title());
    assertEquals("2010-10-21", h.date());
  }

  @Test
  void genericSubtitleAndLabelAreNotTheTitle() {
    String text = "3. FRAMEWORK AGREEMENT\non Cultural Exchange\n(Provisional Translation)\n\n"
        + "The Parties, desiring to deepen mutual understanding, have agreed as follows.\n";
    Header h = header.find(text);
    assertEquals("FRAMEWORK AGREEMENT on Cultural Exchange", h.title());
    assertNull(h.date());
    assertTrue(text.startsWith("The Parties", h.bodyStart()));
  }

  @Test
  void proseOpeningHasNoTitleNorDate() {
    String text = "The foreign ministers of Spain and Morocco met in Rabat on 4 May 2012 to discuss migration.\n"
        + "They agreed to meet again.\n";
    Header h = header.find(text);
    assertNull(h.title());
    assertNull(h.date());
    assertEquals(0, h.bodyStart());
  }

  @Test
  void dateLineWithTimeAndPlace() {
    Header h = header.find("Press Statements after Talks with the President of Chile\n"
        + "April 2, 2011, 16:20 Santiago, La Moneda Palace\nThe President: Ladies and gentlemen, welcome.\n");
    assertEquals("Press Statements after Talks with the President of Chile", h.title());
    assertEquals("2011-04-02", h.date());
  }

  @Test
  void datelineThatNamesCityAndCountryBeforeTheDate() {
    Header h = header.find("Chair's Statement of the Fifth Mekong-Lancang Leaders' Meeting\n"
        + "Vientiane, Lao People's Democratic Republic, 14-15 March 2018\n\nThe Leaders met in Vientiane.\n");
    assertEquals("Chair's Statement of the Fifth Mekong-Lancang Leaders' Meeting", h.title());
    assertEquals("2018-03", h.date());
  }

  @Test
  void titleThatCarriesTheDate() {
    Header h = header.find("Joint Communique of Mali and Niger, 5 May 2001\n\nThe two presidents met today.\n");
    assertEquals("Joint Communique of Mali and Niger, 5 May 2001", h.title());
    assertEquals("2001-05-05", h.date());
  }

  @Test
  void monthAndYearOnlyGivesTheMonth() {
    assertEquals("1996-11", header.find("Annual Consultations\nNovember 1996\n\nThe delegations met.\n").date());
  }

  @Test
  void siteNameIsDroppedFromAMarkedUpTitle() {
    assertEquals("Peru-Chile Summit Meeting", header.withoutSiteName("Peru-Chile Summit Meeting | Ministry of Foreign Affairs"));
    assertEquals("Peru-Chile Summit Meeting", header.withoutSiteName("Embassy of Peru in Chile - Peru-Chile Summit Meeting"));
    assertNull(header.withoutSiteName("Ministry of Foreign Affairs of Peru"));
  }

  @Test
  void randomTextsGiveSpansInsideTheText() {
    long seed = System.nanoTime();
    java.util.Random r = new java.util.Random(seed);
    String[] pieces = {"Summit Meeting", "May 5, 2001", "[Back]", "Home > News", "1.", "(2)", "--", "Ministry of Trade",
        "The leaders met.", "\n", "\n\n", " ", "\u00a0", "on the Occasion of", "V.", "2001/05/05", "Click here", ","};
    SectionAnnotator sections = new SectionAnnotator();
    SentenceAnnotator sentences = new SentenceAnnotator();
    for (int round = 0; round < 400; round++) {
      StringBuilder sb = new StringBuilder();
      for (int i = r.nextInt(30); i > 0; i--) {
        sb.append(pieces[r.nextInt(pieces.length)]).append(r.nextBoolean() ? "\n" : " ");
      }
      String text = sb.toString();
      String where = "seed " + seed + " text [" + text + "]";
      Header h = header.find(text);
      assertTrue(h.bodyStart() >= 0 && h.bodyStart() <= text.length(), where);
      if (h.titleSpan() != null) {
        assertTrue(h.titleSpan().end() <= text.length() && !h.title().isBlank(), where);
      }
      if (h.dateSpan() != null) {
        assertTrue(h.dateSpan().end() <= text.length() && h.date().matches("\\d{4}(-\\d{2}(-\\d{2})?)?"), where);
      }
      for (org.compendium.model.Section s : sections.outline(text, sentences.split(text), h.bodyStart())) {
        assertTrue(s.span().end() <= text.length() && s.span().start() >= h.bodyStart(), where);
      }
    }
  }

  @Test
  void emptyAndBlankTexts() {
    for (String text : new String[] {"", "\n\n", "   ", "\u00a0\n"}) {
      Header h = header.find(text);
      assertNull(h.title());
      assertNull(h.date());
    }
  }

  @Test
  void readerMarkupWins() {
    String text = "Some heading\nJune 1, 2001\n\nA body sentence follows here.\n";
    List<Markup> markup = List.of(new Markup(Markup.Type.TITLE, new Span(0, 12), "Memorandum of Conversation"),
        new Markup(Markup.Type.DATE, new Span(13, 25), "1957-01-09"));
    Document doc = new Document(new SourceDocument(text, new Source(null, "tei", "0"), null, markup));
    doc.put(Layers.SENTENCES, new SentenceAnnotator().split(text));
    header.annotate(doc);
    Header h = doc.get(Layers.HEADER);
    assertEquals("Memorandum of Conversation", h.title());
    assertEquals("1957-01-09", h.date());
  }

  private static Header annotate(String text) {
    Document doc = new Document(new SourceDocument(text, new Source(null, "text", "0")));
    new SentenceAnnotator().annotate(doc);
    new HeaderAnnotator().annotate(doc);
    return doc.get(Layers.HEADER);
  }

  @Test
  void unprintedDateIsTheDateOnWhichTheDescribedMeetingTookPlace() {
    String text = "Talks with the President of Chile\n\nThe two presidents discussed trade and energy.\n"
        + "The talks took place in Lima on 14 June 2012, first in a restricted format.\n"
        + "They recalled the agreement of 3 May 2009.\n";
    Header h = annotate(text);
    assertEquals("2012-06-14", h.date());
    assertEquals("14 June 2012", h.dateSpan().of(text));
  }

  @Test
  void datesOfEarlierEventsAreNotTheRecordDate() {
    String text = "The President received the Prime Minister of Peru. They recalled the Joint Statement of "
        + "March 3, 2005 and the treaty signed on 9 May 1999 by their predecessors in Lima.\n";
    assertNull(annotate(text).date());
  }
}
