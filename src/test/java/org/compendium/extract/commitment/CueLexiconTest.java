package org.compendium.extract.commitment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.compendium.util.Resources;
import org.junit.jupiter.api.Test;

/** Loads every data file of the commitment finder and checks its rows. */
class CueLexiconTest {
  private static final String DIR = "extract/commitment/";

  private static void checkClasses(String file, Set<String> allowed) {
    List<String[]> rows = Resources.tsv(DIR + file, 2);
    assertTrue(rows.size() > 10, file);
    for (String[] row : rows) {
      assertTrue(!row[0].isBlank() && allowed.contains(row[1]), file + ": " + String.join("|", row));
    }
  }

  @Test
  void leadsHaveKnownClasses() {
    Set<String> classes = Set.of("STRONG", "AGREE", "DECIDED", "DIRECTIVE", "FIRM", "WEAK", "COGNITIVE",
        "PROPOSAL", "NEUTRAL");
    checkClasses("leads.tsv", classes);
    for (CueLexicon.Lead l : CueLexicon.Lead.values()) {
      assertTrue(classes.contains(l.name()));
    }
  }

  @Test
  void verbsNounsAndDateCuesHaveKnownClasses() {
    checkClasses("verbs.tsv", Set.of("CONCRETE", "SOFT", "STATIVE", "PASSIVE", "EVENTVERB", "LIGHT", "DELIBERATE"));
    checkClasses("nouns.tsv", Set.of("ACTOR", "JOINT", "PERSON", "EVENT", "LIST", "OFFER", "CONCRETE"));
    checkClasses("temporal-cues.tsv", Set.of("DEADLINE", "PAST", "FUTURE"));
  }

  @Test
  void modalsAndAcceptanceLoad() {
    assertEquals(Set.of("will", "would", "shall"), Set.copyOf(Resources.lines(DIR + "modals.txt")));
    assertTrue(Resources.lines(DIR + "acceptance.txt").size() > 5);
  }

  @Test
  void lexiconMatchesPhrasesAcrossAdverbs() {
    CueLexicon lex = CueLexicon.load();
    String s = "agreement was promptly made for a review";
    List<Token> toks = Token.split(s, 0, s.length());
    CueLexicon.Match m = lex.leadAt(toks, 0);
    assertNotNull(m);
    assertEquals(CueLexicon.Lead.DECIDED, lex.leadClass(m));
    assertEquals(4, m.end());
    assertTrue(lex.verbIs(Token.split("developing", 0, 10).get(0), "SOFT"));
    assertTrue(lex.verbIs(Token.split("visited", 0, 7).get(0), "CONCRETE"));
    assertTrue(lex.hasAcceptance(Token.split("She accepted the invitation.", 0, 28)));
  }
}
