package org.compendium.resolve;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.compendium.util.Resources;

/**
 * States by ISO 3166-1 alpha-3 code (SUN for the Soviet Union), with their names and nationality adjectives,
 * from {@code resolve/countries.tsv} (built by {@code scripts/build-countries.py}). Lookups ignore case and a
 * leading "the"; immutable after loading, so one instance serves every thread.
 */
public final class Countries {
  /** One state. */
  public record Country(String code, String name, List<String> names, List<String> adjectives, Double lat, Double lon) {}

  private final Map<String, Country> byCode = new LinkedHashMap<>();
  private final Map<String, Country> byName = new HashMap<>();
  private final Map<String, Country> byAdjective = new HashMap<>();

  private Countries() {}

  public static Countries load() {
    Countries c = new Countries();
    for (String[] row : Resources.tsv("resolve/countries.tsv", 6)) {
      List<String> names = new java.util.ArrayList<>();
      names.add(row[1]);
      for (String n : row[2].split("\\|")) {
        if (!n.isEmpty()) {
          names.add(n);
        }
      }
      List<String> adjectives = row[3].isEmpty() ? List.of() : List.of(row[3].split("\\|"));
      Country country = new Country(row[0], row[1], List.copyOf(names), adjectives,
          row[4].isEmpty() ? null : Double.valueOf(row[4]), row[5].isEmpty() ? null : Double.valueOf(row[5]));
      c.byCode.put(row[0], country);
      for (String n : names) {
        c.byName.putIfAbsent(key(n), country);
      }
      for (String a : adjectives) {
        c.byAdjective.putIfAbsent(key(a), country);
      }
    }
    return c;
  }

  private static String key(String s) {
    String k = s.strip().toLowerCase(Locale.ROOT);
    return k.startsWith("the ") ? k.substring(4) : k;
  }

  public Optional<Country> byCode(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** A state by one of its names ("Japan", "the Russian Federation", "U.S."). */
  public Optional<Country> byName(String name) {
    return Optional.ofNullable(byName.get(key(name)));
  }

  /** A state by its nationality adjective ("Japanese", "Soviet"). */
  public Optional<Country> byAdjective(String adjective) {
    return Optional.ofNullable(byAdjective.get(key(adjective)));
  }

  /** A state by name or adjective. */
  public Optional<Country> byNameOrAdjective(String word) {
    String k = key(word);
    Country c = byName.get(k);
    return Optional.ofNullable(c != null ? c : byAdjective.get(k));
  }

  public Collection<Country> all() {
    return Collections.unmodifiableCollection(byCode.values());
  }

  /** Every name and adjective, for building matchers. */
  public Map<String, Country> namesAndAdjectives() {
    Map<String, Country> all = new HashMap<>(byAdjective);
    all.putAll(byName);
    return Collections.unmodifiableMap(all);
  }
}
