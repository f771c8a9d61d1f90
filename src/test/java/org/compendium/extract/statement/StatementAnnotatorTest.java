package org.compendium.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.model.Person;
import org.compendium.model.Span;
import org.compendium.model.Statement;
import org.compendium.resolve.Countries;
import org.compendium.structure.SentenceAnnotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StatementAnnotatorTest {
  private static StatementAnnotator annotator;
  private static SentenceAnnotator splitter;

  @BeforeAll
  static void setUp() {
    annotator = new StatementAnnotator(Countries.load());
    splitter = new SentenceAnnotator();
  }

  /** A participant whose mentions are every occurrence of each given surface form. */
  private static Person person(String text, String name, String role, String country, String... forms) {
    List<Span> spans = new ArrayList<>();
    for (String f : forms) {
      Matcher m = Pattern.compile("\\b" + Pattern.quote(f) + "\\b").matcher(text);
      while (m.find()) {
        spans.add(new Span(m.start(), m.end()));
      }
    }
    return new Person(name, role, country, spans);
  }

  private static List<Statement> run(String text, Person... people) {
    return annotator.extract(text, splitter.split(text), List.of(people));
  }

  private static String show(List<Statement> st) {
    StringBuilder b = new StringBuilder();
    for (Statement s : st) {
      b.append(s.speaker()).append(" | ").append(s.act()).append(" | ").append(s.text()).append('\n');
    }
    return b.toString();
  }

  private static void assertHas(List<Statement> st, String speaker, String act, String textPart) {
    for (Statement s : st) {
      if (s.speaker().equals(speaker) && s.act().equals(act) && s.text().contains(textPart)) {
        return;
      }
    }
    throw new AssertionError("missing " + speaker + "/" + act + "/" + textPart + " in\n" + show(st));
  }

  @Test
  void namedSubjectWithThatClause() {
    String t = "Chancellor Anna Berger stated that the harbour project would be finished soon.";
    List<Statement> st = run(t, person(t, "Anna Berger", "Chancellor", "DEU", "Chancellor Anna Berger"));
    assertEquals(1, st.size(), show(st));
    assertHas(st, "Anna Berger", "state", "the harbour project would be finished soon");
    Statement s = st.get(0);
    assertEquals(s.text(), t.substring(s.span().start(), s.span().end()));
  }

  @Test
  void aCallWithSomeoneIsAnEncounterNotAStatement() {
    String t = "Minister Ines Navarro spoke by telephone with her Chilean counterpart. Minister Navarro spoke "
        + "of her hope for a quick agreement on fishing quotas.";
    List<Statement> st = run(t, person(t, "Ines Navarro", "Minister", "ESP", "Minister Ines Navarro",
        "Minister Navarro"));
    assertEquals(1, st.size(), show(st));
    assertHas(st, "Ines Navarro", "speak", "her hope for a quick agreement on fishing quotas");
  }

  @Test
  void aSpeakersPlanInTheFutureIsNotSomethingSaid() {
    String t = "We will sign the fisheries protocol in the spring. We welcome the progress made by the experts.";
    List<Statement> st = run(t);
    assertEquals(1, st.size(), show(st));
    assertEquals("welcome", st.get(0).act(), show(st));
  }

  @Test
  void pronounFollowsThePreviousSpeaker() {
    String t = "President Tomas Varga welcomed the new railway line. He noted that freight volumes had doubled.";
    List<Statement> st = run(t, person(t, "Tomas Varga", "President", "HUN", "President Tomas Varga", "He"));
    assertHas(st, "Tomas Varga", "welcome", "the new railway line");
    assertHas(st, "Tomas Varga", "note", "freight volumes had doubled");
  }

  @Test
  void pronounWithoutMentionFallsBackToLastSpeaker() {
    String t = "President Tomas Varga welcomed the new railway line. He noted that freight volumes had doubled.";
    List<Statement> st = run(t, person(t, "Tomas Varga", "President", "HUN", "President Tomas Varga"));
    assertHas(st, "Tomas Varga", "note", "freight volumes had doubled");
  }

  @Test
  void jointSubjects() {
    String t = "The two ministers reaffirmed that the border talks would resume in spring. "
        + "Both sides agreed to open a consulate in the northern city. "
        + "They also exchanged views on the situation in the region.";
    List<Statement> st = run(t);
    assertHas(st, "joint", "reaffirm", "the border talks would resume");
    assertHas(st, "joint", "agree", "open a consulate");
    assertHas(st, "joint", "exchange", "the situation in the region");
    assertEquals(3, st.size(), show(st));
  }

  @Test
  void twoNamedPersonsAreJoint() {
    String t = "Minister Karl Holm and Minister Ines Duarte discussed cooperation in fisheries and shipping.";
    List<Statement> st = run(t, person(t, "Karl Holm", "Minister", "SWE", "Minister Karl Holm"),
        person(t, "Ines Duarte", "Minister", "PRT", "Minister Ines Duarte"));
    assertHas(st, "joint", "discuss", "cooperation in fisheries and shipping");
  }

  @Test
  void countrySides() {
    String t = "The Brazilian side expressed concern about the decline in coffee exports last season. "
        + "Norway stated that it would support the candidacy of its partner.";
    List<Statement> st = run(t);
    assertHas(st, "BRA", "express", "concern about the decline in coffee exports");
    assertHas(st, "NOR", "state", "it would support the candidacy");
  }

  @Test
  void twoVerbsInOneSentenceSplitTheContent() {
    String t = "The leaders welcomed the growth of tourism between the two countries and confirmed that a new "
        + "air route would open next spring.";
    List<Statement> st = run(t);
    assertEquals(2, st.size(), show(st));
    assertHas(st, "joint", "welcome", "the growth of tourism");
    assertHas(st, "joint", "confirm", "a new air route would open");
    assertTrue(!st.get(0).text().contains("air route"), show(st));
  }

  @Test
  void lightVerbsNameTheirNoun() {
    String t = "Minister Karl Holm gave a detailed explanation of the new customs rules for small traders. "
        + "Minister Karl Holm extended an invitation to his counterpart to visit Stockholm in the autumn.";
    List<Statement> st = run(t, person(t, "Karl Holm", "Minister", "SWE", "Minister Karl Holm"));
    assertHas(st, "Karl Holm", "explain", "the new customs rules");
    assertHas(st, "Karl Holm", "invite", "to visit Stockholm");
  }

  @Test
  void leadInIsNotAStatementButItsPointsAre() {
    String t = "Minister Ines Duarte made the following statements:\n"
        + "  1. Portugal is ready to host the next round of talks on ocean research.\n"
        + "  2. The fisheries agreement should be renewed before it expires.\n"
        + "Minister Karl Holm thanked her for the proposal of a new round of talks.\n";
    List<Statement> st = run(t, person(t, "Ines Duarte", "Minister", "PRT", "Minister Ines Duarte"),
        person(t, "Karl Holm", "Minister", "SWE", "Minister Karl Holm"));
    assertEquals(3, st.size(), show(st));
    assertHas(st, "Ines Duarte", "state", "Portugal is ready to host");
    assertHas(st, "Ines Duarte", "state", "The fisheries agreement should be renewed");
    assertHas(st, "Karl Holm", "thank", "for the proposal");
  }

  @Test
  void agreedPointsLeadInIsAlsoAStatement() {
    String t = "(1) The two leaders agreed on the following points and issued a joint communique.\n"
        + "  1. The two sides will hold annual consultations on energy.\n"
        + "  2. The two sides will simplify visa procedures for students.\n"
        + "(2) The two leaders discussed the situation in the Middle East.\n";
    List<Statement> st = run(t);
    assertHas(st, "joint", "agree", "agreed on the following points and issued a joint communique");
    assertHas(st, "joint", "agree", "hold annual consultations on energy");
    assertHas(st, "joint", "agree", "simplify visa procedures");
    assertHas(st, "joint", "discuss", "the situation in the Middle East");
    assertEquals(4, st.size(), show(st));
  }

  @Test
  void transcriptTurnsGiveFirstPersonToTheSpeaker() {
    String t = "Anna Berger: I would like to thank our hosts for the warm welcome in this beautiful city. "
        + "We agreed to expand the exchange of students between our universities.\n";
    List<Statement> st = run(t, person(t, "Anna Berger", "Chancellor", "DEU", "Anna Berger"));
    assertHas(st, "Anna Berger", "thank", "our hosts for the warm welcome");
    assertHas(st, "joint", "agree", "expand the exchange of students");
  }

  @Test
  void invertedReportTakesTheContentBefore() {
    String t = "The committee will publish its findings in the autumn, the President said.";
    List<Statement> st = run(t, person(t, "Lena Moss", "President", "IRL", "the President"));
    assertHas(st, "Lena Moss", "say", "The committee will publish its findings in the autumn");
  }

  @Test
  void narrativeVerbsAndNonSpeakersAreNotStatements() {
    String t = "The agreement entered into force in May, which was noted in the press. "
        + "The new treaty stated that fishing quotas would fall. The leaders held a meeting in the capital.";
    List<Statement> st = run(t);
    assertEquals(0, st.size(), show(st));
  }

  @Test
  void impersonalPassiveIsJoint() {
    String t = "It was agreed that the working group would meet again in the spring.";
    List<Statement> st = run(t);
    assertHas(st, "joint", "agree", "the working group would meet again");
  }

  @Test
  void negatedVerbIsNotAStatement() {
    String t = "The two ministers did not discuss the question of the northern border in detail.";
    assertEquals(0, run(t).size());
  }

  @Test
  void mainClausePassiveIsJointButHistoricalOrRelativeIsNot() {
    String t = "Several projects in energy and transport were discussed during the consultations. "
        + "The border treaty was signed in 1978. "
        + "The leaders praised the charter, which was adopted at the previous summit.";
    List<Statement> st = run(t);
    assertHas(st, "joint", "discuss", "Several projects in energy and transport");
    assertHas(st, "joint", "praise", "the charter");
    assertEquals(2, st.size(), show(st));
  }

  @Test
  void lightNounPassive() {
    String t = "The release of the detained sailors was decided and agreement was quickly reached on a joint "
        + "investigation of the collision.";
    List<Statement> st = run(t);
    assertHas(st, "joint", "decide", "The release of the detained sailors");
    assertHas(st, "joint", "agree", "a joint investigation of the collision");
  }

  @Test
  void bulletsUnderASpeakerLine() {
    String t = "Chancellor Berger\n"
        + "- I thank you for the invitation, and I would like to deepen our dialogue on climate policy.\n"
        + "- Our engineers have built three bridges together. I appreciate this cooperation highly.\n"
        + "President Varga\n"
        + "- The new bridge will open next year.\n";
    List<Statement> st = run(t, person(t, "Anna Berger", "Chancellor", "DEU", "Chancellor Berger"),
        person(t, "Tomas Varga", "President", "HUN", "President Varga"));
    assertHas(st, "Anna Berger", "thank", "I thank you for the invitation");
    assertHas(st, "Anna Berger", "state", "I would like to deepen our dialogue");
    assertHas(st, "Anna Berger", "appreciate", "Our engineers have built three bridges together");
    assertHas(st, "Tomas Varga", "state", "The new bridge will open next year");
    assertEquals(4, st.size(), show(st));
  }

  @Test
  void preambleAndOperativeParagraphsOfAJointDeclaration() {
    String t = "The Republic of Chile and the Kingdom of Norway,\n"
        + "    Recalling the long friendship between their peoples;\n"
        + "    Declare as follows:\n"
        + "\n"
        + "Ocean Research\n"
        + "\n"
        + "    The two countries will build a joint polar research station. It will\n"
        + "open in five years.\n"
        + "    Both governments will fund student exchanges in marine biology.\n";
    List<Statement> st = run(t);
    assertHas(st, "joint", "recall", "the long friendship between their peoples");
    assertHas(st, "joint", "declare", "will build a joint polar research station");
    assertHas(st, "joint", "declare", "student exchanges in marine biology");
    assertEquals(3, st.size(), show(st));
  }

  @Test
  void weHopeInASpeechIsTheSpeakers() {
    String t = "Opening Remarks by President Tomas Varga\n"
        + "We hope that the new railway will bring our peoples closer together. "
        + "We signed an agreement on the modernisation of the border crossings.\n";
    List<Statement> st = run(t, person(t, "Tomas Varga", "President", "HUN", "President Tomas Varga"));
    assertHas(st, "Tomas Varga", "hope", "the new railway will bring our peoples closer");
    assertHas(st, "joint", "sign", "an agreement on the modernisation");
  }

  @Test
  void participlesAndInvertedQuotes() {
    String t = "\u201cThe ceasefire must hold,\u201d the President said, noting that aid convoys had reached "
        + "the northern towns.";
    List<Statement> st = run(t, person(t, "Lena Moss", "President", "IRL", "the President"));
    assertHas(st, "Lena Moss", "say", "The ceasefire must hold");
    assertHas(st, "Lena Moss", "note", "aid convoys had reached the northern towns");
  }

  @Test
  void bareTitleIsReadAgainstRoles() {
    String t = "Prime Minister Rasmus Lund received Foreign Minister Olga Petrenko. "
        + "The Prime Minister stated that the new ferry line would be subsidised.";
    List<Statement> st = run(t, person(t, "Rasmus Lund", "Prime Minister", "DNK", "Prime Minister Rasmus Lund"),
        person(t, "Olga Petrenko", "Foreign Minister", "UKR", "Foreign Minister Olga Petrenko", "The Prime Minister"));
    assertHas(st, "Rasmus Lund", "state", "the new ferry line would be subsidised");
    assertEquals(1, st.size(), show(st));
  }

  @Test
  void twoPersonsOfOneDelegationSpeakForTheirState() {
    String t = "Minister Karl Holm and Ambassador Eva Lind proposed a joint study of the northern sea route.";
    List<Statement> st = run(t, person(t, "Karl Holm", "Minister", "SWE", "Minister Karl Holm"),
        person(t, "Eva Lind", "Ambassador", "SWE", "Ambassador Eva Lind"));
    assertHas(st, "SWE", "propose", "a joint study of the northern sea route");
  }

  @Test
  void parentheticalReportCoversBothSides() {
    String t = "President Tomas Varga arrived in the capital. It is essential, he said, that the river be cleaned.";
    List<Statement> st = run(t, person(t, "Tomas Varga", "President", "HUN", "President Tomas Varga"));
    assertHas(st, "Tomas Varga", "say", "It is essential, he said, that the river be cleaned");
  }

  @Test
  void turnLabelsWithNotesAndQuestions() {
    String t = "Anna Berger: I would like to thank the organisers for this forum.\n"
        + "President of Hungary Tomas Varga (via interpreter): I would like to stress that our trade is growing.\n"
        + "Question: Will the pipeline be built?\n"
        + "Anna Berger: We agreed that the study will continue next year.\n";
    List<Statement> st = run(t, person(t, "Anna Berger", "Chancellor", "DEU", "Anna Berger"),
        person(t, "Tomas Varga", "President", "HUN", "Tomas Varga"));
    assertHas(st, "Anna Berger", "thank", "the organisers for this forum");
    assertHas(st, "Tomas Varga", "stress", "our trade is growing");
    assertHas(st, "joint", "agree", "the study will continue next year");
    assertEquals(3, st.size(), show(st));
  }

  @Test
  void withoutParticipantsTitledNamesAreCompletedFromTheText() {
    String t = "President Tomas Varga met Chancellor Anna Berger in Vienna. "
        + "Mr Varga said that the Danube shipping rules would be simplified.";
    List<Statement> st = run(t);
    assertHas(st, "Tomas Varga", "say", "the Danube shipping rules would be simplified");
  }

  @Test
  void actCoordinatedWithANarrativeVerbTakesTheOpeningSubject() {
    String t = "In the afternoon, the two leaders visited a shipyard and discussed orders for icebreakers.";
    List<Statement> st = run(t);
    assertHas(st, "joint", "discuss", "orders for icebreakers");
    assertEquals(1, st.size(), show(st));
  }

  @Test
  void photoCaptionsAreNotStatements() {
    String t = "Minister Karl Holm makes remarks at the opening session\n"
        + "Minister Karl Holm stressed the importance of free trade in the Baltic region.\n";
    List<Statement> st = run(t, person(t, "Karl Holm", "Minister", "SWE", "Minister Karl Holm"));
    assertHas(st, "Karl Holm", "stress", "the importance of free trade");
    assertEquals(1, st.size(), show(st));
  }

  @Test
  void randomTextNeverBreaksSpans() {
    long seed = System.nanoTime();
    java.util.Random rnd = new java.util.Random(seed);
    String[] words = {"President", "Varga", "said", "that", "the", "two", "leaders", "agreed", "and", ",", ".",
        ":", "\n", "  1.", "--", "(2)", "He", "I", "we", "welcomed", "as", "follows", "following", "Hungary",
        "side", "was", "signed", "\u201c", "\u201d", "'s", "remarks", "gave", "an", "explanation", "Declare",
        "noting", "which", "by", "requesting", ";", "(", ")", "Question", "Recalling", "it", "In", "told"};
    for (int round = 0; round < 200; round++) {
      StringBuilder b = new StringBuilder();
      int n = 1 + rnd.nextInt(80);
      for (int k = 0; k < n; k++) {
        b.append(words[rnd.nextInt(words.length)]).append(rnd.nextInt(4) == 0 ? "" : " ");
      }
      String t = b.toString();
      try {
        List<Statement> st = run(t, person(t, "Tomas Varga", "President", "HUN", "President Varga", "Varga"));
        for (Statement x : st) {
          assertEquals(x.text(), t.substring(x.span().start(), x.span().end()));
          assertTrue(!x.speaker().isBlank() && !x.act().isBlank());
        }
      } catch (RuntimeException | AssertionError e) {
        throw new AssertionError("seed " + seed + " round " + round + " text: " + t, e);
      }
    }
  }

  @Test
  void dataFilesLoad() {
    StatementLexicon lex = StatementLexicon.load();
    assertTrue(lex.verbFormCount() > 300);
    assertEquals("explain", lex.lightNoun("explanation"));
    assertTrue(lex.isLightVerb("gave"));
    assertTrue(lex.isGroup("leaders"));
    assertTrue(lex.isSide("side"));
    assertTrue(lex.isTitle("minister"));
    assertTrue(lex.isSpeechEvent("remarks"));
    List<Token> toks = Token.tokenize("they pointed out that", 0, 21);
    assertEquals("point out", lex.verbAt(toks, 1).lemma());
  }
}
