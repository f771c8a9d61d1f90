package org.compendium.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.compendium.resolve.Gazetteer.Entry;
import org.compendium.util.Resources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private static final Set<String> TYPES = Set.of("country", "region", "island", "sea", "city", "other");
  private static Countries countries;
  private static Gazetteer gazetteer;

  @BeforeAll
  static void load() {
    countries = Countries.load();
    gazetteer = Gazetteer.load(countries);
  }

  private static Entry get(String name) {
    return gazetteer.lookup(name).orElseThrow(() -> new AssertionError("not in gazetteer: " + name));
  }

  private static void near(Entry e, double lat, double lon) {
    assertTrue(Math.abs(e.lat() - lat) < 2 && Math.abs(e.lon() - lon) < 2, e.toString());
  }

  @Test
  void generatedCitiesFileHasPlausibleRows() {
    List<String[]> rows = Resources.tsv("resolve/gazetteer.tsv", 7);
    assertTrue(rows.size() > 4000 && rows.size() < 20000, "rows: " + rows.size());
    for (String[] r : rows) {
      assertTrue(Set.of("city", "region").contains(r[1]), r[0]);
      double lat = Double.parseDouble(r[3]);
      double lon = Double.parseDouble(r[4]);
      assertTrue(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180, r[0]);
      assertTrue(r[2].isEmpty() || countries.byCode(r[2]).isPresent(), "unknown country " + r[2] + " of " + r[0]);
    }
  }

  @Test
  void overlayRowsAreWellFormed() {
    List<String[]> rows = Resources.tsv("resolve/places-extra.tsv", 6);
    assertTrue(rows.size() > 150, "rows: " + rows.size());
    for (String[] r : rows) {
      assertTrue(TYPES.contains(r[1]), "type of " + r[0]);
      double lat = Double.parseDouble(r[3]);
      double lon = Double.parseDouble(r[4]);
      assertTrue(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180, r[0]);
      assertTrue(r[2].isEmpty() || countries.byCode(r[2]).isPresent(), "unknown country " + r[2] + " of " + r[0]);
    }
  }

  @Test
  void stoplistNamesAreGazetteerNames() {
    List<String[]> rows = Resources.tsv("resolve/place-stoplist.tsv", 2);
    assertTrue(rows.size() > 20);
    for (String[] r : rows) {
      assertTrue(Set.of("never", "common").contains(r[1]), r[0]);
      if (r[1].equals("never")) {
        assertTrue(gazetteer.lookup(r[0]).isEmpty(), r[0] + " is marked never but still found");
      } else {
        assertTrue(gazetteer.isCommonWord(Gazetteer.key(r[0])), r[0]);
        assertTrue(gazetteer.lookup(r[0]).isPresent(), r[0] + " is no gazetteer name");
      }
    }
  }

  @Test
  void countriesComeFromTheCountriesLexicon() {
    Entry japan = get("Japan");
    assertEquals("country", japan.type());
    assertEquals("JPN", japan.country());
    near(japan, 36, 138);
    assertSame(get("Russia"), get("the Russian Federation"));
    assertEquals("USA", get("United States of America").country());
    assertEquals("KOR", get("ROK").country());
    assertTrue(gazetteer.lookup("European Union").isEmpty(), "an organisation is not a place");
  }

  @Test
  void citiesHaveCountryAndCoordinates() {
    Entry tokyo = get("Tokyo");
    assertEquals("city", tokyo.type());
    assertEquals("JPN", tokyo.country());
    near(tokyo, 35.7, 139.7);
    near(get("Nairobi"), -1.3, 36.8);
    assertEquals("BRA", get("Sao Paulo").country(), "accents are folded");
    assertEquals("USA", get("Washington").country());
    assertEquals("RUS", get("St. Petersburg").country());
    assertSame(get("St Petersburg"), get("Saint Petersburg"));
    assertEquals("IND", get("Bangalore").country(), "former names from the overlay");
  }

  @Test
  void firstLevelDivisionsAreRegionsButCitiesWinTheirName() {
    Entry texas = get("Texas");
    assertEquals("region", texas.type());
    assertEquals("USA", texas.country());
    assertEquals("region", get("Guangdong").type());
    assertEquals("city", get("Tokyo").type(), "the city, not the prefecture");
    assertTrue(gazetteer.lookup("Central").isEmpty(), "generic division names are left out");
  }

  @Test
  void overlayHoldsRegionsIslandsAndSeasUnderEachName() {
    assertEquals("region", get("Korean Peninsula").type());
    assertEquals("region", get("Russian Far East").type());
    assertEquals("region", get("Southeast Asia").type());
    assertSame(get("Etorofu"), get("Iturup"));
    assertSame(get("Kunashiri"), get("Kunashir"));
    assertSame(get("Takeshima"), get("Dokdo"));
    assertSame(get("Senkaku Islands"), get("Diaoyu Islands"));
    assertEquals("island", get("Habomai").type());
    assertEquals("sea", get("Sea of Okhotsk").type());
    near(get("East China Sea"), 29, 125);
    assertEquals("RUS", get("Primorye Region").country());
  }

  @Test
  void keysIgnoreCaseTheAndPunctuation() {
    assertEquals("russian federation", Gazetteer.key("the Russian Federation"));
    assertEquals("us", Gazetteer.key("U.S."));
    assertEquals(Gazetteer.key("People's Republic of China"), Gazetteer.key("People’s Republic of China"));
    assertEquals("asia pacific", Gazetteer.key("Asia-Pacific"));
    assertFalse(gazetteer.lookup("Atlantis").isPresent());
  }

  @Test
  void namesAreReadWordByWordThroughTheirBeginnings() {
    Set<String> keys = new HashSet<>();
    for (Countries.Country c : countries.all()) {
      c.names().forEach(n -> keys.add(Gazetteer.key(n)));
    }
    for (String[] row : Resources.tsv("resolve/places-extra.tsv", 6)) {
      keys.add(Gazetteer.key(row[0]));
      Arrays.stream(row[5].split("\\|")).forEach(n -> keys.add(Gazetteer.key(n)));
    }
    Resources.tsv("resolve/gazetteer.tsv", 7).forEach(row -> keys.add(Gazetteer.key(row[0])));
    keys.removeIf(k -> gazetteer.byKey(k).isEmpty());  // stoplisted
    Set<String> beginnings = new HashSet<>();
    List<String> words = new ArrayList<>();
    for (String k : keys) {
      String[] w = k.split(" ");
      words.addAll(List.of(w));
      for (int n = 1; n < w.length; n++) {
        beginnings.add(String.join(" ", Arrays.copyOf(w, n)));
      }
    }
    assertTrue(keys.size() > 4000 && beginnings.size() > 500, keys.size() + " keys, " + beginnings.size());
    Random random = new Random(5);
    List<String> keyList = new ArrayList<>(keys);
    for (int n = 0; n < 50_000; n++) {
      // a key, a key cut or run on by a word, or random words
      String[] w = keyList.get(random.nextInt(keyList.size())).split(" ");
      List<String> probe = new ArrayList<>(List.of(w).subList(0, 1 + random.nextInt(w.length)));
      if (random.nextBoolean()) {
        probe.add(words.get(random.nextInt(words.size())));
      }
      if (random.nextInt(4) == 0) {
        probe.set(0, words.get(random.nextInt(words.size())));
      }
      String s = String.join(" ", probe);
      Entry expected = keys.contains(s) ? gazetteer.byKey(s).get()
          : beginnings.contains(s) ? Gazetteer.NAME_GOES_ON : null;
      assertSame(expected, gazetteer.byKeyOrStart(s), s);
    }
  }
}
