package org.compendium.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.compendium.resolve.Countries;
import org.compendium.util.Resources;
import org.junit.jupiter.api.Test;

/** Loads each person data file and checks the lexicon reads it. */
class PersonLexiconTest {
  private static final PersonLexicon LEX = new PersonLexicon(Countries.load());

  @Test
  void dataFilesLoad() {
    assertTrue(Resources.lines("person/titles.txt").contains("Prime Minister"));
    assertTrue(Resources.lines("person/honorifics.txt").contains("His Excellency"));
    assertTrue(Resources.lines("person/title-words.txt").contains("affairs"));
    assertTrue(Resources.tsv("person/cues.tsv", 2).stream().anyMatch(r -> r[0].equals("encounter")));
    assertTrue(Resources.lines("person/name-particles.txt").contains("von"));
  }

  @Test
  void longestTitleWins() {
    List<Token> toks = LEX.tokenize("Deputy Chief Cabinet Secretary Abe");
    PersonLexicon.Match<String> m = LEX.title(toks, 0);
    assertNotNull(m);
    assertEquals(4, m.end());
    assertNull(LEX.title(toks, 4));
  }

  @Test
  void countriesByNameAndAdjective() {
    List<Token> toks = LEX.tokenize("the Republic of Korea and Russian officials");
    assertEquals("KOR", LEX.country(toks, 1).value());
    assertEquals(4, LEX.country(toks, 1).end());
    assertEquals("RUS", LEX.country(toks, 5).value());
  }

  @Test
  void tokensKeepInitialsAndAbbreviations() {
    List<Token> toks = LEX.tokenize("Mr. George W. Bush's U.S. visit");
    assertEquals(List.of("Mr.", "George", "W.", "Bush", "'s", "U.S.", "visit"),
        toks.stream().map(Token::text).toList());
  }

  @Test
  void cuesMatchMultiWordPhrases() {
    List<Token> toks = LEX.tokenize("paid a courtesy call on him");
    assertTrue(LEX.cueEndsAt("encounter", toks, 4));
    assertTrue(LEX.isCue("future", "will"));
  }
}
