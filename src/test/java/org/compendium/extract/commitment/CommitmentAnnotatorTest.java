package org.compendium.extract.commitment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.compendium.extract.Document;
import org.compendium.extract.Header;
import org.compendium.extract.Layers;
import org.compendium.ingest.SourceDocument;
import org.compendium.model.Commitment;
import org.compendium.model.Person;
import org.compendium.model.Source;
import org.compendium.model.Span;
import org.compendium.model.Temporal;
import org.compendium.structure.SentenceAnnotator;
import org.junit.jupiter.api.Test;

class CommitmentAnnotatorTest {
  private static final CommitmentAnnotator ANNOTATOR = new CommitmentAnnotator();
  private static final SentenceAnnotator SENTENCES = new SentenceAnnotator();

  /** Builds the layers the annotator needs; {@code dates} pairs an expression as printed with its value. */
  private static List<Commitment> run(String text, String recordDate, List<String> parties, List<Person> people,
      String... dates) {
    Document doc = new Document(new SourceDocument(text, new Source(null, "text", "0")));
    doc.put(Layers.SENTENCES, SENTENCES.split(text));
    doc.put(Layers.HEADER, new Header(null, null, recordDate, null, null, 0));
    List<Temporal> temporals = new ArrayList<>();
    for (int i = 0; i < dates.length; i += 2) {
      int at = text.indexOf(dates[i]);
      assertTrue(at >= 0, dates[i]);
      temporals.add(new Temporal(dates[i], dates[i + 1], new Span(at, at + dates[i].length())));
    }
    doc.put(Layers.TEMPORALS, temporals);
    doc.put(Layers.COUNTRIES, parties);
    doc.put(Layers.PARTICIPANTS, people);
    ANNOTATOR.annotate(doc);
    List<Commitment> out = doc.get(Layers.COMMITMENTS);
    for (Commitment c : out) {
      assertEquals(c.text(), c.span().of(text), "text is the spanned piece");
    }
    return out;
  }

  /** The span of the {@code nth} (from 0) occurrence of {@code piece} in {@code text}. */
  private static Span at(String text, String piece, int nth) {
    int from = -1;
    for (int i = 0; i <= nth; i++) {
      from = text.indexOf(piece, from + 1);
      assertTrue(from >= 0, piece);
    }
    return new Span(from, from + piece.length());
  }

  private static List<Commitment> run(String text, String... dates) {
    return run(text, "2010-06-15", List.of("BRA", "KOR"), List.of(), dates);
  }

  @Test
  void eachAgreedThatClauseIsACommitmentEvenWithAThingAsSubject() {
    String t = "The ministers agreed that the trade council would meet in Recife in March and that the tariff "
        + "schedule would be reviewed by experts before the end of the year.";
    List<Commitment> cs = run(t, "in March", "2011-03", "before the end of the year", "2010");
    assertEquals(2, cs.size(), cs.toString());
    assertTrue(cs.get(0).text().endsWith("in March"), cs.get(0).text());
    assertTrue(cs.get(1).text().startsWith("the tariff schedule would be reviewed"), cs.get(1).text());
    assertEquals(List.of("BRA", "KOR"), cs.get(1).by());
  }

  @Test
  void anInternationalOfficialUndertakesNothingForTheSides() {
    String t = "The Secretary-General, Maria Lindqvist, met President Park. The Secretary-General will travel "
        + "to Seoul next week. President Park will visit Brasilia in May.";
    Person sg = new Person("Maria Lindqvist", "Secretary-General", null,
        List.of(at(t, "The Secretary-General, Maria Lindqvist", 0), at(t, "The Secretary-General", 1)));
    Person park = new Person("Ji-ho Park", "President", "KOR",
        List.of(at(t, "President Park", 0), at(t, "President Park", 1)));
    List<Commitment> cs = run(t, "2010-06-15", List.of("BRA", "KOR"), List.of(sg, park), "in May", "2011-05");
    assertEquals(1, cs.size(), cs.toString());
    assertEquals(List.of("KOR"), cs.get(0).by());
  }

  @Test
  void jointWillClauseIsByAllParties() {
    List<Commitment> cs = run("The two sides will continue consultations on a fisheries agreement.");
    assertEquals(1, cs.size());
    assertEquals(List.of("BRA", "KOR"), cs.get(0).by());
    assertNull(cs.get(0).due());
  }

  @Test
  void scheduledVisitTakesItsDateAndTheVisitorsCountry() {
    List<Commitment> cs = run("The ministers confirmed that the Korean trade minister would visit Brazil in "
        + "March of next year.", "March of next year", "2011-03");
    assertEquals(1, cs.size());
    assertEquals(List.of("KOR"), cs.get(0).by());
    assertEquals("2011-03", cs.get(0).due());
    assertEquals("March of next year", cs.get(0).dueText());
    assertTrue(cs.get(0).text().startsWith("the Korean trade minister would visit"), cs.get(0).text());
  }

  @Test
  void itemsUnderACommitmentLeadInAreCommitments() {
    String text = "The two governments will take the following steps:\n"
        + "-- Opening a consulate in Busan\n"
        + "-- Expanding student exchanges\n\n"
        + "Other matters were also discussed.";
    List<Commitment> cs = run(text);
    assertEquals(3, cs.size(), cs.toString());
    assertEquals("Opening a consulate in Busan", cs.get(1).text());
    assertEquals("Expanding student exchanges", cs.get(2).text());
    assertEquals(List.of("BRA", "KOR"), cs.get(2).by());
  }

  @Test
  void bareVerbItemsUnderAgreedToAreCommitments() {
    String text = "The ministers agreed to:\n"
        + "-- open a consulate in Busan by 2012;\n"
        + "-- expand student exchanges;\n"
        + "-- Trade and tourism.\n";
    List<Commitment> cs = run(text, "2012", "2012");
    assertEquals(2, cs.size(), cs.toString());
    assertEquals("open a consulate in Busan by 2012;", cs.get(0).text());
    assertEquals("2012", cs.get(0).due());
    assertEquals(List.of("BRA", "KOR"), cs.get(1).by());
  }

  @Test
  void itemsOfAPlainListAreNot() {
    String text = "The main points of the plan are as follows:\n-- Trade\n-- Tourism\n";
    assertEquals(List.of(), run(text));
  }

  @Test
  void hopesAndWishesWithoutAConcreteActAreNotCommitments() {
    assertEquals(List.of(), run("The President hoped that relations between the two countries would develop "
        + "further."));
    assertEquals(List.of(), run("The Prime Minister expressed his wish to deepen mutual understanding."));
    assertEquals(List.of(), run("The minister said he would like to make efforts toward better ties."));
  }

  @Test
  void aHopeToVisitIsACommitment() {
    List<Commitment> cs = run("The Brazilian President expressed her hope to visit Seoul at an early date.");
    assertEquals(1, cs.size());
    assertEquals(List.of("BRA"), cs.get(0).by());
  }

  @Test
  void proposalsNeedAcceptance() {
    assertEquals(List.of(), run("The Foreign Minister invited his counterpart to visit Seoul next year. "
        + "His counterpart replied that he would consider it."));
    List<Commitment> cs = run("The Foreign Minister invited his counterpart to visit Seoul next year. "
        + "His counterpart accepted the invitation.", "next year", "2011");
    assertEquals(1, cs.size());
    assertEquals("2011", cs.get(0).due());
  }

  @Test
  void statementsAboutThingsAreNotCommitments() {
    assertEquals(List.of(), run("It will focus on climate change."));
    assertEquals(List.of(), run("The situation in the region will remain tense."));
    assertEquals(List.of(), run("He noted that the economy would recover soon."));
    assertEquals(List.of(), run("The minister replied that he would see what could be done."));
    assertEquals(1, run("He said that next year will see a visit to Seoul by a trade mission.").size());
  }

  @Test
  void pastDatesInsideTheClauseAreNotTheDue() {
    List<Commitment> cs = run("The two sides will implement the Action Plan, which was adopted in June 2008, "
        + "by the end of 2010.", "June 2008", "2008-06", "by the end of 2010", "2010");
    assertEquals(1, cs.size());
    assertEquals("2010", cs.get(0).due());
  }

  @Test
  void aDeadlineQuotedFromAnEarlierInstrumentStillCounts() {
    List<Commitment> cs = run("The two sides will continue efforts to realize the Lima Accord, which stated that "
        + "they would \"complete the talks by the year 2010.\"", "by the year 2010", "2010");
    assertEquals(1, cs.size(), cs.toString());
    assertEquals("2010", cs.get(0).due());
  }

  @Test
  void futurePassivesSchedule() {
    List<Commitment> cs = run("The next round of talks will be held in Geneva in September.", "September",
        "2010-09");
    assertEquals(1, cs.size());
    assertEquals("2010-09", cs.get(0).due());
    assertEquals(List.of("BRA", "KOR"), cs.get(0).by());
  }

  @Test
  void aScheduledEventIsACommitment() {
    List<Commitment> cs = run("They discussed the agenda of the ministerial meeting scheduled for 3 July.",
        "3 July", "2010-07-03");
    assertEquals(1, cs.size());
    assertTrue(cs.get(0).text().startsWith("the ministerial meeting scheduled for"), cs.get(0).text());
    assertEquals("2010-07-03", cs.get(0).due());
  }

  @Test
  void oneSidesIntentionNeedsASpecificAct() {
    assertEquals(List.of(), run("Minister Silva announced his intention to strengthen ties with Africa."));
    List<Commitment> cs = run("Minister Silva announced his intention to provide emergency aid to Haiti.",
        "2010-06-15", List.of("BRA", "KOR"), List.of(new Person("Ana Silva", "Minister", "BRA",
            List.of(new Span(0, 14)))));
    assertEquals(1, cs.size());
    assertEquals(List.of("BRA"), cs.get(0).by());
  }

  @Test
  void jointDeterminationCountsButNotABelief() {
    assertEquals(1, run("The two leaders confirmed their determination to deepen the partnership.").size());
    assertEquals(List.of(), run("The ministers shared the recognition that they intended to build trust."));
  }

  @Test
  void coordinatedClausesAreSeparateCommitments() {
    List<Commitment> cs = run("The leaders decided that the summit would be held every year, and that a joint "
        + "commission would be established.");
    assertEquals(2, cs.size(), cs.toString());
    assertEquals("the summit would be held every year", cs.get(0).text());
    assertTrue(cs.get(1).text().startsWith("a joint commission"), cs.get(1).text());
  }

  @Test
  void aClauseInsideACommitmentIsNotAnotherOne() {
    List<Commitment> cs = run("The two sides agreed to hold a summit, which will take place in Brasilia.");
    assertEquals(1, cs.size(), cs.toString());
  }

  @Test
  void agreedToWithAnInfinitiveButNotWithANoun() {
    assertEquals(1, run("The ministers agreed in principle to open a direct flight.").size());
    assertEquals(List.of(), run("The minister agreed to this suggestion."));
  }

  @Test
  void aTextBrokenOffAfterTheVerbStatesNoAct() {
    assertEquals(List.of(), run("To improve trade, we have agreed to establish"));
  }

  @Test
  void aSentenceWrappedOverLinesIsReadWhole() {
    String text = "To reach these goals the two countries will\ncontinue a close dialogue on regional "
        + "problems.";
    List<Commitment> cs = run(text);
    assertEquals(1, cs.size());
    assertTrue(cs.get(0).text().endsWith("regional problems."), cs.get(0).text());
  }

  @Test
  void agreementOnAFutureDatedActWithoutAModal() {
    List<Commitment> cs = run("The two leaders concurred that there is great value in holding cultural festivals "
        + "next year.", "next year", "2011");
    assertEquals(1, cs.size());
    assertEquals("2011", cs.get(0).due());
  }

  @Test
  void anInvitationAcceptedInTheSameSentenceIsTheGuestsCommitment() {
    List<Commitment> cs = run("The Korean President accepted the Brazilian President's invitation to visit "
        + "Brasilia later this year.", "later this year", "2010");
    assertEquals(1, cs.size(), cs.toString());
    assertEquals("2010", cs.get(0).due());
    List<Commitment> invited = run("The Brazilian side invited the Korean Prime Minister to visit Brasilia. "
        + "The Prime Minister accepted the invitation with pleasure.");
    assertEquals(List.of("KOR"), invited.get(0).by());
  }

  @Test
  void committedToANounIsNoAct() {
    assertEquals(List.of(), run("Brazil said that it is committed to peaceful development."));
    assertEquals(List.of(), run("Both sides reaffirmed their commitment to the denuclearization of the region."));
  }

  @Test
  void aSubjectSharedByTwoVerbsActs() {
    List<Commitment> cs = run("Korea welcomes Brazil's role in the G20 and will support its bid to host the "
        + "summit.");
    assertEquals(1, cs.size());
    assertEquals(List.of("KOR"), cs.get(0).by());
  }

  @Test
  void eventsThatResumeOrTakePlaceAreScheduled() {
    assertEquals(1, run("The talks will resume in Seoul.").size());
    assertEquals(1, run("The visit will take place in the autumn.").size());
  }

  @Test
  void twoNamedStatesFormAJointSubject() {
    assertEquals(1, run("Brazil and Korea intend to deepen their partnership.").size());
    assertEquals(List.of(), run("He stated that the goal is peace and Korea intends to make efforts toward it."));
  }

  @Test
  void lookingForwardToANamedVisitIsACommitmentOfTheSubject() {
    List<Commitment> cs = run("Korea is committed to deepening ties with Brazil and looks forward to the "
        + "President's state visit to Seoul next year.", "next year", "2011");
    assertEquals(1, cs.size(), cs.toString());
    assertTrue(cs.get(0).text().startsWith("looks forward to"), cs.get(0).text());
    assertEquals(List.of("KOR"), cs.get(0).by());
    assertEquals("2011", cs.get(0).due());
  }

  @Test
  void aBareAcceptanceInTheNextSentenceCounts() {
    assertEquals(1, run("The President invited the minister to visit Brasilia. The minister accepted.").size());
  }

  @Test
  void aSecondVerbOfTheSameSubjectStaysInOneCommitment() {
    List<Commitment> cs = run("Both sides will expand trade and will open a consulate by the end of 2011.",
        "by the end of 2011", "2011");
    assertEquals(1, cs.size(), cs.toString());
    assertEquals("2011", cs.get(0).due());
  }

  @Test
  void whoActsIsRefinedByPartnersHostsAndPairs() {
    Person lula = new Person("Ana Costa", "President", "BRA", List.of());
    List<Commitment> talks = run("The Korean President agreed to hold talks with Costa in Geneva.", "2010-06-15",
        List.of("BRA", "KOR"), List.of(lula));
    assertEquals(List.of("BRA", "KOR"), talks.get(0).by());
    List<Commitment> visit = run("The two sides agreed that the President would visit Korea.");
    assertEquals(List.of("BRA"), visit.get(0).by());
    List<Commitment> pair = run("At the Brazil-Korea summit, the two leaders agreed to open direct flights.",
        "2010-06-15", List.of("BRA", "CHN", "KOR"), List.of());
    assertEquals(List.of("BRA", "KOR"), pair.get(0).by());
  }

  @Test
  void aThirdStatesFutureIsAPredictionNotACommitment() {
    assertEquals(List.of(), run("The minister said that Chile will face serious difficulties."));
    assertEquals(1, run("The minister said that Korea will send experts to the region.").size());
  }

  @Test
  void gladOrLookingForwardToVisitIsAWishWithAConcreteAct() {
    assertEquals(1, run("The President said he would be glad to visit Seoul.").size());
    assertEquals(1, run("The minister said he was looking forward to visiting Brasilia.").size());
    assertEquals(List.of(), run("The minister said he would be glad to see closer ties."));
  }

  @Test
  void itemsThatStateAnActUnderAnAgreementAreCommitments() {
    String text = "The two sides agreed on the following:\n"
        + "(1) To hold a ministerial meeting in Seoul.\n"
        + "(2) The situation in the region remains a concern.\n"
        + "(3) Expanding cooperation in science.\n";
    List<Commitment> cs = run(text);
    assertEquals(2, cs.size(), cs.toString());
    assertTrue(cs.get(0).text().startsWith("To hold"), cs.get(0).text());
    assertTrue(cs.get(1).text().startsWith("Expanding"), cs.get(1).text());
  }

  @Test
  void anItemSharesTheDeadlineOfItsLeadIn() {
    String text = "Korea will take the following steps by the end of 2011:\n-- Opening a trade office\n"
        + "-- Sending a mission to Brasilia in October\n";
    List<Commitment> cs = run(text, "by the end of 2011", "2011", "October", "2010-10");
    assertEquals(3, cs.size(), cs.toString());
    assertEquals("2011", cs.get(1).due());
    assertEquals("2010-10", cs.get(2).due());
  }

  @Test
  void anExpectedVisitIsScheduled() {
    assertEquals(1, run("The Korean President is expected to visit Brazil in the autumn.").size());
    assertEquals(List.of(), run("Trade is expected to grow."));
  }

  @Test
  void anIntentionToWorkForConcludingAnInstrumentIsConcrete() {
    assertEquals(1, run("Minister Silva stated his intention to work for the early conclusion of the "
        + "Economic Partnership Agreement.").size());
    assertEquals(List.of(), run("Minister Silva stated his intention to work toward an open society."));
  }

  @Test
  void itIsTheReportingStateOnlyWhenAStateReports() {
    List<Commitment> cs = run("Korea announced that it would send a medical team to Brazil.");
    assertEquals(1, cs.size());
    assertEquals(List.of("KOR"), cs.get(0).by());
    assertEquals(List.of(), run("The minister said that it will take time."));
  }

  @Test
  void itsPointsBackToTheStateBeforeIt() {
    List<Commitment> cs = run("The Korean side expressed its willingness to host the next meeting in October.",
        "October", "2010-10");
    assertEquals(List.of("KOR"), cs.get(0).by());
    assertEquals("2010-10", cs.get(0).due());
  }
}
