package org.compendium.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.compendium.extract.Header;
import org.compendium.model.Person;
import org.compendium.model.Place;
import org.compendium.model.Span;
import org.compendium.resolve.Countries;
import org.compendium.resolve.PersonDirectory;
import org.compendium.structure.SentenceAnnotator;
import org.junit.jupiter.api.Test;

class ParticipantAnnotatorTest {
  private static final ParticipantAnnotator ANNOTATOR =
      new ParticipantAnnotator(Countries.load(), PersonDirectory.load());
  private static final SentenceAnnotator SENTENCES = new SentenceAnnotator();

  private static List<Person> run(String text) {
    return ANNOTATOR.find(text, SENTENCES.split(text), new Header(null, null, null, null, null, 0));
  }

  private static Person person(List<Person> ps, String name) {
    return ps.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
  }

  private static List<String> mentions(String text, Person p) {
    return p.mentions().stream().map(s -> s.of(text)).collect(Collectors.toList());
  }

  @Test
  void titledNamesWithNationalityAdjectives() {
    String t = "German Chancellor Helga Brandt and Canadian Prime Minister Paul Tremblay held talks in Ottawa. "
        + "Chancellor Brandt said that trade had grown.";
    List<Person> ps = run(t);
    Person b = person(ps, "Helga Brandt");
    assertNotNull(b, ps.toString());
    assertEquals("DEU", b.country());
    assertEquals("Chancellor", b.role());
    assertTrue(mentions(t, b).contains("Chancellor Brandt"));
    Person p = person(ps, "Paul Tremblay");
    assertEquals("CAN", p.country());
    assertEquals("Prime Minister", p.role());
  }

  @Test
  void whoChairsTheMeetingTakesPartUnlessTheChairIsStillToCome() {
    String t = "The ministerial meeting was held in Lima under the chairmanship of Foreign Minister Rosa Quispe "
        + "of Peru. The working lunch was chaired by Minister Kofi Mensah of Ghana. The next round, to be held in "
        + "May, will be chaired by Minister Lars Holm of Denmark.";
    List<Person> ps = run(t);
    assertNotNull(person(ps, "Rosa Quispe"), ps.toString());
    assertNotNull(person(ps, "Kofi Mensah"), ps.toString());
    assertNull(person(ps, "Lars Holm"), ps.toString());
  }

  @Test
  void aPersonPlacedOnlyByTheRecordsPlacesIsNotGivenAStateWithoutSuchAnOffice() {
    String t = "Memorandum of Conversation, Washington\n\nPARTICIPANTS\nPrime Minister Tanabe\nAmbassador of Japan "
        + "Mori\nAssistant Secretary Holloway\n\nMr. Holloway said that the Prime Minister was welcome in "
        + "Washington.";
    int w = t.indexOf("Washington");
    int j = t.indexOf("Japan");
    List<Place> places = List.of(new Place("Washington", "city", "USA", null, null,
        List.of(new Span(w, w + 10), new Span(t.lastIndexOf("Washington"), t.lastIndexOf("Washington") + 10))),
        new Place("Japan", "country", "JPN", null, null, List.of(new Span(j, j + 5))));
    List<Person> ps = ANNOTATOR.find(t, SENTENCES.split(t), new Header(null, null, null, null, null, 0), List.of(),
        places);
    assertEquals("JPN", person(ps, "Tanabe").country(), ps.toString());
    assertEquals("JPN", person(ps, "Mori").country(), ps.toString());
    assertEquals("USA", person(ps, "Holloway").country(), ps.toString());
  }

  @Test
  void aTitleWithItsNameSetOffByCommas() {
    String t = "The Foreign Minister, Amara Okafor, met the ambassadors in Abuja. The Chairman, Ravi Menon, opened "
        + "the session. The President, Chile and Peru were not mentioned by name.";
    List<Person> ps = run(t);
    assertEquals("Foreign Minister", person(ps, "Amara Okafor").role(), ps.toString());
    assertEquals("Chairman", person(ps, "Ravi Menon").role(), ps.toString());
    assertEquals(2, ps.size(), ps.toString());
  }

  @Test
  void theFirstOfTwoFamilyNamesIsTheSamePerson() {
    String t = "President Lucía Ortega Ruiz of Ecuador met the delegation. President Ortega said the talks were "
        + "useful.";
    List<Person> ps = run(t);
    assertEquals(1, ps.size(), ps.toString());
    assertEquals("Lucía Ortega Ruiz", ps.get(0).name());
    assertEquals(2, ps.get(0).mentions().size(), ps.toString());
  }

  @Test
  void appositiveTitleAndCountry() {
    String t = "Mr. Tomas Novak, Minister for Foreign Affairs of the Czech Republic, met with H.E. Ms. Ana Silva, "
        + "Minister of Foreign Affairs of Portugal. Minister Novak welcomed the agreement.";
    List<Person> ps = run(t);
    assertEquals("CZE", person(ps, "Tomas Novak").country());
    assertEquals("Minister for Foreign Affairs", person(ps, "Tomas Novak").role());
    assertEquals("PRT", person(ps, "Ana Silva").country());
    assertEquals(2, ps.size(), ps.toString());
  }

  @Test
  void bracketedCountryAndRelativeClause() {
    String t = "Olga M. Petrenko (Ukraine), who chairs the committee this month, told reporters that work went well.";
    Person p = person(run(t), "Olga M. Petrenko");
    assertNotNull(p);
    assertEquals("UKR", p.country());
  }

  @Test
  void attendeeListsTakeTheSideCountry() {
    String t = "The talks lasted one hour.\nAttendees from Norway side: Minister of Finance Lars Dahl, "
        + "Director-General of the Trade Policy Bureau Kari Holm, and others.\n"
        + "Attendees from Chile side: Minister of Economy Diego Rojas, and others.";
    List<Person> ps = run(t);
    assertEquals("NOR", person(ps, "Lars Dahl").country(), ps.toString());
    assertEquals("Director-General of the Trade Policy Bureau", person(ps, "Kari Holm").role());
    assertEquals("NOR", person(ps, "Kari Holm").country());
    assertEquals("CHL", person(ps, "Diego Rojas").country());
  }

  @Test
  void trailingSideMarkerGovernsThePersonsBefore() {
    String t = "Also present were Vice Minister Ito Kenji and others on the Japanese side and "
        + "Vice Minister Zhang Wei and others on the Chinese side.";
    List<Person> ps = run(t);
    assertEquals("CHN", person(ps, "Zhang Wei").country(), ps.toString());
  }

  @Test
  void familyNameFirstNamesKeepTheirOrderAndShortFormsLink() {
    String t = "President Xi Jinping held a meeting with President Park Geun-hye of the Republic of Korea. "
        + "President Park stated that she valued the talks. President Xi agreed.";
    List<Person> ps = run(t);
    Person park = person(ps, "Park Geun-hye");
    assertNotNull(park, ps.toString());
    assertEquals("KOR", park.country());
    assertTrue(mentions(t, park).contains("President Park"));
    assertTrue(mentions(t, park).contains("she"), mentions(t, park).toString());
    Person xi = person(ps, "Xi Jinping");
    assertEquals("CHN", xi.country());
  }

  @Test
  void familyNameCompletedFromTheDirectoryAndDate() {
    String t = "May 12, 2005\nPrime Minister Koizumi met President Putin in Moscow. He thanked Mr Putin.";
    List<Person> ps = run(t);
    Person k = person(ps, "Junichiro Koizumi");
    assertNotNull(k, ps.toString());
    assertEquals("JPN", k.country());
    assertEquals("RUS", person(ps, "Vladimir Putin").country());
  }

  @Test
  void pronounsAndTitleOnlyMentionsJoinTheirPerson() {
    String t = "Prime Minister Ravi Kumar of India met President Lena Berg of Sweden. "
        + "The Indian Prime Minister said trade should grow. He also invited the President to visit.";
    List<Person> ps = run(t);
    Person k = person(ps, "Ravi Kumar");
    List<String> m = mentions(t, k);
    assertTrue(m.contains("The Indian Prime Minister"), m.toString());
    assertTrue(m.contains("He"), m.toString());
    assertTrue(mentions(t, person(ps, "Lena Berg")).contains("the President"));
  }

  @Test
  void aNoteBetweenTheSpeakerAndTheColonStillOpensATurn() {
    String t = "Marta Kowalska: Welcome to Warsaw.\n\nIvo Horvat (retranslated): I thank you for the invitation.";
    Person h = person(run(t), "Ivo Horvat");
    assertNotNull(h, run(t).toString());
    int i = t.indexOf("I thank");
    assertTrue(h.mentions().contains(new Span(i, i + 1)), h.mentions().toString());
  }

  @Test
  void transcriptTurnsGiveFirstPersonToTheSpeaker() {
    String t = "Marta Kowalska: I am glad to welcome my colleague, Mr. Ivo Horvat, to Warsaw.\n"
        + "Ivo Horvat: I thank the Prime Minister for her hospitality.";
    List<Person> ps = run(t);
    Person k = person(ps, "Marta Kowalska");
    assertNotNull(k, ps.toString());
    Person h = person(ps, "Ivo Horvat");
    assertNotNull(h);
    int secondI = t.lastIndexOf("I thank");
    assertTrue(h.mentions().contains(new Span(secondI, secondI + 1)), h.mentions().toString());
    assertTrue(k.mentions().contains(new Span(t.indexOf("I am"), t.indexOf("I am") + 1)));
  }

  @Test
  void personsOnlyTalkedAboutAreLeftOut() {
    String t = "Foreign Minister Jan Visser of the Netherlands met Foreign Minister Ola Nilsen of Norway. "
        + "Minister Visser praised the legacy of former President Karl Adler. "
        + "The two ministers discussed the visit to Oslo by King Harald Olsen. "
        + "Minister Nilsen welcomed President Mara Lind's initiative. "
        + "The meeting will be chaired by Ambassador Piet Smit, and Mr. Smit will report to the council.";
    List<Person> ps = run(t);
    assertNotNull(person(ps, "Jan Visser"));
    assertNotNull(person(ps, "Ola Nilsen"));
    assertNull(person(ps, "Karl Adler"), ps.toString());
    assertNull(person(ps, "Harald Olsen"), ps.toString());
    assertNull(person(ps, "Mara Lind"), ps.toString());
    assertNull(person(ps, "Piet Smit"), ps.toString());
  }

  @Test
  void groupsIntroducedByIncludingAreNotMet() {
    String t = "The Prime Minister Anne Roy of Canada spoke with leaders of many countries including "
        + "President Lula Costa of Brazil and Prime Minister Rui Mota of Portugal.";
    List<Person> ps = run(t);
    assertNull(person(ps, "Lula Costa"), ps.toString());
    assertNull(person(ps, "Rui Mota"), ps.toString());
  }

  @Test
  void headingVisitNamesTheVisitor() {
    String t = "Visit to Kenya by President Amina Yusuf of Nigeria\n\nThe visit strengthened ties.";
    Person p = person(run(t), "Amina Yusuf");
    assertNotNull(p);
    assertEquals("NGA", p.country());
  }

  @Test
  void allCapitalFamilyNameMovesLast() {
    String t = "Mr. TANAKA Hiroshi, Minister for Foreign Affairs of Japan, attended the meeting.";
    Person p = person(run(t), "Hiroshi Tanaka");
    assertNotNull(p, run(t).toString());
    assertEquals("JPN", p.country());
  }

  @Test
  void capacityDecidesWhomTheHolderRepresents() {
    String t = "Prime Minister Sven Holm of Denmark in his capacity as president of the European Council held "
        + "a meeting with Prime Minister Aiko Sato of Japan.";
    assertEquals("EUU", person(run(t), "Sven Holm").country());
  }

  @Test
  void participantsHeadingListsThePersonsBelowWithCountryLines() {
    String t = "Memorandum of Conversation\n\nPARTICIPANTS\nFrance\nForeign Minister Rene Dubois\n"
        + "Counselor, Political Section, Marc Lefevre\nUnited States\nSecretary Walter Brooks\n"
        + "Mr. Henry Lowell, Jr.\n\nThe Secretary opened the talk by recalling the last meeting.";
    List<Person> ps = run(t);
    assertEquals("FRA", person(ps, "Rene Dubois").country(), ps.toString());
    Person lefevre = person(ps, "Marc Lefevre");
    assertNotNull(lefevre, ps.toString());
    assertEquals("FRA", lefevre.country());
    assertEquals("Counselor, Political Section", lefevre.role());
    assertEquals("USA", person(ps, "Walter Brooks").country());
    assertNotNull(person(ps, "Henry Lowell"), ps.toString());
  }

  @Test
  void aTitleAfterACommaThatStartsAClauseIsNoAppositive() {
    String t = "Prime Minister Ana Reyes of Chile met Mr. Jorge Pardo of Peru. "
        + "Replying to Mr. Pardo, the Prime Minister stated that the talks were useful.";
    List<Person> ps = run(t);
    Person pardo = person(ps, "Jorge Pardo");
    assertNull(pardo.role(), ps.toString());
    assertTrue(mentions(t, person(ps, "Ana Reyes")).contains("the Prime Minister"));
  }

  @Test
  void capitalisedSpeakerNamesAreTitleCased() {
    String t = "PAVEL ORLOV: Good afternoon. I welcome our guests.\nSUSAN GRANT: Thank you, I am glad to be here.";
    List<Person> ps = run(t);
    assertNotNull(person(ps, "Pavel Orlov"), ps.toString());
    assertNotNull(person(ps, "Susan Grant"), ps.toString());
  }

  @Test
  void soloSpeakerLinesOpenTurnsUpToABlankLine() {
    String t = "The leaders met in Hanoi.\nPresident Tran Van Minh\n- I welcome the Prime Minister.\n"
        + "Prime Minister Hugo Lenz\n- I thank the President.\n\nI note the record closes here.";
    List<Person> ps = run(t);
    Person tran = person(ps, "Tran Van Minh");
    assertNotNull(tran, ps.toString());
    int i = t.indexOf("I welcome");
    assertTrue(tran.mentions().contains(new Span(i, i + 1)));
    int last = t.lastIndexOf("I note");
    assertTrue(ps.stream().noneMatch(p -> p.mentions().contains(new Span(last, last + 1))));
  }

  @Test
  void nameParticlesStayInsideNames() {
    String t = "President Ines van der Berg of the Netherlands met President Carlos da Costa Lima of Brazil.";
    List<Person> ps = run(t);
    assertNotNull(person(ps, "Ines van der Berg"), ps.toString());
    assertNotNull(person(ps, "Carlos da Costa Lima"), ps.toString());
  }

  @Test
  void theHostOfAnInvitationTakesPart() {
    String t = "At the invitation of Prime Minister Arjun Mehta of India, Chancellor Greta Vogel of Austria paid "
        + "an official visit to New Delhi.";
    List<Person> ps = run(t);
    assertNotNull(person(ps, "Arjun Mehta"), ps.toString());
    assertNotNull(person(ps, "Greta Vogel"), ps.toString());
  }

  @Test
  void officialsOfInternationalBodiesGetNoGuessedCountry() {
    String t = "Secretary-General Kofi Annan met Prime Minister Lars Berg of Sweden in Stockholm.";
    Person annan = person(run(t), "Kofi Annan");
    assertNotNull(annan);
    assertNull(annan.country());
  }

  @Test
  void titleOfCountryThenCommaThenName() {
    String t = "At the invitation of the President of Ghana, H.E. Kofi Mensah, the Prime Minister of Fiji, "
        + "the Hon Sitiveni Rata MP, paid a visit to Accra. Prime Minister Rata was accompanied by "
        + "Minister for Trade, the Hon Mere Tora.";
    List<Person> ps = run(t);
    assertEquals("GHA", person(ps, "Kofi Mensah").country(), ps.toString());
    assertEquals("FJI", person(ps, "Sitiveni Rata").country(), ps.toString());
    assertEquals("FJI", person(ps, "Mere Tora").country(), ps.toString());
  }

  @Test
  void wordsBeforeTheTitleHeadAndBodiesInTitles() {
    String t = "Mexican Economy Minister Lucia Ortega met Director of the Office of the CPC Central Committee "
        + "Liu Bo in Beijing. Ortega said the meeting was useful.";
    List<Person> ps = run(t);
    Person o = person(ps, "Lucia Ortega");
    assertEquals("MEX", o.country(), ps.toString());
    assertEquals("Economy Minister", o.role());
    assertTrue(mentions(t, o).contains("Ortega"), mentions(t, o).toString());
    assertNotNull(person(ps, "Liu Bo"), ps.toString());
  }

  @Test
  void unplacedPersonsTakeTheOtherStateTheTextPointsTo() {
    String t = "Secretary Dana Whitfield met with Kenyan Foreign Minister Peter Otieno in Nairobi. "
        + "They reviewed the U.S.-Kenya partnership.";
    List<Person> ps = run(t);
    assertEquals("KEN", person(ps, "Peter Otieno").country());
    assertEquals("USA", person(ps, "Dana Whitfield").country(), ps.toString());
  }

  @Test
  void reportedSubjectsAfterThatAreNotPresent() {
    String t = "Foreign Minister Ivan Petrov of Bulgaria met Foreign Minister Ana Dobre of Romania. "
        + "Minister Petrov said that President Georgi Vlad had approved the plan.";
    List<Person> ps = run(t);
    assertNull(person(ps, "Georgi Vlad"), ps.toString());
  }

  @Test
  void internationalOfficialsRepresentNoState() {
    String t = "Mara Kessel, Under-Secretary-General for Humanitarian Affairs, briefed the Council on Chad. "
        + "Chad was discussed at length.";
    Person k = person(run(t), "Mara Kessel");
    assertNotNull(k);
    assertNull(k.country());
  }

  @Test
  void aCountryOnTheLineAboveIsNoNationalityAdjective() {
    String t = "PARTICIPANTS\nPoland\nForeign Minister Jan Nowak\nSweden\nForeign Minister Erik Lund\n\nThey met.";
    List<Person> ps = run(t);
    assertEquals("POL", person(ps, "Jan Nowak").country(), ps.toString());
    assertEquals("SWE", person(ps, "Erik Lund").country());
    assertEquals("Foreign Minister", person(ps, "Erik Lund").role());
  }

  @Test
  void aPossessiveHeadingNamesWhoActs() {
    String t = "Prime Minister Lotte Berg's Visit to Chile\n\nThe visit took place in Santiago.";
    assertNotNull(person(run(t), "Lotte Berg"), run(t).toString());
    String u = "Minister Hans Vik welcomed President Ola Dahl's plan for the region.";
    assertNull(person(run(u), "Ola Dahl"));
  }
}
