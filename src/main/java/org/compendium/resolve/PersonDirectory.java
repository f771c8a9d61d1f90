package org.compendium.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.compendium.util.Resources;

/**
 * Known political figures with aliases, titles and dated roles, from {@code resolve/persons.tsv} (derived from
 * the MIT-licensed Phoenix dictionaries by {@code scripts/build-persons.py}; notice in persons.LICENSE). Finds a
 * person by a full name or alias, and completes a short form ("Koizumi", "President Hu") to a full name,
 * choosing among candidates by country, by the record's date and by title. Loaded once; immutable.
 *
 * <p>Limits: the dictionary gives CAMEO role codes (government, elite, ...), not offices, so "the President of
 * Russia in 2005" is answered from the titles an entry's aliases carry plus a government tenure at the date.
 */
public final class PersonDirectory {
  /** A dated role: CAMEO code (alpha-3 country then role letters), open ends null. */
  public record Tenure(String code, LocalDate from, LocalDate to) {
    /** The represented state: the code's country, EUU for European Community officials, null for other bodies. */
    public String country() {
      if (code.startsWith("IGOEUREEC")) {
        return "EUU";
      }
      return code.startsWith("IGO") || code.length() < 3 ? null : code.substring(0, 3);
    }

    public boolean government() {
      return code.length() > 3 && code.startsWith("GOV", 3) || code.startsWith("IGO");
    }

    public boolean dated() {
      return from != null || to != null;
    }

    public boolean covers(LocalDate date) {
      return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
  }

  /** One person. */
  public record Entry(String name, List<String> aliases, List<String> titles, List<Tenure> tenures) {
    /** The state the person served at {@code date} (government roles first), else the most common one. */
    public String country(LocalDate date) {
      if (date != null) {
        for (Tenure t : tenures) {
          if (t.dated() && t.government() && t.covers(date) && t.country() != null) {
            return t.country();
          }
        }
        for (Tenure t : tenures) {
          if (t.dated() && t.covers(date) && t.country() != null) {
            return t.country();
          }
        }
      }
      Map<String, Integer> counts = new HashMap<>();
      String best = null;
      for (Tenure t : tenures) {
        if (t.country() != null) {
          int n = counts.merge(t.country(), t.government() ? 2 : 1, Integer::sum);
          if (best == null || n > counts.get(best)) {
            best = t.country();
          }
        }
      }
      return best;
    }

    boolean servedIn(String country) {
      return tenures.stream().anyMatch(t -> country.equals(t.country()));
    }
  }

  /** A state the directory codes under its successor before a date (RUS persons before 1992 served SUN). */
  private record Succession(String earlier, LocalDate until) {}

  private final Map<String, Succession> successions = new HashMap<>();
  private final Map<String, List<Entry>> byKey = new HashMap<>();
  private final Map<String, List<Entry>> byWord = new HashMap<>();
  private final int size;

  private PersonDirectory(List<Entry> entries) {
    for (Entry e : entries) {
      List<String> forms = new ArrayList<>(e.aliases());
      forms.add(0, e.name());
      for (String f : forms) {
        List<Entry> l = byKey.computeIfAbsent(PersonNames.key(f), k -> new ArrayList<>(1));
        if (!l.contains(e)) {
          l.add(e);
        }
      }
      List<String> w = PersonNames.words(e.name());
      byWord.computeIfAbsent(w.get(w.size() - 1), k -> new ArrayList<>(2)).add(e);
      if (w.size() > 1) {
        byWord.computeIfAbsent(w.get(0), k -> new ArrayList<>(2)).add(e);
      }
    }
    size = entries.size();
  }

  /** Loads the bundled directory. */
  public static PersonDirectory load() {
    List<Entry> entries = new ArrayList<>();
    for (String[] row : Resources.tsv("resolve/persons.tsv", 4)) {
      if (row[0].isEmpty()) {
        continue;
      }
      entries.add(new Entry(row[0], split(row[1]), split(row[2]), tenures(row[3])));
    }
    PersonDirectory dir = new PersonDirectory(entries);
    for (String[] row : Resources.tsv("resolve/state-succession.tsv", 3)) {
      dir.successions.put(row[0], new Succession(row[1], LocalDate.parse(row[2])));
    }
    return dir;
  }

  /** The state {@code entry} represented at {@code date}, with earlier states restored (Soviet Union). */
  public String countryOf(Entry entry, LocalDate date) {
    String c = entry.country(date);
    Succession s = c == null ? null : successions.get(c);
    return s != null && date != null && !date.isAfter(s.until()) ? s.earlier() : c;
  }

  /** Whether {@code code} is the state of {@code entry}, or its earlier state before the succession. */
  private boolean servedIn(Entry e, String code) {
    if (e.servedIn(code)) {
      return true;
    }
    for (Map.Entry<String, Succession> s : successions.entrySet()) {
      if (s.getValue().earlier().equals(code) && e.servedIn(s.getKey())) {
        return true;
      }
    }
    return false;
  }

  /** A directory of the given entries (tests). */
  public static PersonDirectory of(List<Entry> entries) {
    return new PersonDirectory(entries);
  }

  private static List<String> split(String cell) {
    return cell.isEmpty() ? List.of() : List.of(cell.split("\\|"));
  }

  private static List<Tenure> tenures(String cell) {
    List<Tenure> out = new ArrayList<>();
    for (String t : split(cell)) {
      String[] p = t.split(":", -1);
      if (p.length == 3) {
        out.add(new Tenure(p[0], date(p[1]), date(p[2])));
      }
    }
    return List.copyOf(out);
  }

  private static LocalDate date(String s) {
    if (s.isEmpty()) {
      return null;
    }
    if (isPlainIsoDate(s)) {
      // The usual "yyyy-MM-dd" cell: LocalDate.of is much cheaper than the formatter at load time and rejects
      // the same impossible dates (month 13, 30 February) as the strict ISO parser.
      try {
        return LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
      } catch (java.time.DateTimeException e) {
        return null;
      }
    }
    try {
      return LocalDate.parse(s);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  private static boolean isPlainIsoDate(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = s.charAt(i);
      if (i != 4 && i != 7 && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }

  public int size() {
    return size;
  }

  /** Persons whose name or an alias is {@code name} (any case and punctuation). */
  public List<Entry> byName(String name) {
    return byKey.getOrDefault(PersonNames.key(name), List.of());
  }

  /**
   * The person a name form most likely denotes: an exact name or alias first, else the best completion of a
   * short form. {@code country} (alpha-3), {@code date} and {@code title} (lower case, e.g. "president") may be
   * null; a candidate that contradicts a given country is never chosen. Empty when nothing fits or two
   * candidates fit equally well.
   */
  public Optional<Entry> resolve(String form, String country, LocalDate date, String title) {
    List<Entry> exact = byName(form);
    List<Entry> pool;
    if (!exact.isEmpty()) {
      pool = exact;
    } else {
      List<String> w = PersonNames.words(form);
      if (w.isEmpty()) {
        return Optional.empty();
      }
      pool = new ArrayList<>();
      for (Entry e : byWord.getOrDefault(w.get(w.size() - 1), List.of())) {
        if (PersonNames.canDenote(form, e.name())) {
          pool.add(e);
        }
      }
      // A one-word form may also be the first word (family name) of a family-name-first name: byWord lists
      // those under their first word too, so the loop above has seen them (a second pass over the same list
      // added nothing, at the cost of comparing whole entries).
    }
    List<Entry> fitting = new ArrayList<>();
    for (Entry e : pool) {
      if (country == null || servedIn(e, country)) {
        fitting.add(e);
      }
    }
    if (fitting.isEmpty()) {
      return Optional.empty();
    }
    Comparator<Entry> order = Comparator.comparingInt(e -> score(e, date, title));
    fitting.sort(order.reversed());
    if (fitting.size() > 1 && score(fitting.get(0), date, title) == score(fitting.get(1), date, title)
        && !fitting.get(0).name().equals(fitting.get(1).name())) {
      return Optional.empty();
    }
    return Optional.of(fitting.get(0));
  }

  /** Higher is likelier: in government at the date, holding the title, prominent (many aliases). */
  static int score(Entry e, LocalDate date, String title) {
    int s = 0;
    if (date != null) {
      for (Tenure t : e.tenures()) {
        if (t.dated() && t.covers(date)) {
          s = Math.max(s, t.government() ? 40 : 20);
        }
      }
    } else if (e.tenures().stream().anyMatch(Tenure::government)) {
      s += 10;
    }
    if (title != null && e.titles().stream().anyMatch(t -> title.contains(t) || t.contains(title))) {
      s += 15;
    }
    return s + Math.min(e.aliases().size() + e.titles().size(), 8);
  }
}
