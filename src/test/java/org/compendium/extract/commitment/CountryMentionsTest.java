package org.compendium.extract.commitment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.compendium.resolve.Countries;
import org.junit.jupiter.api.Test;

class CountryMentionsTest {
  private static final CountryMentions MENTIONS = new CountryMentions(Countries.load());

  private static List<String> codes(String text) {
    return MENTIONS.find(text, 0, text.length()).stream().map(CountryMentions.Mention::code).toList();
  }

  @Test
  void findsNamesAdjectivesPairsAndPossessives() {
    assertEquals(List.of("JPN", "RUS"), codes("the Japan-Russia summit"));
    assertEquals(List.of("BRA"), codes("Brazil's position"));
    assertEquals(List.of("USA", "KOR"), codes("the U.S. and the Republic of Korea"));
    assertEquals(List.of("RUS"), codes("the Russian side"));
  }

  @Test
  void isCaseSensitiveAndWholeWord() {
    assertEquals(List.of(), codes("let us see"));
    assertEquals(List.of(), codes("Japanology"));
  }

  @Test
  void spansPointAtTheName() {
    String text = "Both Chile and Peru";
    List<CountryMentions.Mention> ms = MENTIONS.find(text, 0, text.length());
    assertEquals("Chile", ms.get(0).span().of(text));
    assertEquals("Peru", ms.get(1).span().of(text));
  }
}
