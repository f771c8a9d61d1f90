package org.compendium.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonDirectoryTest {
  private static final PersonDirectory DIR = PersonDirectory.load();

  @Test
  void loadsTheBundledDirectory() {
    assertTrue(DIR.size() > 10_000, "persons.tsv should hold the Phoenix persons, got " + DIR.size());
    assertTrue(org.compendium.util.Resources.lines("resolve/persons.LICENSE").stream()
        .anyMatch(l -> l.contains("MIT")));
  }

  @Test
  void findsByNameAndAliasIgnoringCaseAndPunctuation() {
    assertEquals("Vladimir Putin", DIR.byName("VLADIMIR V. PUTIN").get(0).name());
    assertEquals("Kim Dae Jung", DIR.byName("Kim Dae-jung").get(0).name());
  }

  @Test
  void completesAFamilyNameByCountryAndDate() {
    assertEquals("Junichiro Koizumi",
        DIR.resolve("Koizumi", "JPN", LocalDate.of(2004, 5, 1), "prime minister").orElseThrow().name());
    assertEquals("Hu Jintao", DIR.resolve("Hu", "CHN", LocalDate.of(2005, 1, 1), "president").orElseThrow().name());
  }

  @Test
  void aCountryThatContradictsExcludesTheCandidate() {
    assertTrue(DIR.resolve("Koizumi", "USA", LocalDate.of(2004, 5, 1), null).isEmpty());
  }

  @Test
  void theDateChoosesWhoHeldOffice() {
    PersonDirectory.Entry early = new PersonDirectory.Entry("Anna Example", List.of(), List.of("president"),
        List.of(new PersonDirectory.Tenure("XYZGOV", LocalDate.of(1990, 1, 1), LocalDate.of(1995, 1, 1))));
    PersonDirectory.Entry late = new PersonDirectory.Entry("Boris Example", List.of(), List.of("president"),
        List.of(new PersonDirectory.Tenure("XYZGOV", LocalDate.of(1996, 1, 1), null)));
    PersonDirectory dir = PersonDirectory.of(List.of(early, late));
    assertEquals("Anna Example", dir.resolve("Example", "XYZ", LocalDate.of(1992, 3, 3), null).orElseThrow().name());
    assertEquals("Boris Example", dir.resolve("Example", "XYZ", LocalDate.of(2001, 3, 3), null).orElseThrow().name());
    assertTrue(dir.resolve("Example", "XYZ", null, null).isEmpty(), "no date: two equal candidates");
    assertEquals("XYZ", late.country(LocalDate.of(2001, 1, 1)));
  }

  @Test
  void europeanCommunityOfficialsRepresentTheUnion() {
    assertEquals("EUU", new PersonDirectory.Tenure("IGOEUREEC", null, null).country());
    assertEquals(null, new PersonDirectory.Tenure("IGOUNO", null, null).country());
  }

  @Test
  void sovietEraPersonsRepresentTheSovietUnion() {
    PersonDirectory.Entry gromyko = DIR.resolve("Gromyko", null, LocalDate.of(1961, 9, 27), null).orElseThrow();
    assertEquals("SUN", DIR.countryOf(gromyko, LocalDate.of(1961, 9, 27)));
    PersonDirectory.Entry lavrov = DIR.resolve("Lavrov", "RUS", LocalDate.of(2010, 1, 1), null).orElseThrow();
    assertEquals("RUS", DIR.countryOf(lavrov, LocalDate.of(2010, 1, 1)));
    assertTrue(DIR.resolve("Gromyko", "SUN", LocalDate.of(1961, 9, 27), null).isPresent());
    assertTrue(org.compendium.util.Resources.tsv("resolve/state-succession.tsv", 3).size() >= 1);
  }
}
