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

  private static final String DIR = "extract/commitment/";

  private final Map<String, List<String[]>> leadPhrases = new HashMap<>();
  private final Map<String, Lead> leadClass = new HashMap<>();
  private final Set<String> gerundLeads = new HashSet<>();
  private final Set<String> modals;
  private final Map<String, Set<String>> verbs = new HashMap<>();
  private final Map<String, Set<String>> nouns = new HashMap<>();
  private final Map<String, String> temporalCues = new HashMap<>();
  private final Map<String, List<String[]>> acceptance = new HashMap<>();

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
    return lex;
  }

  private static void addPhrase(Map<String, List<String[]>> index, String phrase) {
    String[] words = phrase.split("\\s+");
    List<String[]> list = index.computeIfAbsent(words[0], k -> new ArrayList<>());
    list.add(words);
    list.sort(Comparator.comparingInt((String[] w) -> w.length).reversed());
  }

  /** The longest lead phrase starting at token {@code i}, or null. Adverbs in -ly may sit between its words. */
  Match leadAt(List<Token> toks, int i) {
    String[] words = longestAt(leadPhrases, toks, i);
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
      if (longestAt(acceptance, toks, i) != null) {
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

  private static String[] longestAt(Map<String, List<String[]>> index, List<Token> toks, int i) {
    List<String[]> candidates = index.get(toks.get(i).lower());
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
    return modals.contains(t.lower());
  }

  /** Whether the verb form (or, for "-ing", "-s" and "-ed" forms, its base) has the class. */
  boolean verbIs(Token t, String cls) {
    String w = t.lower();
    if (has(verbs, w, cls)) {
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
    Set<String> s = nouns.get(t.lower());
    return s != null && s.contains(cls);
  }

  /** DEADLINE, PAST, FUTURE or null. */
  String temporalCue(Token t) {
    return temporalCues.get(t.lower());
  }

  /** For tests: every class named in the data files is known and every list is non-empty. */
  Map<String, Integer> sizes() {
    return Map.of("leads", leadClass.size(), "modals", modals.size(), "verbs", verbs.size(),
        "nouns", nouns.size(), "temporalCues", temporalCues.size(), "acceptance", acceptance.size());
  }
}
