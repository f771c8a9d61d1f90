package org.compendium.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InstrumentRegistryTest {
  private static InstrumentRegistry registry;
  private static InstrumentWords words;

  @BeforeAll
  static void load() {
    words = new InstrumentWords(Countries.load());
    registry = InstrumentRegistry.load(words);
  }

  private static String id(Optional<InstrumentRegistry.Entry> e) {
    return e.map(InstrumentRegistry.Entry::id).orElse(null);
  }

  @Test
  void everyEntryHasTitlePlausibleYearAndKnownParties() {
    Countries countries = words.countries();
    assertTrue(registry.entries().size() >= 250, "registry too small: " + registry.entries().size());
    for (InstrumentRegistry.Entry e : registry.entries()) {
      assertFalse(e.title().isBlank(), e.id());
      if (e.year() != null) {
        assertTrue(e.year() >= 1600 && e.year() <= 2030, e.id() + " year " + e.year());
      }
      for (String p : e.parties()) {
        assertTrue(countries.byCode(p).isPresent() || p.equals("XKX") || p.equals("PSE"),
            e.id() + " unknown party " + p);
      }
      assertFalse(words.words(e.title()).isEmpty(), e.id());
    }
    long undated = registry.entries().stream().filter(e -> e.year() == null).count();
    assertTrue(undated <= 5, "only instruments not yet concluded may lack a year");
  }

  @Test
  void noTwoEntriesShareAName() {
    Map<Set<String>, String> owner = new HashMap<>();
    for (InstrumentRegistry.Entry e : registry.entries()) {
      List<String> names = new java.util.ArrayList<>(e.aliases());
      names.add(e.title());
      for (String n : names) {
        String prev = owner.putIfAbsent(words.words(n), e.id());
        if (prev != null && !prev.equals(e.id())) {
          fail("'" + n + "' of " + e.id() + " reads the same as a name of " + prev);
        }
      }
    }
  }

  @Test
  void normalizesCountriesVariantsAndOrder() {
    assertEquals(words.words("Japan-Russia Action Plan"), words.words("the Russian-Japanese plan of action"));
    assertEquals(words.words("Krasnoyarsk Agreement"), words.words("Krasnoyarsk accords"));
    assertEquals(Set.of("USA", "JPN", "security", "treaty"), words.words("U.S.-Japan Security Treaty"));
    assertEquals(Set.of("KOR", "JPN", "joint", "declaration"), words.words("Japan-Republic of Korea Joint Declaration"));
    assertTrue(words.words("Joint Communiqué").contains("communique"));
  }

  @Test
  void resolvesAliasesShortFormsAndVariants() {
    Set<String> none = Set.of();
    assertEquals("npt", id(registry.resolve("Nuclear Non-Proliferation Treaty", none, false)));
    assertEquals("npt", id(registry.resolve("Treaty on the Non-Proliferation of Nuclear Weapons", none, false)));
    assertEquals("jpn-rus-krasnoyarsk", id(registry.resolve("Krasnoyarsk accords", none, false)));
    assertEquals("jpn-rus-action-plan", id(registry.resolve("Russian-Japanese plan of action", none, false)));
    assertEquals("jpn-sun-1956", id(registry.resolve("Soviet-Japanese Joint Declaration", none, false)));
    assertEquals("india-russia-strategic-partnership",
        id(registry.resolve("Declaration on Strategic Partnership between India and Russia", none, false)));
    assertEquals("ctbt", id(registry.resolve("CTBT", none, false)));
  }

  @Test
  void partiesDecideAmongLookAlikes() {
    assertEquals("jpn-chn-treaty", id(registry.resolve("Treaty of Peace and Friendship", Set.of("JPN", "CHN"), false)));
    assertEquals("india-nepal-treaty", id(registry.resolve("Treaty of Peace and Friendship", Set.of("IND", "NPL"), false)));
    assertEquals(null, id(registry.resolve("Treaty of Peace and Friendship", Set.of(), false)));
    // a name cut short by the end of the text
    assertEquals("jpn-chn-treaty", id(registry.resolve("Treaty of Peace and Friend", Set.of("JPN", "CHN"), true)));
    assertEquals(null, id(registry.resolve("Treaty of Peace and Friend", Set.of("JPN", "CHN"), false)));
    // a country in the name rules out entries between other parties
    assertEquals(null, id(registry.resolve("Japan-China Basic Treaty", Set.of(), false)));
  }

  @Test
  void aKindOfAgreementManyPairsSignResolvesOnlyBetweenItsParties() {
    // the Japan-U.S. logistics agreement is one of many bilateral ones bearing the same short name
    String acsa = "Acquisition and Cross-Servicing Agreement";
    assertEquals("jpn-usa-acsa", id(registry.resolve(acsa, Set.of("JPN", "USA"), false)));
    assertEquals(null, id(registry.resolve(acsa, Set.of("JPN", "GBR"), false)));
    assertEquals("jpn-usa-acsa", id(registry.resolve("Japan-U.S. " + acsa, Set.of("JPN", "GBR"), false)));
    // ASEAN's framework agreements with each partner share their title's words; the partner named decides
    assertEquals("akfta-framework", id(registry.resolve("ASEAN-Korea Framework Agreement", Set.of(), false)));
    assertEquals("aifta-framework", id(registry.resolve("ASEAN-India Framework Agreement", Set.of(), false)));
    assertEquals("acfta-framework", id(registry.resolve("ASEAN-China Framework Agreement", Set.of(), false)));
  }

  @Test
  void genericNamesResolveOnlyByUniqueParties() {
    assertEquals("jpn-chn-communique", id(registry.resolveByParties("Joint Communique", Set.of("JPN", "CHN"))));
    assertEquals(null, id(registry.resolveByParties("Joint Communique", Set.of("USA", "CHN"))));
    assertEquals(null, id(registry.resolveByParties("Joint Communique", Set.of("JPN"))));
    assertEquals("jpn-kor-declaration-1998", id(registry.resolveByParties("Joint Declaration", Set.of("JPN", "KOR"))));
  }

  @Test
  void nonInstrumentsDoNotResolve() {
    Set<String> none = Set.of();
    assertEquals(null, id(registry.resolve("Shanghai Cooperation Organization", none, false)));
    assertEquals(null, id(registry.resolve("Peace Treaty", none, false)));
    assertEquals(null, id(registry.resolve("Joint Statement", none, false)));
  }

  @Test
  void acronymPhrasesAreCaseSensitive() {
    assertTrue(registry.phrasesStartingWith("npt").stream().anyMatch(InstrumentRegistry.Phrase::caseSensitive));
    assertTrue(registry.phrasesStartingWith("kyoto").stream().noneMatch(InstrumentRegistry.Phrase::caseSensitive));
  }
}
