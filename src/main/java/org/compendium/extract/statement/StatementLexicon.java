package org.compendium.extract.statement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.compendium.extract.TriggerGate;
import org.compendium.extract.Vocabulary;
import org.compendium.util.Resources;

/**
 * The word knowledge of statement extraction, loaded once from {@code extract/statement/*}: reporting verbs
 * (inflected form to lemma, with flags), light verbs and the speech-act nouns they carry, and the words that
 * shape speaker phrases (group heads, side nouns, titles). Immutable after loading.
 */
final class StatementLexicon {
  /** One reporting-verb form: its words, lemma, whether it is the bare base form, and its flags. */
  record VerbForm(List<String> words, String lemma, boolean base, boolean ing, String flags) {
    boolean passiveJoint() {
      return flags.contains("p") || flags.contains("x");
    }

    boolean passiveOnly() {
      return flags.contains("x");
    }

    boolean adjective() {
      return flags.contains("a");
    }

    boolean self() {
      return flags.contains("s");
    }

    boolean encounterWithWith() {
      return flags.contains("e");
    }
  }

  private final Map<String, List<VerbForm>> verbsByFirstWord = new HashMap<>();
  private final Map<String, String> lightNouns = new HashMap<>();
  private final Map<String, String> lightVerbs = new HashMap<>();
  private final Set<String> groups = new HashSet<>();
  private final Set<String> sides = new HashSet<>();
  private final Set<String> titles = new HashSet<>();
  private final Set<String> speechEvents = new HashSet<>();

  /** Verb forms and light verbs by id of their first word in the vocabulary (null / false: none). */
  private List<VerbForm>[] verbsById;
  private boolean[] lightById;

  private StatementLexicon() {}

  /** A lexicon with a vocabulary of its own (tests). */
  static StatementLexicon load() {
    return load(new Vocabulary());
  }

  /**
   * A lexicon whose verbs are also kept by their id in {@code vocabulary} (interned here: call it while the
   * pipeline is built), for tokens read off the shared tokens of that vocabulary.
   */
  @SuppressWarnings("unchecked")
  static StatementLexicon load(Vocabulary vocabulary) {
    StatementLexicon x = new StatementLexicon();
    for (String[] row : Resources.tsv("extract/statement/verbs.tsv", 3)) {
      List<String> words = List.of(row[0].toLowerCase(Locale.ROOT).split(" "));
      String lemma = row[1];
      boolean base = row[0].equals(lemma);
      VerbForm f = new VerbForm(words, lemma, base, words.get(0).endsWith("ing"), row[2]);
      x.verbsByFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(f);
    }
    // Longest forms first, so "pointed out" wins over a bare "pointed".
    x.verbsByFirstWord.values().forEach(l -> l.sort((a, b) -> b.words().size() - a.words().size()));
    for (String[] row : Resources.tsv("extract/statement/light-nouns.tsv", 2)) {
      x.lightNouns.put(row[0].toLowerCase(Locale.ROOT), row[1]);
    }
    for (String[] row : Resources.tsv("extract/statement/light-verbs.tsv", 2)) {
      x.lightVerbs.put(row[0].toLowerCase(Locale.ROOT), row[1]);
    }
    for (String[] row : Resources.tsv("extract/statement/subjects.tsv", 2)) {
      String w = row[0].toLowerCase(Locale.ROOT);
      switch (row[1]) {
        case "group" -> x.groups.add(w);
        case "side" -> x.sides.add(w);
        case "title" -> x.titles.add(w);
        case "speech" -> x.speechEvents.add(w);
        default -> throw new IllegalStateException("unknown subject word type: " + row[1]);
      }
    }
    Map<Integer, List<VerbForm>> verbIds = new HashMap<>();
    x.verbsByFirstWord.forEach((w, forms) -> verbIds.put(vocabulary.intern(w), forms));
    List<Integer> lightIds = x.lightVerbs.keySet().stream().map(vocabulary::intern).toList();
    x.verbsById = new List[verbIds.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1];
    verbIds.forEach((id, forms) -> x.verbsById[id] = forms);
    x.lightById = new boolean[lightIds.stream().mapToInt(Integer::intValue).max().orElse(-1) + 1];
    lightIds.forEach(id -> x.lightById[id] = true);
    return x;
  }

  /** The reporting-verb form that starts at token {@code i}, or null. */
  VerbForm verbAt(List<Token> tokens, int i) {
    int id = tokens.get(i).id();
    List<VerbForm> forms = id < 0 ? verbsByFirstWord.getOrDefault(tokens.get(i).lower(), List.of())
        : id < verbsById.length && verbsById[id] != null ? verbsById[id] : List.of();
    for (VerbForm f : forms) {
      if (i + f.words().size() > tokens.size()) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < f.words().size() && ok; k++) {
        ok = tokens.get(i + k).lower().equals(f.words().get(k));
      }
      if (ok) {
        return f;
      }
    }
    return null;
  }

  /** The act named by a speech-act noun ("explanation" -> explain), or null. */
  String lightNoun(String lower) {
    return lightNouns.get(lower);
  }

  boolean isLightVerb(String lower) {
    return lightVerbs.containsKey(lower);
  }

  /** {@link #isLightVerb(String)} of the token's lower-case form, by its id when it has one. */
  boolean isLightVerb(Token t) {
    int id = t.id();
    return id < 0 ? lightVerbs.containsKey(t.lower()) : id < lightById.length && lightById[id];
  }

  /** True for the bare base form of a light verb ("make", "give"). */
  boolean isLightBase(String lower) {
    return lower.equals(lightVerbs.get(lower));
  }

  boolean isGroup(String lower) {
    return groups.contains(lower);
  }

  boolean isSide(String lower) {
    return sides.contains(lower);
  }

  boolean isTitle(String lower) {
    return titles.contains(lower);
  }

  boolean isSpeechEvent(String lower) {
    return speechEvents.contains(lower);
  }

  /**
   * A gate for {@link ClauseAnalyzer#analyze}: a sentence finds a speech act only through a candidate, which is
   * a reporting-verb form (all its words occur) or a light verb with a speech-act noun (before it in the
   * passive "agreement was made", after it otherwise: both occur as {@link Token}s, which {@link TriggerGate}
   * sees exactly on the shared token ids of {@code vocabulary}. Also fires on "as ... follows", whose lead-in
   * needs the tokens of the whole sentence.
   */
  TriggerGate speechGate(Vocabulary vocabulary) {
    TriggerGate.Builder b = TriggerGate.builder().all("as", "follows");
    for (List<VerbForm> forms : verbsByFirstWord.values()) {
      for (VerbForm f : forms) {
        b.all(f.words());
      }
    }
    for (String verb : lightVerbs.keySet()) {
      for (String noun : lightNouns.keySet()) {
        b.all(verb, noun);
      }
    }
    return b.build(vocabulary);
  }

  int verbFormCount() {
    return verbsByFirstWord.values().stream().mapToInt(List::size).sum();
  }

  Set<String> lightNounSet() {
    return Collections.unmodifiableSet(lightNouns.keySet());
  }
}
