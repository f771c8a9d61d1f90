package org.compendium.extract.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.compendium.extract.Tokens;
import org.compendium.extract.Vocabulary;
import org.compendium.resolve.Countries;
import org.compendium.util.Resources;

/**
 * The word lists person finding rests on, loaded once from {@code person/} (titles, honorifics, title words,
 * participation cues) plus country names and adjectives from {@link Countries}. Every word is interned in the
 * pipeline's {@link Vocabulary}, and the lists are kept by word id: multi-word entries as id arrays matched
 * longest first at a token position, single-word facts as flags per id, so a token is looked up by index.
 */
final class PersonLexicon {
  /** A phrase matched at a token position: the tokens it covers and its value. */
  record Match<T>(int end, T value) {}

  /** A country name or adjective as word ids, with its alpha-3 code. */
  private record CountryPhrase(int[] words, String code) {}

  /** One kind of cue: its phrases by last word, in start order, and which words are a cue on their own. */
  private static final class Cue {
    int[][][] byLast = new int[0][][];
    /** Per first word: the phrases in the order {@link #cueStartsAt} tries them. */
    int[][][] byFirst = new int[0][][];
    /** Per word id: a cue on its own, directly or as a plural ("Statements"). */
    boolean[] single = new boolean[0];
  }

  private static final int TITLE_WORD = 1;
  private static final int HONORIFIC = 1 << 1;
  private static final int PARTICLE = 1 << 2;
  private static final int POSTNOMINAL = 1 << 3;
  private static final int ABBREVIATION = 1 << 4;

  final Countries countries;
  final Vocabulary vocabulary;
  final Set<String> abbreviations = new HashSet<>();
  private final Set<String> particles = new HashSet<>();
  private final Set<String> postnominals = new HashSet<>();
  private final List<Map.Entry<List<String>, Set<String>>> officesAbsent = new ArrayList<>();
  /** Per word id: title and honorific phrases starting with it, country phrases, flags. */
  private final int[][][] titles;
  private final int[][][] honorifics;
  private final CountryPhrase[][] countryPhrases;
  private final byte[] wordFlags;
  private final Map<String, Cue> cues = new HashMap<>();
  /** The kinds (interned strings) and their cues, scanned by identity: callers pass literals. */
  private String[] kindNames = new String[0];
  private Cue[] kindCues = new Cue[0];

  /** A lexicon with its own vocabulary (for tests and single annotators). */
  PersonLexicon(Countries countries) {
    this(countries, new Vocabulary());
  }

  PersonLexicon(Countries countries, Vocabulary vocabulary) {
    this.countries = countries;
    this.vocabulary = vocabulary;
    for (String a : Resources.lines("structure/abbreviations.txt")) {
      abbreviations.add(a);
    }
    for (String h : Resources.lines("person/honorifics.txt")) {
      if (h.endsWith(".") && h.indexOf('.') == h.length() - 1) {
        abbreviations.add(h.substring(0, h.length() - 1));
      }
    }
    Map<Integer, List<int[]>> titleMap = new HashMap<>();
    Map<Integer, List<int[]>> honorificMap = new HashMap<>();
    Map<Integer, List<CountryPhrase>> countryMap = new HashMap<>();
    Map<Integer, Integer> flags = new HashMap<>();
    for (String a : abbreviations) {
      flags.merge(vocabulary.intern(a), ABBREVIATION, (x, y) -> x | y);
    }
    vocabulary.intern("'s");
    for (String t : Resources.lines("person/titles.txt")) {
      int[] ids = ids(t);
      titleMap.computeIfAbsent(ids[0], k -> new ArrayList<>()).add(ids);
      for (int id : ids) {
        flags.merge(id, TITLE_WORD, (x, y) -> x | y);
      }
    }
    for (String h : Resources.lines("person/honorifics.txt")) {
      int[] ids = ids(h);
      honorificMap.computeIfAbsent(ids[0], k -> new ArrayList<>()).add(ids);
      flags.merge(ids[0], HONORIFIC, (x, y) -> x | y);
    }
    for (String w : Resources.lines("person/postnominals.txt")) {
      postnominals.add(w);
      flags.merge(vocabulary.intern(w), POSTNOMINAL, (x, y) -> x | y);
    }
    for (String w : Resources.lines("person/name-particles.txt")) {
      particles.add(w);
      flags.merge(vocabulary.intern(w), PARTICLE, (x, y) -> x | y);
    }
    for (String w : Resources.lines("person/title-words.txt")) {
      flags.merge(vocabulary.intern(w), TITLE_WORD, (x, y) -> x | y);
    }
    for (String[] row : Resources.tsv("person/offices-absent.tsv", 2)) {
      officesAbsent.add(Map.entry(tokens(row[0]), Set.of(row[1].split("\\|"))));
    }
    // The cues as before (lists of words by last word, in HashMap order), then compiled to ids in that order.
    Map<String, Map<String, List<List<String>>>> cueWords = new HashMap<>();
    for (String[] row : Resources.tsv("person/cues.tsv", 2)) {
      List<String> toks = tokens(row[1]);
      cueWords.computeIfAbsent(row[0], k -> new HashMap<>())
          .computeIfAbsent(toks.get(toks.size() - 1), k -> new ArrayList<>()).add(toks);
    }
    Map<String, Map<Integer, List<int[]>>> cueLast = new HashMap<>();
    Map<String, Map<Integer, List<int[]>>> cueFirst = new HashMap<>();
    Map<String, Map<Integer, Boolean>> cueSingle = new HashMap<>();
    cueWords.forEach((kind, byLast) -> {
      Map<Integer, List<int[]>> last = cueLast.computeIfAbsent(kind, k -> new HashMap<>());
      Map<Integer, List<int[]>> first = cueFirst.computeIfAbsent(kind, k -> new HashMap<>());
      Map<Integer, Boolean> single = cueSingle.computeIfAbsent(kind, k -> new HashMap<>());
      byLast.forEach((word, options) -> {
        for (List<String> o : options) {
          int[] ids = new int[o.size()];
          for (int k = 0; k < ids.length; k++) {
            ids[k] = vocabulary.intern(o.get(k));
          }
          last.computeIfAbsent(ids[ids.length - 1], k -> new ArrayList<>()).add(ids);
          first.computeIfAbsent(ids[0], k -> new ArrayList<>()).add(ids);
        }
        single.put(vocabulary.intern(word), options.stream().anyMatch(o -> o.size() == 1));
      });
      // isCue's plural rule: "xs" (longer than 3) is read as "x" when "xs" ends no cue itself.
      byLast.forEach((word, options) -> {
        String plural = word + "s";
        if (plural.length() > 3 && !byLast.containsKey(plural)) {
          single.put(vocabulary.intern(plural), options.stream().anyMatch(o -> o.size() == 1));
        }
      });
    });
    for (Map.Entry<String, Countries.Country> e : countries.namesAndAdjectives().entrySet()) {
      List<String> toks = tokens(e.getKey());
      if (!toks.isEmpty() && toks.get(0).equals("the")) {
        toks = toks.subList(1, toks.size());
      }
      if (!toks.isEmpty()) {
        int[] ids = new int[toks.size()];
        for (int k = 0; k < ids.length; k++) {
          ids[k] = vocabulary.intern(toks.get(k));
        }
        countryMap.computeIfAbsent(ids[0], k -> new ArrayList<>()).add(new CountryPhrase(ids, e.getValue().code()));
      }
    }
    int size = 1 + max(titleMap.keySet(), honorificMap.keySet(), countryMap.keySet(), flags.keySet());
    titles = new int[size][][];
    titleMap.forEach((k, v) -> titles[k] = v.toArray(new int[0][]));
    honorifics = new int[size][][];
    honorificMap.forEach((k, v) -> honorifics[k] = v.toArray(new int[0][]));
    countryPhrases = new CountryPhrase[size][];
    countryMap.forEach((k, v) -> countryPhrases[k] = v.toArray(new CountryPhrase[0]));
    wordFlags = new byte[size];
    flags.forEach((k, v) -> wordFlags[k] = (byte) (int) v);
    cueLast.forEach((kind, last) -> {
      Cue c = new Cue();
      int n = 1 + max(last.keySet(), cueFirst.get(kind).keySet(), cueSingle.get(kind).keySet());
      c.byLast = new int[n][][];
      last.forEach((k, v) -> c.byLast[k] = v.toArray(new int[0][]));
      c.byFirst = new int[n][][];
      cueFirst.get(kind).forEach((k, v) -> c.byFirst[k] = v.toArray(new int[0][]));
      c.single = new boolean[n];
      cueSingle.get(kind).forEach((k, v) -> c.single[k] = v);
      cues.put(kind, c);
    });
    kindNames = new String[cues.size()];
    kindCues = new Cue[cues.size()];
    int kn = 0;
    for (Map.Entry<String, Cue> e : cues.entrySet()) {
      kindNames[kn] = e.getKey().intern();
      kindCues[kn++] = e.getValue();
    }
  }

  /** A fixed word list as a membership table by word id (interned now, so only while building). */
  boolean[] idSet(java.util.Collection<String> words) {
    int[] ids = new int[words.size()];
    int max = -1;
    int k = 0;
    for (String w : words) {
      ids[k] = vocabulary.intern(w);
      max = Math.max(max, ids[k++]);
    }
    boolean[] out = new boolean[max + 1];
    for (int id : ids) {
      out[id] = true;
    }
    return out;
  }

  /** Whether token {@code t}'s lower-case form is in an {@link #idSet}. */
  static boolean in(boolean[] set, Token t) {
    int id = t.id();
    return id < set.length && set[id];
  }

  @SafeVarargs
  private static int max(Set<Integer>... sets) {
    int m = -1;
    for (Set<Integer> s : sets) {
      for (int k : s) {
        m = Math.max(m, k);
      }
    }
    return m;
  }

  private List<String> tokens(String phrase) {
    return Token.words(phrase, abbreviations);
  }

  private int[] ids(String phrase) {
    List<String> words = tokens(phrase);
    int[] out = new int[words.size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = vocabulary.intern(words.get(k));
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

  /** The person tokens of a text (tokenized here; the annotator uses the document's shared tokens). */
  List<Token> tokenize(String text) {
    return tokenize(Tokens.of(text, vocabulary));
  }

  /** The person tokens over a document's shared tokens (numbered by this lexicon's vocabulary). */
  List<Token> tokenize(Tokens shared) {
    return Token.of(shared, abbreviations, id -> (flags(id) & ABBREVIATION) != 0);
  }

  private int flags(int id) {
    return id < wordFlags.length ? wordFlags[id] : 0;
  }

  private static boolean matchAt(List<Token> toks, int i, int[] o) {
    for (int k = 0; k < o.length; k++) {
      if (toks.get(i + k).id() != o[k]) {
        return false;
      }
    }
    return true;
  }

  private static int longest(List<Token> toks, int i, int[][] options) {
    int best = -1;
    if (options != null) {
      for (int[] o : options) {
        if (i + o.length <= toks.size() && o.length > best - i && matchAt(toks, i, o)) {
          best = i + o.length;
        }
      }
    }
    return best;
  }

  private static int[][] of(int[][][] byId, int id) {
    return id < byId.length ? byId[id] : null;
  }

  /** A role title starting at token {@code i} (any case), its end. */
  Match<String> title(List<Token> toks, int i) {
    if (i >= toks.size()) {
      return null;
    }
    int end = longest(toks, i, of(titles, toks.get(i).id()));
    if (end < 0) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (int k = i; k < end; k++) {
      sb.append(k > i ? " " : "").append(toks.get(k).text());
    }
    return new Match<>(end, sb.toString());
  }

  /** An honorific starting at token {@code i}, its end. */
  Match<String> honorific(List<Token> toks, int i) {
    if (i >= toks.size()) {
      return null;
    }
    int end = longest(toks, i, of(honorifics, toks.get(i).id()));
    return end < 0 ? null : new Match<>(end, "");
  }

  /** A country name or adjective starting at token {@code i}: its end and alpha-3 code. */
  Match<String> country(List<Token> toks, int i) {
    if (i >= toks.size() || !toks.get(i).capitalized()) {
      return null;
    }
    int id = toks.get(i).id();
    CountryPhrase[] options = id < countryPhrases.length ? countryPhrases[id] : null;
    if (options == null) {
      return null;
    }
    int bestEnd = -1;
    String bestCode = null;
    for (CountryPhrase o : options) {
      int[] p = o.words();
      if (i + p.length <= toks.size() && (bestCode == null || i + p.length > bestEnd) && matchAt(toks, i, p)) {
        bestEnd = i + p.length;
        bestCode = o.code();
      }
    }
    return bestCode == null ? null : new Match<>(bestEnd, bestCode);
  }

  private Cue cue(String kind) {
    for (int k = 0; k < kindNames.length; k++) {
      if (kindNames[k] == kind) {
        return kindCues[k];
      }
    }
    return cues.get(kind);
  }

  /** Whether a multi-word cue of {@code kind} ends at token {@code last} (inclusive). */
  boolean cueEndsAt(String kind, List<Token> toks, int last) {
    return cueStartEndingAt(kind, toks, last) >= 0;
  }

  /** The first token of a cue of {@code kind} that ends at token {@code last}, or -1. */
  int cueStartEndingAt(String kind, List<Token> toks, int last) {
    Cue c = cue(kind);
    if (last < 0 || c == null) {
      return -1;
    }
    int[][] options = of(c.byLast, toks.get(last).id());
    if (options == null) {
      return -1;
    }
    for (int[] o : options) {
      int s = last - o.length + 1;
      if (s >= 0 && matchAt(toks, s, o)) {
        return s;
      }
    }
    return -1;
  }

  /** Whether token {@code i} begins a multi-word cue of {@code kind}; returns its end or -1. */
  int cueStartsAt(String kind, List<Token> toks, int i) {
    Cue c = cue(kind);
    if (c == null || i >= toks.size()) {
      return -1;
    }
    int[][] options = of(c.byFirst, toks.get(i).id());
    if (options != null) {
      for (int[] o : options) {
        if (i + o.length <= toks.size() && matchAt(toks, i, o)) {
          return i + o.length;
        }
      }
    }
    return -1;
  }

  /** Whether {@code word} (any case, or its plural) is a one-word cue of {@code kind}. */
  boolean isCue(String kind, String word) {
    Cue c = cue(kind);
    if (c == null) {
      return false;
    }
    int id = vocabulary.id(word);
    return id >= 0 && id < c.single.length && c.single[id];
  }

  /** Whether token {@code t} (any case, or its plural) is a one-word cue of {@code kind}. */
  boolean isCue(String kind, Token t) {
    Cue c = cue(kind);
    int id = t.id();
    return c != null && id < c.single.length && c.single[id];
  }

  boolean titleWord(Token t) {
    return (flags(t.id()) & TITLE_WORD) != 0;
  }

  /** A lower-case name particle ("von", "da", "bin"). */
  boolean particle(Token t) {
    return t.lower() && (flags(t.id()) & PARTICLE) != 0 && particles.contains(t.text());
  }

  /** Letters after a name ("MP", "QC"). */
  boolean postnominal(Token t) {
    return (flags(t.id()) & POSTNOMINAL) != 0 && postnominals.contains(t.text());
  }

  boolean honorificToken(Token t) {
    return (flags(t.id()) & HONORIFIC) != 0;
  }
}
