package org.compendium.extract.commitment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.compendium.util.Resources;

/**
 * The word lists behind commitment finding, from the data files in {@code extract/commitment/}: lead phrases
 * with their class, future modals, verb and noun roles, date cues and acceptance phrases. Immutable after
 * loading; one instance serves every thread.
 */
final class CueLexicon {
  /** How a lead phrase bears on a commitment (see leads.tsv). */
  enum Lead { STRONG, AGREE, DECIDED, DIRECTIVE, FIRM, WEAK, COGNITIVE, PROPOSAL, NEUTRAL }

  /** A multi-word phrase matched on tokens; {@code end} is the index after its last token. */
  record Match(String[] words, String label, int start, int end) {}

  /**
   * Everything the lexicon knows of one lower-case word, so that a token is looked up once however many
   * questions are asked of it: the lead and acceptance phrases it opens (longest first, or null), whether it
   * is a modal, its verb and noun classes (or null) and its date cue (or null).
   */
  record Word(List<String[]> leads, List<String[]> accepts, boolean modal, Set<String> verbClasses,
      Set<String> nounClasses, String temporalCue) {
    static final Word NONE = new Word(null, null, false, null, null, null);
  }

  private static final String DIR = "extract/commitment/";

  private final Map<String, List<String[]>> leadPhrases = new HashMap<>();
  private final Map<String, Lead> leadClass = new HashMap<>();
  private final Set<String> gerundLeads = new HashSet<>();
  private final Set<String> modals;
  private final Map<String, Set<String>> verbs = new HashMap<>();
  private final Map<String, Set<String>> nouns = new HashMap<>();
  private final Map<String, String> temporalCues = new HashMap<>();
  private final Map<String, List<String[]>> acceptance = new HashMap<>();
  /** Every word any list above has, with all it knows of it (built after loading). */
  private final Map<String, Word> words = new HashMap<>();

  private CueLexicon() {
    modals = org.compendium.util.WordSet.copyOf(Resources.lines(DIR + "modals.txt"));
  }

  static CueLexicon load() {
    CueLexicon lex = new CueLexicon();
    for (String[] row : Resources.tsv(DIR + "leads.tsv", 3)) {
      String phrase = row[0].toLowerCase(Locale.ROOT);
      lex.leadClass.put(phrase, Lead.valueOf(row[1]));
      if (row[2].equals("GERUND")) {
        lex.gerundLeads.add(phrase);
      }
      addPhrase(lex.leadPhrases, phrase);
    }
    for (String[] row : Resources.tsv(DIR + "verbs.tsv", 2)) {
      lex.verbs.computeIfAbsent(row[0].toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(row[1]);
    }
    for (String[] row : Resources.tsv(DIR + "nouns.tsv", 2)) {
      lex.nouns.computeIfAbsent(row[0].toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(row[1]);
    }
    for (String[] row : Resources.tsv(DIR + "temporal-cues.tsv", 2)) {
      lex.temporalCues.put(row[0].toLowerCase(Locale.ROOT), row[1]);
    }
    for (String line : Resources.lines(DIR + "acceptance.txt")) {
      addPhrase(lex.acceptance, line.toLowerCase(Locale.ROOT));
    }
    Set<String> all = new HashSet<>(lex.leadPhrases.keySet());
    all.addAll(lex.acceptance.keySet());
    all.addAll(lex.modals);
    all.addAll(lex.verbs.keySet());
    all.addAll(lex.nouns.keySet());
    all.addAll(lex.temporalCues.keySet());
    for (String w : all) {
      lex.words.put(w, new Word(lex.leadPhrases.get(w), lex.acceptance.get(w), lex.modals.contains(w),
          lex.verbs.get(w), lex.nouns.get(w), lex.temporalCues.get(w)));
    }
    return lex;
  }

  /** What the lexicon knows of a lower-case word ({@link Word#NONE} if nothing). */
  Word word(String lower) {
    return words.getOrDefault(lower, Word.NONE);
  }

  /**
   * What the lexicon knows of each word, by its id in {@code vocabulary} (which this interns the words into, so
   * call it while the pipeline is built); ids of words the lexicon lacks read null.
   */
  Word[] byId(org.compendium.extract.Vocabulary vocabulary) {
    Map<Integer, Word> ids = new HashMap<>();
    int max = -1;
    for (Map.Entry<String, Word> e : words.entrySet()) {
      int id = vocabulary.intern(e.getKey());
      ids.put(id, e.getValue());
      max = Math.max(max, id);
    }
    Word[] out = new Word[max + 1];
    ids.forEach((id, w) -> out[id] = w);
    return out;
  }

  private Word word(Token t) {
    return t.cue() != null ? t.cue() : word(t.lower());
  }

  private static void addPhrase(Map<String, List<String[]>> index, String phrase) {
    String[] words = phrase.split("\\s+");
    List<String[]> list = index.computeIfAbsent(words[0], k -> new ArrayList<>());
    list.add(words);
    list.sort(Comparator.comparingInt((String[] w) -> w.length).reversed());
  }

  /** The longest lead phrase starting at token {@code i}, or null. Adverbs in -ly may sit between its words. */
  Match leadAt(List<Token> toks, int i) {
    String[] words = longestAt(word(toks.get(i)).leads(), toks, i);
    if (words == null) {
      return null;
    }
    String phrase = String.join(" ", words);
    return new Match(words, phrase, i, endOf(words, toks, i));
  }

  Lead leadClass(Match m) {
    return leadClass.get(m.label());
  }

  /** Whether the lead's "to" is a preposition, so its act is a gerund ("committed to developing"). */
  boolean gerundLead(Match m) {
    return gerundLeads.contains(m.label());
  }

  /** Whether an acceptance phrase occurs anywhere in {@code toks}. */
  boolean hasAcceptance(List<Token> toks) {
    return acceptIndex(toks, 0, toks.size()) >= 0;
  }

  /**
   * Where in {@code toks[from, to)} a proposal is accepted: an acceptance phrase, or a form of "accept" with an
   * offer noun a few words on ("accepted President Hu's invitation"); -1 if none.
   */
  int acceptIndex(List<Token> toks, int from, int to) {
    for (int i = from; i < to; i++) {
      if (longestAt(word(toks.get(i)).accepts(), toks, i) != null) {
        return i;
      }
      boolean bare = i + 1 < to && (toks.get(i + 1).is(".") || toks.get(i + 1).is("with"));
      if ((toks.get(i).is("accepted") || toks.get(i).is("agreed")) && bare) {
        return i; // "The President accepted." "He agreed with pleasure."
      }
      if (toks.get(i).lower().startsWith("accept")) {
        for (int k = i + 1; k < to && k <= i + 5; k++) {
          if (nounIs(toks.get(k), "OFFER")) {
            return i;
          }
        }
      }
    }
    return -1;
  }

  /** The first of {@code candidates} (the phrases token i opens, longest first; may be null) matched at i. */
  private static String[] longestAt(List<String[]> candidates, List<Token> toks, int i) {
    if (candidates == null) {
      return null;
    }
    for (String[] words : candidates) {
      if (endOf(words, toks, i) > 0) {
        return words;
      }
    }
    return null;
  }

  /** The index after the phrase matched at {@code i}, or -1. */
  private static int endOf(String[] words, List<Token> toks, int i) {
    int j = i;
    for (int w = 0; w < words.length; w++) {
      while (w > 0 && j < toks.size() && toks.get(j).adverb() && toks.get(j).lower().endsWith("ly")
          && !toks.get(j).is(words[w])) {
        j++;
      }
      if (j >= toks.size() || !toks.get(j).is(words[w])) {
        return -1;
      }
      j++;
    }
    return j;
  }

  boolean modal(Token t) {
    return word(t).modal();
  }

  /** Whether the verb form (or, for "-ing", "-s" and "-ed" forms, its base) has the class. */
  boolean verbIs(Token t, String cls) {
    String w = t.lower();
    Set<String> own = word(t).verbClasses();
    if (own != null && own.contains(cls)) {
      return true;
    }
    for (String suffix : new String[] {"ing", "ed", "s"}) {
      if (w.endsWith(suffix) && w.length() > suffix.length() + 2) {
        String stem = w.substring(0, w.length() - suffix.length());
        if (has(verbs, stem, cls) || has(verbs, stem + "e", cls)
            || stem.length() > 3 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
            && has(verbs, stem.substring(0, stem.length() - 1), cls)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean has(Map<String, Set<String>> map, String word, String cls) {
    Set<String> s = map.get(word);
    return s != null && s.contains(cls);
  }

  boolean nounIs(Token t, String cls) {
    Set<String> s = word(t).nounClasses();
    return s != null && s.contains(cls);
  }

  /** DEADLINE, PAST, FUTURE or null. */
  String temporalCue(Token t) {
    return word(t).temporalCue();
  }

  /** Every lead phrase, as its words, with its class (for the trigger gates). */
  Map<List<String>, Lead> leadPhrases() {
    Map<List<String>, Lead> out = new HashMap<>();
    leadClass.forEach((phrase, cls) -> out.put(List.of(phrase.split("\\s+")), cls));
    return out;
  }

  /** Every acceptance phrase, as its words (for the trigger gates). */
  List<List<String>> acceptancePhrases() {
    List<List<String>> out = new ArrayList<>();
    acceptance.values().forEach(l -> l.forEach(words -> out.add(List.of(words))));
    return out;
  }

  Set<String> modalWords() {
    return modals;
  }

  /** The nouns of a noun class ("EVENT", "OFFER"). */
  Set<String> nounsOf(String cls) {
    Set<String> out = new HashSet<>();
    nouns.forEach((w, classes) -> {
      if (classes.contains(cls)) {
        out.add(w);
      }
    });
    return out;
  }

  /** For tests: every class named in the data files is known and every list is non-empty. */
  Map<String, Integer> sizes() {
    return Map.of("leads", leadClass.size(), "modals", modals.size(), "verbs", verbs.size(),
        "nouns", nouns.size(), "temporalCues", temporalCues.size(), "acceptance", acceptance.size());
  }
}
