package org.compendium.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.compendium.util.Resources;
import org.compendium.util.WordTokens;

/**
 * Well-known international instruments ({@code resolve/instruments.tsv}): canonical title, aliases, year and
 * parties. Resolves a name as printed to an entry, exactly (same identifying words, in any order) or fuzzily
 * (one name's words contained in the other's, or large overlap), using the record's parties to choose among
 * candidates. Immutable after loading; shared by threads. Limits: no spelling correction; a name whose words
 * fit several entries equally and no party context resolves to nothing.
 */
public final class InstrumentRegistry {
  /** One instrument. {@code year} is null for instruments not yet concluded; parties empty = multilateral. */
  public record Entry(String id, String title, Integer year, Set<String> parties, List<String> aliases) {
    public boolean multilateral() {
      return parties.isEmpty();
    }

    // ids are unique: compare and hash by id alone (entries are map keys on hot paths)
    @Override
    public boolean equals(Object o) {
      return o instanceof Entry e && e.id.equals(id);
    }

    @Override
    public int hashCode() {
      return id.hashCode();
    }
  }

  /**
   * An alias phrase as tokens (as printed and in lower case), for scanning text; acronyms match
   * case-sensitively.
   */
  public record Phrase(List<String> tokens, List<String> lowerTokens, Entry entry, boolean caseSensitive) {}

  /** One title or alias of an entry; identity equality (names are only deduplicated by object). */
  private static final class Name {
    private final Entry entry;
    private final Set<String> words;

    Name(Entry entry, Set<String> words) {
      this.entry = entry;
      this.words = words;
    }

    Entry entry() {
      return entry;
    }

    Set<String> words() {
      return words;
    }
  }

  private static final double JACCARD = 0.6;

  private final InstrumentWords words;
  private final List<Entry> entries = new ArrayList<>();
  private final Map<String, Entry> byId = new LinkedHashMap<>();
  private final Map<Set<String>, Entry> exact = new HashMap<>();
  private final Map<String, List<Name>> index = new HashMap<>();
  private final Map<String, List<Phrase>> phrases = new HashMap<>();
  /** The phrases by first word, then by second word (see {@link #bySecond}). */
  private final Map<String, Map<String, List<Phrase>>> bySecond = new HashMap<>();
  private final Map<String, Set<String>> nameWords = new HashMap<>();

  private InstrumentRegistry(InstrumentWords words) {
    this.words = words;
  }

  public static InstrumentRegistry load(InstrumentWords words) {
    List<Entry> entries = new ArrayList<>();
    for (String[] row : Resources.tsv("resolve/instruments.tsv", 5)) {
      Set<String> parties = row[2].equals("multilateral") || row[2].isEmpty()
          ? Set.of() : Set.of(row[2].split("\\|"));
      List<String> aliases = new ArrayList<>();
      for (String a : row[4].split("\\|")) {
        if (!a.isBlank()) {
          aliases.add(a.strip());
        }
      }
      entries.add(new Entry(row[0], row[3], row[1].isEmpty() ? null : Integer.valueOf(row[1]), parties,
          List.copyOf(aliases)));
    }
    return of(words, entries);
  }

  /**
   * A registry of the given entries (the archive's own entries, tests), resolving with the same rules as the
   * bundled one. Ids must be unique.
   */
  public static InstrumentRegistry of(InstrumentWords words, List<Entry> entries) {
    InstrumentRegistry r = new InstrumentRegistry(words);
    for (Entry e : entries) {
      r.add(e);
    }
    r.phrases.replaceAll((k, v) -> {
      List<Phrase> sorted = new ArrayList<>(v);
      sorted.sort((a, b) -> Integer.compare(b.tokens().size(), a.tokens().size()));
      return List.copyOf(sorted);
    });
    r.phrases.forEach((first, list) -> r.bySecond.put(first, bySecond(list)));
    return r;
  }

  /**
   * For each lower-case second word of the phrases in {@code list}, the phrases that may match before it, in
   * list order: those of one token, the case-sensitive ones (matched on the printed text) and those whose
   * second word it is. Under the key {@code null}: the phrases that may match before any other word.
   */
  private static Map<String, List<Phrase>> bySecond(List<Phrase> list) {
    Map<String, List<Phrase>> out = new HashMap<>();
    for (Phrase p : list) {
      if (p.lowerTokens().size() > 1) {
        out.putIfAbsent(p.lowerTokens().get(1), null);
      }
    }
    out.put(null, null);
    out.replaceAll((second, none) -> list.stream().filter(p -> p.lowerTokens().size() == 1 || p.caseSensitive()
        || p.lowerTokens().get(1).equals(second)).toList());
    return out;
  }

  private void add(Entry e) {
    if (byId.putIfAbsent(e.id(), e) != null) {
      throw new IllegalStateException("instruments.tsv: duplicate id " + e.id());
    }
    entries.add(e);
    List<String> names = new ArrayList<>();
    names.add(e.title());
    names.addAll(e.aliases());
    for (String n : names) {
      Set<String> w = words.words(n);
      if (w.isEmpty()) {
        continue;
      }
      exact.putIfAbsent(w, e);
      nameWords.computeIfAbsent(e.id(), k -> new HashSet<>()).addAll(w);
      Name name = new Name(e, w);
      for (String word : w) {
        index.computeIfAbsent(word, k -> new ArrayList<>()).add(name);
      }
      List<String> toks = new ArrayList<>();
      for (WordTokens.Token t : WordTokens.tokenize(n)) {
        toks.add(t.text());
      }
      boolean acronym = n.equals(n.toUpperCase(Locale.ROOT)) && n.chars().anyMatch(Character::isLetter);
      if (toks.size() > 1 && toks.get(0).equalsIgnoreCase("the")) {
        toks.remove(0); // "The Auckland Challenge" is printed "the Auckland Challenge"
      }
      phrases.computeIfAbsent(toks.get(0).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(new Phrase(List.copyOf(toks), toks.stream().map(x -> x.toLowerCase(Locale.ROOT)).toList(), e, acronym));
    }
  }

  /** Every identifying word of an entry's title and aliases. */
  public Set<String> nameWords(Entry e) {
    return nameWords.getOrDefault(e.id(), Set.of());
  }

  public List<Entry> entries() {
    return Collections.unmodifiableList(entries);
  }

  public Optional<Entry> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public InstrumentWords words() {
    return words;
  }

  /**
   * The phrases of {@link #phrasesStartingWith(String)} that may match where {@code nextLower} (null: none)
   * follows {@code lowerToken}: the others, whose lower-case second word is another, are left out.
   */
  public List<Phrase> phrasesStartingWith(String lowerToken, String nextLower) {
    Map<String, List<Phrase>> m = bySecond.get(lowerToken);
    if (m == null) {
      return List.of();
    }
    List<Phrase> l = m.get(nextLower);
    return l != null ? l : m.get(null);
  }

  /** The lower-case first tokens of the alias and title phrases. */
  public Set<String> phraseFirstWords() {
    return Collections.unmodifiableSet(phrases.keySet());
  }

  /** Alias and title phrases whose first token is {@code lowerToken}, longest first. */
  public List<Phrase> phrasesStartingWith(String lowerToken) {
    return phrases.getOrDefault(lowerToken, List.of());
  }

  /** The entry whose title or an alias has exactly the identifying words of {@code name}. */
  public Optional<Entry> exact(String name) {
    return Optional.ofNullable(exact.get(words.words(name)));
  }

  /**
   * Resolves a name as printed. {@code context} holds the record's party codes (may be empty);
   * {@code truncated} says the name's last word may be cut short (the text ends there).
   */
  public Optional<Entry> resolve(String name, Set<String> context, boolean truncated) {
    return resolve(words.words(name), context, truncated);
  }

  /** As {@link #resolve(String, Set, boolean)} for a name already reduced by {@link InstrumentWords#words}. */
  public Optional<Entry> resolve(Set<String> m, Set<String> context, boolean truncated) {
    if (m.isEmpty()) {
      return Optional.empty();
    }
    Entry hit = exact.get(m);
    if (hit != null && partiesFit(hit, m)) {
      return Optional.of(hit);
    }
    if (m.stream().noneMatch(words::isHead)) {
      return Optional.empty(); // without a head noun only an exact alias is trusted ("CTBT", "Six-Party Talks")
    }
    String partial = truncated ? last(m) : null;
    Map<Entry, Double> best = new LinkedHashMap<>();
    for (Name n : candidates(m, partial)) {
      if (!partiesFit(n.entry(), m)) {
        continue;
      }
      if (!n.entry().multilateral() && !context.isEmpty() && !inContext(n.entry(), context) && !namesParty(n.entry(), m)) {
        continue; // a kind of agreement many pairs sign ("Acquisition and Cross-Servicing Agreement"): another pair's
      }
      double s = score(m, n.words(), partial);
      if (s <= 0) {
        continue;
      }
      if (s > 0.5 + 1e-9 && m.size() <= n.words().size() && n.words().containsAll(without(m, partial))
          && distinctCount(m) < 2 && (n.entry().multilateral() || !inContext(n.entry(), context))) {
        continue; // a short form with one telling word ("Treaty of Amity") needs the record's parties to fit
      }
      if (!n.entry().multilateral() && inContext(n.entry(), context)) {
        s += 1; // the record's own parties decide among look-alikes
      }
      best.merge(n.entry(), s, Math::max);
    }
    Entry top = null;
    double topScore = 0;
    boolean tie = false;
    for (Map.Entry<Entry, Double> e : best.entrySet()) {
      if (e.getValue() > topScore + 1e-9) {
        top = e.getKey();
        topScore = e.getValue();
        tie = false;
      } else if (Math.abs(e.getValue() - topScore) < 1e-9) {
        tie = true;
      }
    }
    return tie || top == null ? Optional.empty() : Optional.of(top);
  }

  /**
   * Resolves a name made only of generic words ("the Joint Communique") by the record's parties: the one
   * bilateral entry between exactly those parties whose title or alias holds all its words.
   */
  public Optional<Entry> resolveByParties(String name, Set<String> context) {
    return resolveByParties(words.words(name), context);
  }

  /** As {@link #resolveByParties(String, Set)} for reduced words. */
  public Optional<Entry> resolveByParties(Set<String> m, Set<String> context) {
    if (m.isEmpty() || context.size() < 2) {
      return Optional.empty();
    }
    Entry found = null;
    for (Name n : candidates(m, null)) {
      Entry e = n.entry();
      if (e == found || e.multilateral() || !n.words().containsAll(m) || !inContext(e, context)
          || e.parties().size() != context.size()) {
        continue;
      }
      if (found != null) {
        return Optional.empty();
      }
      found = e;
    }
    return Optional.ofNullable(found);
  }

  private static Set<String> without(Set<String> m, String partial) {
    if (partial == null) {
      return m;
    }
    Set<String> out = new HashSet<>(m);
    out.remove(partial);
    return out;
  }

  private int distinctCount(Set<String> m) {
    int n = 0;
    for (String w : m) {
      if (distinctive(w)) {
        n++;
      }
    }
    return n;
  }

  /** Names sharing a telling word with {@code m} (any word when it has none: "Joint Communique"). */
  private List<Name> candidates(Set<String> m, String partial) {
    List<Name> out = new ArrayList<>();
    Set<Name> seen = new HashSet<>();
    boolean anyDistinct = false;
    for (String w : m) {
      anyDistinct |= !w.equals(partial) && distinctive(w);
    }
    for (String w : m) {
      if (w.equals(partial) || (anyDistinct && !distinctive(w))) {
        continue;
      }
      for (Name n : index.getOrDefault(w, List.of())) {
        if (seen.add(n)) {
          out.add(n);
        }
      }
    }
    return out;
  }

  /** How well name words {@code m} fit entry name words {@code a}: 0 when they do not fit. */
  private double score(Set<String> m, Set<String> a, String partial) {
    int inter = 0;
    boolean distinctShared = false;
    for (String w : m) {
      boolean in = a.contains(w) || (w.equals(partial) && w.length() >= 4 && a.stream().anyMatch(x -> x.startsWith(w)));
      if (in) {
        inter++;
        if (distinctive(w)) {
          distinctShared = true;
        }
      }
    }
    if (inter == 0 || !distinctShared) {
      return 0;
    }
    int union = m.size() + a.size() - inter;
    double jaccard = (double) inter / union;
    if (inter == m.size() && m.size() >= 2) {
      return 0.5 + jaccard; // every printed word is in the entry's name: a short form of it
    }
    for (String w : m) {
      if (!a.contains(w) && distinctive(w)) {
        return 0; // the printed name says something the entry's name does not: another instrument
      }
    }
    if (inter == a.size() && a.size() >= 2 && (double) a.size() / m.size() >= 0.5) {
      return 0.4 + jaccard; // the printed name adds only generic words to the entry's name
    }
    return jaccard >= JACCARD ? jaccard : 0;
  }

  private boolean distinctive(String w) {
    return !words.isGeneric(w) && !words.isHead(w) && !isCode(w);
  }

  /** Country codes are the only upper-case identifying words. */
  public static boolean isCode(String w) {
    return w.length() == 3 && w.equals(w.toUpperCase(Locale.ROOT));
  }

  /** A bilateral entry fits only if every country the name mentions is one of its parties. */
  private static boolean partiesFit(Entry e, Set<String> m) {
    if (e.multilateral()) {
      return true;
    }
    for (String w : m) {
      if (isCode(w) && !hasParty(e, w)) {
        return false;
      }
    }
    return true;
  }

  /** Does the printed name itself name one of the entry's parties ("Japan-U.S. ...")? */
  private static boolean namesParty(Entry e, Set<String> m) {
    for (String w : m) {
      if (isCode(w) && hasParty(e, w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean inContext(Entry e, Set<String> context) {
    for (String p : e.parties()) {
      if (!context.contains(p) && !(p.equals("SUN") && context.contains("RUS"))
          && !(p.equals("RUS") && context.contains("SUN"))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasParty(Entry e, String code) {
    return e.parties().contains(code) || (code.equals("RUS") && e.parties().contains("SUN"))
        || (code.equals("SUN") && e.parties().contains("RUS"));
  }

  private static String last(Set<String> m) {
    String l = null;
    for (String w : m) {
      l = w;
    }
    return l;
  }
}
