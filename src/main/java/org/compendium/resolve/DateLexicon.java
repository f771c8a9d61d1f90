package org.compendium.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compendium.resolve.DateExpr.Base;
import org.compendium.resolve.DateExpr.Unit;
import org.compendium.util.Resources;

/**
 * The words of English date expressions, from data files under {@code resolve/}: month and day names
 * ({@code months.tsv}, {@code weekdays.tsv}), seasons, number words and units for "N years ago", deictic words
 * ("next March"), words that put a sentence in the future, relative expressions ({@code relative-dates.tsv}), modifiers ("by the end of"), context words
 * that decide whether a bare year or month is a date ({@code date-context.tsv}), and head nouns that make a
 * preceding date part of a name ({@code name-heads.tsv}). All keys are lower case. Immutable after loading.
 */
public final class DateLexicon {
  /** A relative expression from {@code relative-dates.tsv}; {@code leads} empty means it needs none. */
  public record Relative(String phrase, Base base, Unit unit, int offset, Set<String> leads) {}

  /** A modifier from {@code date-modifiers.tsv}; {@code kinds} empty means it may precede any expression. */
  public record Modifier(String phrase, Set<String> kinds) {}

  private final Map<String, Integer> months = new HashMap<>();
  private final Set<String> monthAbbreviations = new HashSet<>();
  private final Map<String, Integer> weekdays = new HashMap<>();
  private final Set<String> seasons = new HashSet<>();
  private final Map<String, Integer> numbers = new HashMap<>();
  private final Map<String, Unit> units = new HashMap<>();
  private final Map<String, Integer> deictics = new HashMap<>();
  private final List<Relative> relatives = new ArrayList<>();
  private final List<Modifier> modifiers = new ArrayList<>();
  private final Set<String> leads = new HashSet<>();
  private final Set<String> determiners = new HashSet<>();
  private final Set<String> stops = new HashSet<>();
  private final Set<String> subjectVerbs = new HashSet<>();
  private final Map<String, String> nameHeads = new HashMap<>();
  private final Set<String> futureMarkers = new HashSet<>();

  private DateLexicon() {}

  public static DateLexicon load() {
    DateLexicon l = new DateLexicon();
    Map<Integer, String> longest = new HashMap<>();
    for (String[] r : Resources.tsv("resolve/months.tsv", 2)) {
      int n = Integer.parseInt(r[1]);
      l.months.put(r[0], n);
      longest.merge(n, r[0], (a, b) -> a.length() >= b.length() ? a : b);
    }
    // a month's longest name is its full name; the others are abbreviations, which need a day or year after them
    for (Map.Entry<String, Integer> e : l.months.entrySet()) {
      if (!longest.get(e.getValue()).equals(e.getKey())) {
        l.monthAbbreviations.add(e.getKey());
      }
    }
    for (String[] r : Resources.tsv("resolve/weekdays.tsv", 2)) {
      l.weekdays.put(r[0], Integer.parseInt(r[1]));
    }
    l.seasons.addAll(Resources.lines("resolve/seasons.txt"));
    for (String[] r : Resources.tsv("resolve/numbers.tsv", 2)) {
      l.numbers.put(r[0], Integer.parseInt(r[1]));
    }
    for (String[] r : Resources.tsv("resolve/time-units.tsv", 2)) {
      l.units.put(r[0], Unit.valueOf(r[1].toUpperCase(java.util.Locale.ROOT)));
    }
    for (String[] r : Resources.tsv("resolve/deictics.tsv", 2)) {
      l.deictics.put(r[0], Integer.parseInt(r[1]));
    }
    for (String[] r : Resources.tsv("resolve/relative-dates.tsv", 5)) {
      l.relatives.add(new Relative(r[0], Base.valueOf(r[1].toUpperCase(java.util.Locale.ROOT)),
          Unit.valueOf(r[2].toUpperCase(java.util.Locale.ROOT)), Integer.parseInt(r[3]), split(r[4], "\\|")));
    }
    for (String[] r : Resources.tsv("resolve/date-modifiers.tsv", 2)) {
      l.modifiers.add(new Modifier(r[0], r[1].equals("any") ? Set.of() : split(r[1], ",")));
    }
    for (String[] r : Resources.tsv("resolve/date-context.tsv", 2)) {
      switch (r[1]) {
        case "lead" -> l.leads.add(r[0]);
        case "det" -> l.determiners.add(r[0]);
        case "stop" -> l.stops.add(r[0]);
        case "subject" -> l.subjectVerbs.add(r[0]);
        default -> throw new IllegalStateException("date-context.tsv: unknown role " + r[1]);
      }
    }
    l.futureMarkers.addAll(Resources.lines("resolve/future-markers.txt"));
    for (String[] r : Resources.tsv("resolve/name-heads.tsv", 2)) {
      l.nameHeads.put(r[0], r[1]);
    }
    return l;
  }

  private static Set<String> split(String cell, String sep) {
    Set<String> out = new HashSet<>();
    for (String s : cell.split(sep)) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return Set.copyOf(out);
  }

  /**
   * Every word that is a month, day name, season, deictic or number word: one lookup for a scanner that asks
   * all five questions of every word.
   */
  public Set<String> namedWords() {
    Set<String> out = new HashSet<>(months.keySet());
    out.addAll(weekdays.keySet());
    out.addAll(seasons);
    out.addAll(deictics.keySet());
    out.addAll(numbers.keySet());
    return org.compendium.util.WordSet.copyOf(out);
  }

  /** The month number of a name or abbreviation, or null. */
  public Integer month(String lower) {
    return months.get(lower);
  }

  public boolean isMonthAbbreviation(String lower) {
    return monthAbbreviations.contains(lower);
  }

  /** The ISO day of week of a day name or abbreviation, or null. */
  public Integer weekday(String lower) {
    return weekdays.get(lower);
  }

  public boolean isSeason(String lower) {
    return seasons.contains(lower);
  }

  /** The value of a number word ("eight", "a"), or null. */
  public Integer number(String lower) {
    return numbers.get(lower);
  }

  /** The unit a unit word counts ("months"), or null. */
  public Unit unit(String lower) {
    return units.get(lower);
  }

  /** The direction of a deictic word ("next" 1, "last" -1, "this" 0), or null. */
  public Integer deictic(String lower) {
    return deictics.get(lower);
  }

  public List<Relative> relatives() {
    return List.copyOf(relatives);
  }

  public List<Modifier> modifiers() {
    return List.copyOf(modifiers);
  }

  /** Whether a word may introduce a year or a month printed alone ("in", "since", "for"). */
  public boolean isLead(String lower) {
    return leads.contains(lower);
  }

  public boolean isDeterminer(String lower) {
    return determiners.contains(lower);
  }

  /** Whether a word is a function word, which ends a name after a date. */
  public boolean isStop(String lower) {
    return stops.contains(lower);
  }

  /** Whether a verb may follow a year that opens a clause ("2019 marks ..."). */
  public boolean isSubjectVerb(String lower) {
    return subjectVerbs.contains(lower);
  }

  /** Whether a word puts its sentence in the future ("will", "scheduled"). */
  public boolean isFutureMarker(String lower) {
    return futureMarkers.contains(lower);
  }

  /** The kind of name ({@code instrument}, {@code event}, {@code organisation}, {@code publication}) a head noun ends, or null. */
  public String nameHead(String lower) {
    return nameHeads.get(lower);
  }
}
