package org.compendium.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bundled country table (countries.tsv, built by scripts/build-countries.py with countries-extra.tsv). */
class CountriesTest {
  private static final Countries COUNTRIES = Countries.load();

  private static String code(Optional<Countries.Country> c) {
    return c.map(Countries.Country::code).orElse(null);
  }

  @Test
  void everyStateOfTheWorldIsThereWithItsCapitalCoordinates() {
    assertTrue(COUNTRIES.all().size() >= 250, "countries: " + COUNTRIES.all().size());
    for (Countries.Country c : COUNTRIES.all()) {
      assertTrue(c.code().matches("[A-Z]{3}"), c.code());
      assertTrue(!c.name().isBlank(), c.code());
    }
  }

  @Test
  void namesThatRecordsUseBesideTheOfficialOnes() {
    assertEquals("TUR", code(COUNTRIES.byName("Turkey")));
    assertEquals("TUR", code(COUNTRIES.byName("Türkiye")));
    assertEquals("CPV", code(COUNTRIES.byName("Cabo Verde")));
    assertEquals("NZL", code(COUNTRIES.byName("NZ")));
    assertEquals("AZE", code(COUNTRIES.byAdjective("Azeri")));
    assertEquals("NPL", code(COUNTRIES.byAdjective("Nepali")));
  }

  @Test
  void formerNamesAndFormerStates() {
    assertEquals("LKA", code(COUNTRIES.byName("Ceylon")));
    assertEquals("COD", code(COUNTRIES.byName("Zaire")));
    assertEquals("YUG", code(COUNTRIES.byName("Yugoslavia")));
    assertEquals("DDR", code(COUNTRIES.byName("East Germany")));
    assertEquals("DEU", code(COUNTRIES.byName("West Germany")));
    assertEquals("SUN", code(COUNTRIES.byName("Soviet Union")));
  }

  @Test
  void commonEnglishWordsAreNotCountryNames() {
    assertEquals(null, code(COUNTRIES.byName("Island")));
    assertEquals(null, code(COUNTRIES.byName("Persian")));
    assertEquals(null, code(COUNTRIES.byAdjective("Persian")));
  }
}
