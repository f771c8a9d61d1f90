package org.compendium.extract.country;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.compendium.extract.Document;
import org.compendium.extract.Header;
import org.compendium.extract.Layers;
import org.compendium.ingest.SourceDocument;
import org.compendium.model.Person;
import org.compendium.model.Source;
import org.compendium.resolve.Countries;
import org.junit.jupiter.api.Test;

class CountryAnnotatorTest {
  private static final CountryAnnotator ANNOTATOR = new CountryAnnotator(Countries.load());

  private static List<String> run(String text, List<Person> participants) {
    Document doc = new Document(new SourceDocument(text, new Source("x.txt", "text", null), null, List.of()));
    doc.put(Layers.PARTICIPANTS, participants);
    doc.put(Layers.HEADER, new Header(null, null, null, null, null, 0));
    ANNOTATOR.annotate(doc);
    return doc.get(Layers.COUNTRIES);
  }

  @Test
  void headingPairsAndParticipants() {
    List<Person> ps = List.of(new Person("Ana Silva", "Minister", "PRT", List.of()));
    assertEquals(List.of("BRA", "PRT"), run("Portugal-Brazil Foreign Ministers' Meeting\n\nThe ministers met.", ps));
  }

  @Test
  void multiWordNamesAfterTheHyphen() {
    assertEquals(List.of("KOR", "MEX"), run("Mexico-Republic of Korea Summit Meeting\nText follows.", List.of()));
    assertEquals(List.of("EUU", "IND"), run("India-EU Summit\nText.", List.of()));
  }

  @Test
  void statesOnlyMentionedInTheBodyAreNotParties() {
    String body = "The Japan-China relationship and the situation in Iraq were discussed at length by the two "
        + "ministers, who also reviewed many other issues of common interest in the region.";
    assertEquals(List.of(), run(body, List.of()));
  }

  @Test
  void betweenInTheHeading() {
    assertEquals(List.of("FRA", "JPN"), run("JOINT STATEMENT\nbetween Japan and the French Republic\nText.", List.of()));
  }

  @Test
  void trilateralHeadings() {
    assertEquals(List.of("AUS", "JPN", "USA"), run("Japan-U.S.-Australia Trilateral Strategic Dialogue\nText.", List.of()));
  }
}
