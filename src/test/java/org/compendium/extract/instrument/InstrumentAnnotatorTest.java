package org.compendium.extract.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.compendium.extract.Header;
import org.compendium.model.Instrument;
import org.compendium.model.Instrument.Relation;
import org.compendium.model.Span;
import org.compendium.structure.SentenceAnnotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InstrumentAnnotatorTest {
  private static InstrumentAnnotator annotator;
  private static SentenceAnnotator sentences;

  @BeforeAll
  static void load() {
    annotator = new InstrumentAnnotator();
    sentences = new SentenceAnnotator();
  }

  private static List<Instrument> find(String text, String date, String... parties) {
    Header h = new Header(null, null, date, null, null, 0);
    return annotator.find(text, sentences.split(text), h, List.of(parties));
  }

  private static Instrument one(List<Instrument> found, String nameStart) {
    for (Instrument i : found) {
      if (i.name().toLowerCase().startsWith(nameStart.toLowerCase())) {
        return i;
      }
    }
    throw new AssertionError("no instrument starting '" + nameStart + "' in " + names(found));
  }

  private static String names(List<Instrument> found) {
    return found.stream().map(i -> i.name() + "/" + i.year() + "/" + i.relation()).collect(Collectors.joining("; "));
  }

  @Test
  void yearsBeforeAndAfterTheName() {
    List<Instrument> f = find("Both ministers referred to the 1999 Lahore Declaration and to the Simla Agreement "
        + "of 1972. They also recalled the March 3, 2004 Joint Statement on Maritime Safety.", "2010-05-01");
    assertEquals(3, f.size(), names(f));
    assertEquals(1999, one(f, "Lahore Declaration").year());
    assertEquals(1972, one(f, "Simla Agreement").year());
    Instrument js = one(f, "Joint Statement on Maritime Safety");
    assertEquals(2004, js.year());
    assertEquals(Relation.cited, js.relation());
    assertTrue(js.mentions().get(0).of(
        "Both ministers referred to the 1999 Lahore Declaration and to the Simla Agreement of 1972. They also "
            + "recalled the March 3, 2004 Joint Statement on Maritime Safety.").startsWith("March 3, 2004"));
  }

  @Test
  void lowerCaseDocumentsReferredToBySubject() {
    List<Instrument> f = find("After the talks the ministers signed a memorandum on cooperation in fisheries research "
        + "and a customs cooperation agreement. The two ministers also discussed the agreement on visa exemption for "
        + "short-term visitors.", "2011-06-02", "JPN", "NZL");
    assertEquals(3, f.size(), names(f));
    Instrument memo = one(f, "Memorandum on cooperation in fisheries research");
    assertEquals(Relation.signed, memo.relation());
    assertEquals(2011, memo.year());
    assertEquals(Relation.signed, one(f, "Customs cooperation agreement").relation());
    Instrument visa = one(f, "Agreement on visa exemption");
    assertEquals(Relation.cited, visa.relation());
    assertNull(visa.year());
  }

  @Test
  void aPlanSentToABodyIsNotNamedByIt() {
    assertEquals(List.of(), find("The minister said her cabinet would send the new water management plan to "
        + "Parliament before the summer recess.", "2014-03-03"));
    Instrument c = one(find("Both leaders urged all states to join the Agreement to Restore Coastal Wetlands.",
        "2014-03-03"), "Agreement to Restore Coastal Wetlands");
    assertEquals(Relation.cited, c.relation());
  }

  @Test
  void aSigningWelcomedAtTheMeetingIsSignedThereUnlessDatedElsewhere() {
    Instrument now = one(find("The leaders welcomed the signing of the Agreement on Cooperation in Polar "
        + "Research.", "2016-09-12", "NOR", "JPN"), "Agreement on Cooperation in Polar Research");
    assertEquals(Relation.signed, now.relation());
    assertEquals(2016, now.year());
    Instrument before = one(find("The leaders welcomed the signing of the Agreement on Cooperation in Polar "
        + "Research in 2013.", "2016-09-12", "NOR", "JPN"), "Agreement on Cooperation in Polar Research");
    assertEquals(Relation.cited, before.relation());
    assertEquals(2013, before.year());
  }

  @Test
  void bareNounsAreNotInstruments() {
    assertEquals(List.of(), find("The two leaders signed a statement. They hoped to conclude a peace treaty soon. "
        + "The agreement was welcomed by both sides, and a joint statement was issued.", "2001-01-01"));
    assertEquals(List.of(), find("The two sides continued the peace treaty negotiations and discussed "
        + "free trade agreements.", "2001-01-01"));
    assertEquals(List.of(), find("The leaders agreed to conclude the Japanese-Russian peace treaty.", "2001-01-01"));
  }

  @Test
  void aliasesResolveToCanonicalTitles() {
    List<Instrument> f = find("Both sides reaffirmed the importance of the Krasnoyarsk accords. Japan will keep "
        + "calling for the early entry into force of the CTBT. They recalled the Soviet-Japanese Joint Declaration "
        + "of 1956.", "2002-02-02");
    assertEquals(3, f.size(), names(f));
    Instrument k = one(f, "Krasnoyarsk Agreement");
    assertEquals("jpn-rus-krasnoyarsk", k.id());
    assertEquals(1997, k.year());
    assertEquals(1996, one(f, "Comprehensive Nuclear-Test-Ban Treaty").year());
    assertEquals("jpn-sun-1956", one(f, "Joint Declaration by the Union").id());
  }

  @Test
  void anInstrumentSignedAfterTheRecordIsPlannedAndUndated() {
    List<Instrument> f = find("The ministers discussed the negotiations on the Kyoto Protocol, which they hoped "
        + "would make progress.", "1995-04-01");
    Instrument k = one(f, "Kyoto Protocol");
    assertEquals(Instrument.Relation.planned, k.relation(), names(f));
    assertNull(k.year(), names(f));
    assertEquals(1997, one(find("The ministers recalled the Kyoto Protocol.", "2005-04-01"), "Kyoto").year());
  }

  @Test
  void relationCues() {
    List<Instrument> f = find("The two sides will sign an Agreement on Cultural Exchange during the next visit. "
        + "The leaders agreed to work toward the early conclusion of the Japan-Mongolia Economic Partnership "
        + "Agreement. The Action Plan on Energy Cooperation, which was adopted at the previous summit in 2009, "
        + "was reviewed. The leaders then issued the Bangkok Declaration on Partnership for the Future.",
        "2011-10-20");
    assertEquals(Relation.planned, one(f, "Agreement on Cultural Exchange").relation());
    assertEquals(Relation.planned, one(f, "Agreement between Japan and Mongolia").relation());
    Instrument plan = one(f, "Action Plan on Energy Cooperation");
    assertEquals(Relation.cited, plan.relation());
    assertEquals(2009, plan.year());
    Instrument bangkok = one(f, "Bangkok Declaration on Partnership");
    assertEquals(Relation.signed, bangkok.relation());
    assertEquals(2011, bangkok.year(), "signed at this meeting: the record's year");
  }

  @Test
  void passiveListOfSignedDocuments() {
    String text = "Two documents, namely a memorandum on customs cooperation and an agreement on air services "
        + "between the two governments, were signed after the talks.";
    List<Instrument> f = find(text, "2008-04-01");
    assertEquals(2, f.size(), names(f));
    for (Instrument i : f) {
      assertEquals(Relation.signed, i.relation(), i.name());
      assertEquals(2008, i.year());
    }
  }

  @Test
  void signingDatedElsewhereIsCited() {
    List<Instrument> f = find("The ministers will speed up the programme of joint research on marine resources, "
        + "which they signed in Canberra in May 2006.", "2007-03-01");
    Instrument p = one(f, "Programme of joint research");
    assertEquals(Relation.cited, p.relation());
    assertEquals(2006, p.year());
  }

  @Test
  void organisationsEventsAndSpeechesAreNotInstruments() {
    assertEquals(List.of(), find("Russia chairs the Collective Security Treaty Organization this year, and the "
        + "Shanghai Cooperation Organization will meet in June.", "2020-01-01"));
    assertEquals(List.of(), find("Opening Statement by the Prime Minister at the Joint Press Conference\n\nI welcome "
        + "the President.", "2020-01-01"));
    assertEquals(List.of(), find("2. Agreement on Visits\nThe ministers discussed mutual visits.", "2020-01-01"));
    assertEquals(List.of(), find("The Council's programme for July includes two debates. The JET Programme "
        + "continues.", "2020-01-01"));
  }

  @Test
  void purposeClauseIsNotWhatWasSigned() {
    List<Instrument> f = find("The ministers signed a new cooperation programme to implement the Manila Action Plan "
        + "for APEC.", "1997-01-01");
    assertEquals(1, f.size(), names(f));
    Instrument m = one(f, "Manila Action Plan");
    assertEquals(Relation.cited, m.relation());
    assertEquals(1996, m.year());
  }

  @Test
  void recordTitleIsSigned() {
    String text = "Joint Statement on the Establishment of a Strategic Partnership between Japan and Mongolia\n\n"
        + "3 May 2022\n\nThe Government of Japan and the Government of Mongolia declare as follows.";
    List<Instrument> f = find(text, "2022-05-03", "JPN", "MNG");
    assertEquals(1, f.size(), names(f));
    assertEquals(Relation.signed, f.get(0).relation());
    assertEquals(2022, f.get(0).year());
  }

  @Test
  void bareCapitalizedNamesLinkBackOrResolveByParties() {
    String text = "The Prime Minister said that the Joint Communique was the basis of the relationship and that "
        + "the position based on this Communique had not changed.";
    List<Instrument> f = find(text, "2001-01-01", "CHN", "JPN");
    assertEquals(1, f.size(), names(f));
    assertEquals("jpn-chn-communique", f.get(0).id());
    assertEquals(1972, f.get(0).year());
    assertEquals(2, f.get(0).mentions().size());
    // without parties nothing can be said about "the Joint Communique"
    assertEquals(List.of(), find(text, "2001-01-01"));
  }

  @Test
  void nameCutByTheEndOfTheText() {
    List<Instrument> f = find("This year marks the anniversary of the conclusion of the Treaty of Peace and Friend",
        "2008-01-01", "CHN", "JPN");
    assertEquals(1, f.size(), names(f));
    assertEquals("jpn-chn-treaty", f.get(0).id());
    assertEquals(Relation.cited, f.get(0).relation());
  }

  @Test
  void witnessedSigningIsSigned() {
    List<Instrument> f = find("The two leaders witnessed the signing of the Agreement on Social Security between "
        + "Japan and Hungary.", "2014-05-01");
    assertEquals(Relation.signed, one(f, "Agreement on Social Security").relation());
  }

  @Test
  void everyMentionIsASpanOfItsName() {
    String text = "The Tokyo Declaration was cited, and the 1993 Tokyo Declaration was quoted again.";
    List<Instrument> f = find(text, "2000-01-01");
    assertEquals(1, f.size(), names(f));
    assertEquals(2, f.get(0).mentions().size());
    for (Span s : f.get(0).mentions()) {
      assertTrue(s.of(text).endsWith("Tokyo Declaration"), s.of(text));
    }
    assertNotNull(f.get(0).id());
  }

  @Test
  void itemsUnderASigningLeadIn() {
    String text = "The following documents were signed in the presence of the two leaders:\n"
        + "- Agreement between the Government of Japan and the Government of Viet Nam on Cooperation in Health\n"
        + "- Memorandum of Cooperation in the Field of Agriculture between the two Ministries\n";
    List<Instrument> f = find(text, "2013-12-15", "JPN", "VNM");
    assertEquals(2, f.size(), names(f));
    for (Instrument i : f) {
      assertEquals(Relation.signed, i.relation(), i.name());
      assertEquals(2013, i.year());
    }
  }

  @Test
  void conversationRecordsAndSingleSpeakerStatementsAreNotInstruments() {
    assertEquals(List.of(), find("Memorandum of a Conversation, Washington, June 3, 1958\n\nThe Secretary opened.",
        "1958-06-03"));
    assertEquals(List.of(), find("He read out the Statement of the Ministry of Foreign Affairs on the incident and "
        + "the statement by the Chief Cabinet Secretary on the matter.", "2010-09-01"));
    assertEquals(List.of(), find("The ODA program and the JET Programme were explained; India had decided of its "
        + "own accord to stop testing.", "2010-09-01"));
  }

  @Test
  void titlesWithListsAndConjunctions() {
    List<Instrument> f = find("The Prime Minister referred to the Treaty of Amity, Commerce and Navigation between "
        + "Japan and Mexico of 1888. The ministers discussed the Communications Compatibility and Security Agreement "
        + "(COMCASA) signed last year.", "2019-09-26", "IND", "USA");
    assertEquals(2, f.size(), names(f));
    Instrument amity = one(f, "Treaty of Amity, Commerce and Navigation");
    assertNull(amity.id(), "not the Treaty of Amity and Cooperation in Southeast Asia");
    assertEquals(1888, amity.year());
    Instrument comcasa = one(f, "Communications Compatibility and Security Agreement");
    assertNull(comcasa.id());
    assertEquals(Relation.cited, comcasa.relation());
  }

  @Test
  void oneSidesOwnPlansAndProgrammesAreNotInstruments() {
    assertEquals(List.of(), find("President Lopez explained Mexico's National Development Plan and the Plan "
        + "Puebla-Panama.", "2003-03-03"));
  }

  @Test
  void negotiationsAfterTheNameArePlanned() {
    List<Instrument> f = find("The leaders hoped to finish the Japan-Chile Economic Partnership Agreement (EPA) "
        + "negotiations within the year.", "2006-09-01", "CHL", "JPN");
    assertEquals(1, f.size(), names(f));
    assertEquals(Relation.planned, f.get(0).relation());
    assertEquals("jpn-chl-epa", f.get(0).id());
  }

  @Test
  void titlesEndWhereTheSentenceMovesOn() {
    List<Instrument> f = find("The delegate recalled the Treaty on the Non-Proliferation of Nuclear Weapons and the "
        + "rights of its parties. The leaders welcomed the Agreement on Health Cooperation and decided to sign "
        + "a Memorandum of Understanding on Energy Security.", "2012-01-01");
    assertEquals("npt", one(f, "Treaty on the Non-Proliferation").id());
    assertEquals("Agreement on Health Cooperation", one(f, "Agreement on Health").name());
    assertEquals(Relation.planned, one(f, "Memorandum of Understanding on Energy").relation());
  }

  @Test
  void headlineWordsDoNotJoinARegistryName() {
    List<Instrument> f = find("Council Adopts Resolution, Endorses Joint Comprehensive Plan of Action on Iran's "
        + "Nuclear Programme\n\nThe Council met today.", "2015-07-20");
    assertEquals(1, f.size(), names(f));
    assertEquals("jcpoa", f.get(0).id());
  }

  @Test
  void documentsSignedIncludeLowerCaseOnes() {
    List<Instrument> f = find("The documents signed also include an intergovernmental agreement on cooperation in "
        + "the peaceful use of atomic energy.", "2014-05-29");
    assertEquals(1, f.size(), names(f));
    assertEquals(Relation.signed, f.get(0).relation());
  }

  @Test
  void pressItemsAreNotInstruments() {
    assertEquals(List.of(), find("Statements for the Press following Talks with the President\n\nGood afternoon.",
        "2016-12-16"));
  }
}
