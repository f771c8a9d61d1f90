package org.compendium.extract.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.compendium.resolve.Countries;
import org.compendium.util.Resources;

/**
 * The word lists person finding rests on, loaded once from {@code person/} (titles, honorifics, title words,
 * participation cues) plus country names and adjectives from {@link Countries}. Multi-word entries are kept as
 * lower-case token lists and matched longest first at a token position.
 */
final class PersonLexicon {
  /** A phrase matched at a token position: the tokens it covers and its value. */
  record Match<T>(int end, T value) {}

  final Countries countries;
  final Set<String> abbreviations = new HashSet<>();
  private final Map<String, List<List<String>>> titles = new HashMap<>();
  private final Map<String, List<List<String>>> honorifics = new HashMap<>();
  private final Set<String> titleWords = new HashSet<>();
  private final Set<String> titleTokens = new HashSet<>();
  private final Set<String> particles = new HashSet<>();
  private final Set<String> postnominals = new HashSet<>();
  private final Map<String, Map<String, List<List<String>>>> cues = new HashMap<>();
  /** Per kind of cue: each last word of a cue, and whether it is a cue on its own (precomputed for isCue). */
  private final Map<String, Map<String, Boolean>> cueWords = new HashMap<>();
  private final Map<String, List<Map.Entry<List<String>, String>>> countryPhrases = new HashMap<>();
  private final List<Map.Entry<List<String>, Set<String>>> officesAbsent = new ArrayList<>();

  PersonLexicon(Countries countries) {
    this.countries = countries;
    for (String a : Resources.lines("structure/abbreviations.txt")) {
      abbreviations.add(a);
    }
    for (String h : Resources.lines("person/honorifics.txt")) {
      if (h.endsWith(".") && h.indexOf('.') == h.length() - 1) {
        abbreviations.add(h.substring(0, h.length() - 1));
      }
    }
    for (String t : Resources.lines("person/titles.txt")) {
      List<String> toks = tokens(t);
      titles.computeIfAbsent(toks.get(0), k -> new ArrayList<>()).add(toks);
      titleTokens.addAll(toks);
    }
    for (String h : Resources.lines("person/honorifics.txt")) {
      List<String> toks = tokens(h);
      honorifics.computeIfAbsent(toks.get(0), k -> new ArrayList<>()).add(toks);
    }
    postnominals.addAll(Resources.lines("person/postnominals.txt"));
    for (String w : Resources.lines("person/name-particles.txt")) {
      particles.add(w);
    }
    for (String w : Resources.lines("person/title-words.txt")) {
      titleWords.add(w.toLowerCase(Locale.ROOT));
    }
    for (String[] row : Resources.tsv("person/offices-absent.tsv", 2)) {
      officesAbsent.add(Map.entry(tokens(row[0]), Set.of(row[1].split("\\|"))));
    }
    for (String[] row : Resources.tsv("person/cues.tsv", 2)) {
      List<String> toks = tokens(row[1]);
      cues.computeIfAbsent(row[0], k -> new HashMap<>())
          .computeIfAbsent(toks.get(toks.size() - 1), k -> new ArrayList<>()).add(toks);
    }
    cues.forEach((kind, byLast) -> {
      Map<String, Boolean> words = new HashMap<>();
      byLast.forEach((last, options) -> words.put(last, options.stream().anyMatch(o -> o.size() == 1)));
      cueWords.put(kind, words);
    });
    for (Map.Entry<String, Countries.Country> e : countries.namesAndAdjectives().entrySet()) {
      List<String> toks = tokens(e.getKey());
      if (!toks.isEmpty() && toks.get(0).equals("the")) {
        toks = toks.subList(1, toks.size());
      }
      if (!toks.isEmpty()) {
        countryPhrases.computeIfAbsent(toks.get(0), k -> new ArrayList<>()).add(Map.entry(toks, e.getValue().code()));
      }
    }
  }

  private List<String> tokens(String phrase) {
    List<String> out = new ArrayList<>();
    for (Token t : Token.tokenize(phrase, abbreviations)) {
      out.add(t.lc());
    }
    return out;
  }

  /** The states that have no office of the kind {@code role} names (empty when none is known). */
  Set<String> statesWithoutOffice(String role) {
    if (role == null) {
      return Set.of();
    }
    List<String> words = tokens(role);
    Set<String> out = new HashSet<>();
    for (Map.Entry<List<String>, Set<String>> e : officesAbsent) {
      if (java.util.Collections.indexOfSubList(words, e.getKey()) >= 0) {
        out.addAll(e.getValue());
      }
    }
    return out;
  }

  List<Token> tokenize(String text) {
    return Token.tokenize(text, abbreviations);
  }

  private static <T> Match<T> longest(List<Token> toks, int i, List<List<String>> options, T value) {
    int best = -1;
    if (options != null) {
      for (List<String> o : options) {
        if (i + o.size() <= toks.size() && o.size() > best - i) {
          boolean ok = true;
          for (int k = 0; k < o.size() && ok; k++) {
            ok = toks.get(i + k).lc().equals(o.get(k));
          }
          if (ok) {
            best = i + o.size();
          }
        }
      }
    }
    return best < 0 ? null : new Match<>(best, value);
  }

  /** A role title starting at token {@code i} (any case), its end. */
  Match<String> title(List<Token> toks, int i) {
    if (i >= toks.size()) {
      return null;
    }
    Match<String> m = longest(toks, i, titles.get(toks.get(i).lc()), null);
    if (m == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (int k = i; k < m.end(); k++) {
      sb.append(k > i ? " " : "").append(toks.get(k).text());
    }
    return new Match<>(m.end(), sb.toString());
  }

  /** An honorific starting at token {@code i}, its end. */
  Match<String> honorific(List<Token> toks, int i) {
    return i >= toks.size() ? null : longest(toks, i, honorifics.get(toks.get(i).lc()), "");
  }

  /** A country name or adjective starting at token {@code i}: its end and alpha-3 code. */
  Match<String> country(List<Token> toks, int i) {
    if (i >= toks.size() || !toks.get(i).capitalized()) {
      return null;
    }
    List<Map.Entry<List<String>, String>> options = countryPhrases.get(toks.get(i).lc());
    if (options == null) {
      return null;
    }
    Match<String> best = null;
    for (Map.Entry<List<String>, String> o : options) {
      List<String> p = o.getKey();
      if (i + p.size() <= toks.size() && (best == null || i + p.size() > best.end())) {
        boolean ok = true;
        for (int k = 0; k < p.size() && ok; k++) {
          ok = toks.get(i + k).lc().equals(p.get(k));
        }
        if (ok) {
          best = new Match<>(i + p.size(), o.getValue());
        }
      }
    }
    return best;
  }

  /** Whether a multi-word cue of {@code kind} ends at token {@code last} (inclusive). */
  boolean cueEndsAt(String kind, List<Token> toks, int last) {
    return cueStartEndingAt(kind, toks, last) >= 0;
  }

  /** The first token of a cue of {@code kind} that ends at token {@code last}, or -1. */
  int cueStartEndingAt(String kind, List<Token> toks, int last) {
    if (last < 0) {
      return -1;
    }
    List<List<String>> options = cues.getOrDefault(kind, Map.of()).get(toks.get(last).lc());
    if (options == null) {
      return -1;
    }
    for (List<String> o : options) {
      int s = last - o.size() + 1;
      if (s < 0) {
        continue;
      }
      boolean ok = true;
      for (int k = 0; k < o.size() && ok; k++) {
        ok = toks.get(s + k).lc().equals(o.get(k));
      }
      if (ok) {
        return s;
      }
    }
    return -1;
  }

  /** Whether token {@code i} begins a multi-word cue of {@code kind}; returns its end or -1. */
  int cueStartsAt(String kind, List<Token> toks, int i) {
    for (List<List<String>> options : cues.getOrDefault(kind, Map.of()).values()) {
      for (List<String> o : options) {
        if (i + o.size() <= toks.size()) {
          boolean ok = true;
          for (int k = 0; k < o.size() && ok; k++) {
            ok = toks.get(i + k).lc().equals(o.get(k));
          }
          if (ok) {
            return i + o.size();
          }
        }
      }
    }
    return -1;
  }

  boolean isCue(String kind, String word) {
    String w = word.toLowerCase(Locale.ROOT);
    Map<String, Boolean> byLast = cueWords.getOrDefault(kind, Map.of());
    Boolean single = byLast.get(w);
    if (single == null && w.length() > 3 && w.endsWith("s")) {
      single = byLast.get(w.substring(0, w.length() - 1)); // a plural: "Statements", "Remarks"
    }
    return single != null && single;
  }

  boolean titleWord(Token t) {
    return titleWords.contains(t.lc()) || titleTokens.contains(t.lc());
  }

  /** A lower-case name particle ("von", "da", "bin"). */
  boolean particle(Token t) {
    return t.lower() && particles.contains(t.text());
  }

  /** Letters after a name ("MP", "QC"). */
  boolean postnominal(Token t) {
    return postnominals.contains(t.text());
  }

  boolean honorificToken(Token t) {
    return honorifics.containsKey(t.lc());
  }
}
