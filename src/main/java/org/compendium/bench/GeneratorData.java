package org.compendium.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.util.Resources;

/**
 * What the record generator recombines, loaded once and immutable: the sentence bank made from the samples
 * ({@code bench/sentences.tsv}, built by {@code scripts/build-bench-sentences.py}), the generator's frames
 * ({@code bench/frames.tsv}), government office holders with their dated tenures ({@code resolve/persons.tsv}),
 * countries, cities of the gazetteer and the instrument registry.
 *
 * <p>Limits: a leader's role is the title the person directory gives, else a head-of-government role drawn by
 * the generator, so roles are plausible rather than historical.
 */
public final class GeneratorData {
  /** Earliest and latest record dates the generator writes. */
  static final LocalDate FIRST = LocalDate.of(1990, 1, 1);
  static final LocalDate LAST = LocalDate.of(2024, 12, 31);

  /** A government tenure of a named person: the person served {@code country} from {@code from} to {@code to}. */
  public record Tenure(String name, String title, String country, LocalDate from, LocalDate to) {
    boolean covers(LocalDate d) {
      return !d.isBefore(from) && !d.isAfter(to);
    }
  }

  /** A country: code, the name used in running text, its adjective. */
  public record Country(String code, String name, String adjective) {}

  /** An instrument of the registry: title, year (null if none), parties (empty: multilateral). */
  public record Instrument(String title, Integer year, Set<String> parties) {}

  /** A sentence of a sample with slots, and the country slot of each of that sample's participants. */
  public record Sentence(String kind, String sample, String text) {}

  private static final Pattern NAME_WORD = Pattern.compile("[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]\\.");
  private static final Pattern OFFICE = Pattern.compile("president|minister|chancellor|premier|secretary|king|queen");
  private static final Pattern ACTION = Pattern.compile("\\b(?:will|agreed to|decided to|intends? to|would like to|"
      + "shared the view to|confirmed their intention to) ([a-z][a-z-]+ [^.;:\"“”()]{15,110}?)(?=[,.;]| by | as soon"
      + "| and that|$)");

  final List<Tenure> tenures = new ArrayList<>();
  final Map<String, List<Tenure>> tenuresByCountry = new HashMap<>();
  final Map<String, Country> countries = new LinkedHashMap<>();
  final List<String> countryCodes;
  final Map<String, List<String>> cities = new HashMap<>();
  final List<Instrument> instruments = new ArrayList<>();
  final Map<String, List<Instrument>> instrumentsByParty = new HashMap<>();
  final Map<String, List<Sentence>> sentences = new HashMap<>();
  final Map<String, int[]> casts = new HashMap<>();
  final Map<String, List<String>> frames = new HashMap<>();
  final List<String> actions;

  private GeneratorData() {
    for (String[] row : Resources.tsv("resolve/countries.tsv", 4)) {
      String adj = row[3].isEmpty() ? row[1] : row[3].split("\\|")[0];
      countries.put(row[0], new Country(row[0], row[1], adj));
    }
    for (String[] row : Resources.tsv("resolve/persons.tsv", 4)) {
      addTenures(row);
    }
    countryCodes = List.copyOf(new TreeSet<>(tenuresByCountry.keySet()));
    for (String[] row : Resources.tsv("resolve/gazetteer.tsv", 3)) {
      if (row[1].equals("city") && countries.containsKey(row[2]) && row[0].chars().allMatch(c -> c < 128)) {
        cities.computeIfAbsent(row[2], k -> new ArrayList<>()).add(row[0]);
      }
    }
    for (String[] row : Resources.tsv("resolve/instruments.tsv", 4)) {
      Set<String> parties = row[2].equals("multilateral") ? Set.of() : Set.copyOf(Arrays.asList(row[2].split("\\|")));
      Instrument ins = new Instrument(row[3], row[1].isEmpty() ? null : Integer.valueOf(row[1]), parties);
      instruments.add(ins);
      for (String p : parties) {
        instrumentsByParty.computeIfAbsent(p, k -> new ArrayList<>()).add(ins);
      }
    }
    for (String[] row : Resources.tsv("bench/sentences.tsv", 3)) {
      if (row[0].equals("cast")) {
        casts.put(row[1], row[2].isEmpty() ? new int[0]
            : Arrays.stream(row[2].split(" ")).mapToInt(c -> Integer.parseInt(c.substring(1))).toArray());
      } else {
        sentences.computeIfAbsent(row[0], k -> new ArrayList<>()).add(new Sentence(row[0], row[1], row[2]));
      }
    }
    for (String[] row : Resources.tsv("bench/frames.tsv", 2)) {
      frames.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
    }
    actions = actions(frames.getOrDefault("action-verb", List.of()));
  }

  /** Loads the bundled data. */
  public static GeneratorData load() {
    return new GeneratorData();
  }

  List<Sentence> sentences(String kind) {
    return sentences.getOrDefault(kind, List.of());
  }

  List<String> frames(String kind) {
    List<String> f = frames.get(kind);
    if (f == null || f.isEmpty()) {
      throw new IllegalStateException("bench/frames.tsv has no " + kind + " rows");
    }
    return f;
  }

  /** Instruments {@code country} is a named party to (multilateral ones are not listed). */
  List<Instrument> instrumentsOf(String country) {
    return instrumentsByParty.getOrDefault(country, List.of());
  }

  int[] cast(String sample) {
    return casts.getOrDefault(sample, new int[0]);
  }

  /** Government tenures (CAMEO {@code XXXGOV}, dated) of persons whose names read as names, in known countries. */
  private void addTenures(String[] row) {
    String name = row[0];
    String[] words = name.split(" ");
    if (words.length < 2 || !Arrays.stream(words).allMatch(w -> NAME_WORD.matcher(w).matches())) {
      return;
    }
    String first = row[2].split("\\|")[0];
    // Office titles only: the directory's "sheikh", "general" or "senator" say no office of state.
    String title = OFFICE.matcher(first).find() ? titleCase(first) : null;
    for (String t : row[3].split("\\|")) {
      String[] p = t.split(":", -1);
      if (p.length != 3 || p[0].length() != 6 || !p[0].endsWith("GOV") || p[1].isEmpty()) {
        continue;
      }
      String code = p[0].substring(0, 3);
      LocalDate from = LocalDate.parse(p[1]);
      LocalDate to = p[2].isEmpty() ? LAST : LocalDate.parse(p[2]);
      if (!countries.containsKey(code) || to.isBefore(FIRST) || from.isAfter(LAST) || to.isBefore(from)) {
        continue;
      }
      Tenure ten = new Tenure(name, title, code, from.isBefore(FIRST) ? FIRST : from, to.isAfter(LAST) ? LAST : to);
      tenures.add(ten);
      tenuresByCountry.computeIfAbsent(code, k -> new ArrayList<>()).add(ten);
    }
  }

  /** Verb phrases the samples commit to ("continue negotiations to conclude a peace treaty"), without dates. */
  private List<String> actions(List<String> verbs) {
    Set<String> out = new TreeSet<>();
    for (List<Sentence> l : sentences.values()) {
      for (Sentence s : l) {
        Matcher m = ACTION.matcher(s.text());
        while (m.find()) {
          String a = m.group(1);
          if (verbs.contains(a.substring(0, a.indexOf(' '))) && !a.matches(".*\\{[PDMY].*")) {
            out.add(a);
          }
        }
      }
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("bench/sentences.tsv gives no commitment actions");
    }
    return Collections.unmodifiableList(new ArrayList<>(out));
  }

  private static String titleCase(String s) {
    StringBuilder b = new StringBuilder();
    for (String w : s.split(" ")) {
      if (!b.isEmpty()) {
        b.append(' ');
      }
      b.append(w.equals("of") ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
    }
    return b.toString();
  }
}
