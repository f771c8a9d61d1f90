package org.compendium.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.compendium.util.Resources;

/**
 * Reduces an instrument name to the words that identify it, so that "the Russian-Japanese plan of action" and
 * "Japan-Russia Action Plan" compare equal: accents and dotted abbreviations undone, country names and
 * nationality adjectives read as ISO alpha-3 codes (upper case), spelling variants and plurals merged
 * ({@code resolve/instrument-words.tsv}), function words and numbers dropped. Words come out lower case.
 * Limits: no stemming beyond the listed variants; country names are found by greedy longest match of up to
 * seven words.
 */
public final class InstrumentWords {
  private static final Pattern DOTTED = Pattern.compile("\\b((?:\\p{L}\\.){2,})");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final int LONGEST_COUNTRY = 7;

  private final Countries countries;
  private final Set<String> stop = new HashSet<>();
  private final Map<String, String> same = new HashMap<>();
  private final Map<String, String> combining = new HashMap<>();
  private final Set<String> generic = new HashSet<>();
  private final Set<String> heads = new HashSet<>();
  /** Lower-case first words of country names of several words ("united", "people's", "republic"). */
  private final Set<String> multiFirst = new HashSet<>();
  /** Country code by lower-case single word: names, adjectives and combining forms. */
  private final Map<String, String> single = new HashMap<>();

  public InstrumentWords(Countries countries) {
    this.countries = countries;
    for (String[] row : Resources.tsv("resolve/instrument-words.tsv", 3)) {
      switch (row[0]) {
        case "stop" -> stop.add(row[1]);
        case "same" -> same.put(row[1], row[2]);
        case "country" -> combining.put(row[1].toLowerCase(Locale.ROOT), row[2]);
        case "generic" -> generic.add(row[1]);
        case "head" -> heads.add(row[1]);
        default -> throw new IllegalStateException("instrument-words.tsv: unknown category " + row[0]);
      }
    }
    for (Map.Entry<String, Countries.Country> e : countries.namesAndAdjectives().entrySet()) {
      String name = e.getKey().toLowerCase(Locale.ROOT);
      int sp = name.indexOf(' ');
      if (sp > 0) {
        multiFirst.add(name.substring(0, sp));
      } else {
        single.put(name.replace(".", ""), e.getValue().code());
      }
    }
    single.putAll(combining);
  }

  public Countries countries() {
    return countries;
  }

  /** Is this (lower-case) word one that alone does not make a name specific? */
  public boolean isGeneric(String word) {
    return generic.contains(word);
  }

  /** Is this (normalized) word the head noun of instrument names ("treaty", "declaration")? */
  public boolean isHead(String word) {
    return heads.contains(word);
  }

  public boolean isStop(String word) {
    return stop.contains(word);
  }

  /** A country code for a single word or combining form ("Japanese", "Sino", "U.S."), or null. */
  public String countryOf(String word) {
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
      return null; // "us" the pronoun is not the United States
    }
    String w = word.indexOf('.') >= 0 ? word.replace(".", "") : word;
    return single.get(w.toLowerCase(Locale.ROOT));
  }

  /** The identifying words of a name, in order, without duplicates. */
  public Set<String> words(String name) {
    String s = name;
    if (!ascii(s)) {
      s = Normalizer.normalize(s, Normalizer.Form.NFKC).replace('\u2019', '\'');
      s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    }
    if (s.indexOf('.') >= 0) {
      s = DOTTED.matcher(s).replaceAll(m -> m.group(1).replace(".", ""));
    }
    List<String> raw = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c) || (c == '\'' && cur.length() > 0)) {
        cur.append(c);
      } else if (cur.length() > 0) {
        raw.add(cur.toString());
        cur.setLength(0);
      }
    }
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < raw.size(); ) {
      int taken = country(raw, i, out);
      if (taken > 0) {
        i += taken;
        continue;
      }
      String w = raw.get(i++).toLowerCase(Locale.ROOT);
      if (w.endsWith("'s")) {
        w = w.substring(0, w.length() - 2);
      }
      w = w.replace("'", "");
      w = same.getOrDefault(w, w);
      if (w.isEmpty() || stop.contains(w) || isYear(w)) {
        continue;
      }
      out.add(w);
    }
    return out;
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }

  /** Four-digit years are dates, not part of the name ("the 1993 Tokyo Declaration"); "Agenda 21" keeps 21. */
  private static boolean isYear(String w) {
    return w.length() == 4 && w.chars().allMatch(Character::isDigit) && (w.startsWith("1") || w.startsWith("2"));
  }

  /** Matches the longest country name starting at raw[i]; adds its code and returns the words used, or 0. */
  private int country(List<String> raw, int i, Set<String> out) {
    if (!Character.isUpperCase(raw.get(i).charAt(0))) {
      return 0;
    }
    int longest = multiFirst.contains(raw.get(i).toLowerCase(Locale.ROOT)) ? LONGEST_COUNTRY : 1;
    for (int n = Math.min(longest, raw.size() - i); n >= 1; n--) {
      String last = raw.get(i + n - 1);
      if (n > 1 && !Character.isUpperCase(last.charAt(0))) {
        continue;
      }
      String phrase = String.join(" ", raw.subList(i, i + n));
      String code = n == 1 ? countryOf(phrase) : countries.byName(phrase).map(Countries.Country::code).orElse(null);
      if (code != null) {
        out.add(code);
        return n;
      }
    }
    return 0;
  }
}
