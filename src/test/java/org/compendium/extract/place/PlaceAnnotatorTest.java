package org.compendium.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.compendium.extract.Document;
import org.compendium.extract.Layers;
import org.compendium.extract.Vocabulary;
import org.compendium.ingest.SourceDocument;
import org.compendium.model.Place;
import org.compendium.model.Source;
import org.compendium.resolve.Countries;
import org.compendium.resolve.Gazetteer;
import org.compendium.structure.SentenceAnnotator;
import org.compendium.structure.TokenAnnotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlaceAnnotatorTest {
  private static PlaceAnnotator annotator;
  private static final SentenceAnnotator SENTENCES = new SentenceAnnotator();

  @BeforeAll
  static void load() {
    Countries countries = Countries.load();
    annotator = new PlaceAnnotator(countries, Gazetteer.load(countries), PlaceWords.load());
  }

  private static List<Place> places(String text) {
    Document doc = new Document(new SourceDocument(text, new Source(null, "text", "0")));
    new TokenAnnotator(new Vocabulary()).annotate(doc); // another vocabulary: the annotator cuts its own
    SENTENCES.annotate(doc);
    doc.put(Layers.TEMPORALS, List.of());
    annotator.annotate(doc);
    return doc.get(Layers.PLACES);
  }

  private static List<String> names(String text) {
    return places(text).stream().map(Place::name).toList();
  }

  @Test
  void countriesCitiesAndRegionsWithFacts() {
    String text = "The ministers of Canada and Kenya met in Nairobi to discuss Central Asia and the Black Sea.";
    List<Place> ps = places(text);
    assertEquals(List.of("Canada", "Kenya", "Nairobi", "Central Asia", "Black Sea"), ps.stream().map(Place::name).toList());
    Place nairobi = ps.get(2);
    assertEquals("city", nairobi.type());
    assertEquals("KEN", nairobi.country());
    assertNotNull(nairobi.lat());
    assertEquals("Nairobi", nairobi.mentions().get(0).of(text));
    assertEquals("country", ps.get(0).type());
    assertEquals("sea", ps.get(4).type());
  }

  @Test
  void oneEntryPerPrintedNameWithEveryMention() {
    String text = "Brazil welcomed the visit. The Federative Republic of Brazil and Brazil's partners agreed. Brazil will host it.";
    List<Place> ps = places(text);
    assertEquals(List.of("Brazil", "Federative Republic of Brazil"), ps.stream().map(Place::name).toList());
    assertEquals(3, ps.get(0).mentions().size());
  }

  @Test
  void leadingTheIsLeftOutAndLongestNameWins() {
    assertEquals(List.of("United Kingdom", "Korean Peninsula"),
        names("The envoy of the United Kingdom spoke about the Korean Peninsula."));
  }

  @Test
  void nationalityAdjectivesAreNotPlaces() {
    assertEquals(List.of(), names("The Brazilian and Kenyan delegations praised the Canadian proposal."));
  }

  @Test
  void namesInHyphenatedPairsAreNotPlaces() {
    assertEquals(List.of("Chile"), names("Argentina-Chile relations improved, and the Peru-Bolivia talks went on in Chile."));
  }

  @Test
  void namesInsideTitlesOfInstrumentsEventsAndOrganisationsAreNotPlaces() {
    assertEquals(List.of(), names("Both sides recalled the Lisbon Declaration and the Nairobi Summit."));
    assertEquals(List.of(), names("They praised the Kenya Wildlife Service and the Brazil Development Agency."));
    assertEquals(List.of(), names("He cited the Treaty of Friendship between Chile and Argentina."));
    assertEquals(List.of(), names("She recalled the Lima, Quito and Bogota Summits."));
    assertEquals(List.of("Lima"), names("The Madrid accords were discussed in Lima."));
  }

  @Test
  void buildingsAirportsAndTimeZonesAreNotPlaces() {
    assertEquals(List.of("Nairobi"), names("The plane landed at Nairobi's Kenyatta Airport at 9 a.m. Lisbon time."));
    assertEquals(List.of(), names("The talks were held at the Madrid Palace Hotel."));
  }

  @Test
  void trailingCommonNounIsDroppedUnlessPartOfTheName() {
    assertEquals(List.of("Asia-Pacific", "Primorye Region"),
        names("Growth in the Asia-Pacific region was discussed with the governor of Primorye Region."));
    assertEquals(List.of("Etorofu", "Urup"), names("The border between Etorofu and Urup islands was raised."));
  }

  @Test
  void disputedIslandsUnderEitherName() {
    List<Place> ps = places("Moscow calls them Iturup and Kunashir; Tokyo calls them Etorofu and Kunashiri.");
    assertEquals(List.of("Moscow", "Iturup", "Kunashir", "Tokyo", "Etorofu", "Kunashiri"),
        ps.stream().map(Place::name).toList());
    assertEquals("island", ps.get(1).type());
    assertNull(ps.get(1).country(), "a disputed island has no single country");
  }

  @Test
  void cityThatIsACommonWordCountsOnlyMidSentence() {
    assertEquals(List.of(), names("Reading the report, the minister frowned."));
    assertEquals(List.of("Reading"), names("The minister flew to Reading for the talks."));
  }

  @Test
  void cityNamesInsidePersonNamesAreNotPlaces() {
    assertEquals(List.of(), names("The envoy quoted President Washington and met Victoria Harlow."));
    assertEquals(List.of("Washington"), names("The envoy flew to Washington."));
  }

  @Test
  void countryBeforeARoleIsAPlaceButNotInsideAnOrganisationName() {
    Set<String> got = Set.copyOf(names("Kenya President Odinga met officials of the Brazil Central Bank."));
    assertEquals(Set.of("Kenya"), got);
  }

  @Test
  void headingsCountLikeTheBody() {
    List<String> got = names("Visit of the Prime Minister to Norway\n\nMay 3, 2011\n\nThe Prime Minister arrived on Monday.");
    assertTrue(got.contains("Norway"), got.toString());
  }

  @Test
  void aNameSeenInsideAPersonNameIsNoPlaceAnywhereInTheRecord() {
    assertEquals(List.of("Canada"),
        names("Minister of Trade Akiko Kawaguchi visited Canada. Later, Kawaguchi said the talks went well."));
    assertEquals(List.of("Kawaguchi"), names("The delegation toured Kawaguchi and its factories."));
  }

  @Test
  void shortCapitalsOnAMixedCaseLineAreAcronymsUnlessTheGazetteerSaysSo() {
    assertEquals(List.of("USA", "Ica"), names("The ICA programme and the USA were discussed, and Ica hosted it."));
  }

  @Test
  void locationSetOffAfterAnEventTitleBelongsToTheTitle() {
    assertEquals(List.of("Lisbon"), names("Visitors came to the World Exposition, Aichi, from Lisbon."));
  }

  @Test
  void currencyCodesAreNotPlaces() {
    assertEquals(List.of("Kenya"), names("Kenya received a loan of US$ 5 million."));
  }

  @Test
  void anInstrumentTitleEndingBeforeAPlaceDoesNotSwallowIt() {
    assertEquals(List.of("Chile"), names("They cited the Lima Agreement and Chile's position."));
  }

  @Test
  void sourceMarkupAddsPlacesTheGazetteerLacks() {
    String text = "The envoys met at Kawaguchiko Lodge near Fujiyoshida.";
    int s = text.indexOf("Fujiyoshida");
    List<Place> ps = annotator.places(text, List.of(), List.of(),
        List.of(new org.compendium.ingest.Markup(org.compendium.ingest.Markup.Type.PLACE,
            new org.compendium.model.Span(s, s + "Fujiyoshida".length()), "Fujiyoshida")));
    assertEquals(List.of("Fujiyoshida"), ps.stream().map(Place::name).toList());
    assertEquals("other", ps.get(0).type());
  }

  @Test
  void venuesTheGazetteerLacksAreFoundAfterAWordOfMeeting() {
    List<Place> ps = places("The leaders held talks in Brdo and Nusa Dua, and the ministers met in Bled.");
    assertEquals(List.of("Brdo", "Nusa Dua", "Bled"), ps.stream().map(Place::name).toList());
    assertEquals("other", ps.get(0).type());
    assertNull(ps.get(0).country());
  }

  @Test
  void venueRuleSkipsLanguagesBuildingsTitlesAndAcronyms() {
    assertEquals(List.of(), names("The talks held in English took place at Brdo Castle."));
    assertEquals(List.of(), names("They met at Chairman Park's office, then in Room 4, then at OSCE headquarters."));
  }

  @Test
  void venueRuleLeavesDatesAlone() {
    String text = "The summit held in Brdo in Maytime was long.";
    int s = text.indexOf("Maytime");
    List<Place> ps = annotator.places(text, List.of(), List.of(new org.compendium.model.Span(s, s + 7)), List.of());
    assertEquals(List.of("Brdo"), ps.stream().map(Place::name).toList());
  }

  @Test
  void formalNamesOfRegionsAndDivisionsWithoutTheirSuffix() {
    assertEquals(List.of("Republic of Tatarstan", "Kerala", "Sakhalin Oblast"),
        names("Delegates from the Republic of Tatarstan, Kerala and Sakhalin Oblast took part."));
  }

  @Test
  void aGeographicWordBeforeAPlaceIsNoGivenName() {
    List<String> got = names("Boats crossed Lake Victoria while talks went on in Kenya.");
    assertTrue(got.contains("Victoria") && got.contains("Kenya"), got.toString());
  }

  @Test
  void aFormWordThatEndsAnOfPhraseIsNotPartOfTheStatesName() {
    assertEquals(List.of("Brazil", "Republic of Italy"),
        names("The Secretary of State of Brazil met the President of the Republic of Italy."));
  }

  @Test
  void aDatelineUnderAnIssuersNameIsAPlace() {
    assertEquals(List.of("Ottawa"), names("Office of the Press Secretary\nOttawa, June 5\n\nThe minister spoke."));
    assertEquals(List.of(), names("JOINT DECLARATION\non Friendship\nbetween Chile and Peru\n\nThe leaders met."));
  }

  @Test
  void anAcronymBeforeAPlaceIsNoGivenName() {
    assertEquals(List.of("Sahel"), names("The G5 Sahel force works across the Sahel."));
  }

  @Test
  void aPlaceInsideAnOrganisationNamedAfterAPersonStaysAPlaceElsewhere() {
    assertEquals(List.of("Washington"), names("She studied at George Washington University and now works in Washington."));
  }

  @Test
  void anEventNamedWithYearAndPlaceKeepsItsPlace() {
    assertEquals(List.of("Lisbon"), names("Visitors to Expo 2030 Riyadh came from Lisbon."));
  }

  @Test
  void randomTextNeverBreaksTheFinderAndSpansCoverTheirNames() {
    String[] pieces = {"Japan", "-", "Russia", " ", "\n", ",", ".", "the", "Tokyo", "Declaration", "'s", "’", "U.S.",
        "of", "Republic", "in", "summit", "Mr", "Victoria", "Lake", "(", "1.", "and", "Kawana", "é", "Sea", "Japan"};
    long seed = System.nanoTime();
    java.util.Random random = new java.util.Random(seed);
    for (int n = 0; n < 500; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(30); k > 0; k--) {
        sb.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
      }
      String text = sb.toString();
      for (Place p : annotator.places(text, List.of(), List.of(), List.of())) {
        for (org.compendium.model.Span m : p.mentions()) {
          String printed = m.of(text).replaceAll("\\s+", " ");
          assertEquals(PlaceAnnotator.sameNameKey(p.name()), PlaceAnnotator.sameNameKey(printed),
              "seed " + seed + ", text [" + text + "]");
        }
      }
    }
  }
}
