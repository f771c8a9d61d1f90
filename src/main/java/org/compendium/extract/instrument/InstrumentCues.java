package org.compendium.extract.instrument;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.compendium.extract.Vocabulary;
import org.compendium.util.Resources;
import org.compendium.util.WordTokens.Token;

/**
 * The cue words for finding instruments ({@code instrument/cues.tsv}): head nouns, connectors, determiners,
 * signing verbs, future and prior markers, and the phrases that are never instruments. A lookup takes a
 * lower-case word, or a token whose id numbers its lower-case form in {@link #vocabulary()} (an array read).
 * Immutable after loading.
 */
public final class InstrumentCues {
  /** A head noun and how much it needs around it to name an instrument. */
  public record Head(String word, boolean strong, boolean plural, boolean needsSubject) {}

  /*
   * One bit per category: a word's categories are one mask, found by one lookup, and a question about several
   * categories ("a determiner, preposition or connector?") is one lookup too.
   */
  public static final int REJECT_MODIFIER = 1 << 0;
  public static final int REJECT_PHRASE = 1 << 1;
  public static final int VAGUE = 1 << 2;
  public static final int CONNECTOR = 1 << 3;
  public static final int INNER = 1 << 4;
  public static final int STOP = 1 << 5;
  public static final int TIME = 1 << 6;
  public static final int DETERMINER = 1 << 7;
  public static final int PREPOSITION = 1 << 8;
  public static final int PARTY = 1 << 9;
  public static final int MONTH = 1 << 10;
  public static final int SIGN_PAST = 1 << 11;
  public static final int SIGN_BASE = 1 << 12;
  public static final int FUTURE = 1 << 13;
  public static final int PLANNED_NOUN = 1 << 14;
  public static final int PLANNED_MODIFIER = 1 << 15;
  public static final int SIGN_NOUN = 1 << 16;
  public static final int PRIOR = 1 << 17;
  public static final int BLOCK = 1 << 18;
  public static final int GAP = 1 << 19;
  public static final int COMPOUND = 1 << 20;
  public static final int WITNESS = 1 << 21;
  public static final int PLURAL_PARTY = 1 << 22;
  public static final int OBJECT_GAP = 1 << 23;
  /** Head nouns (see {@link #head}). */
  public static final int HEAD = 1 << 24;
  private static final List<String> CATEGORIES = List.of("reject-modifier", "reject-phrase", "vague", "connector", "inner", "stop", "time", "determiner", "preposition", "party", "month", "sign-past", "sign-base", "future", "planned-noun", "planned-modifier", "sign-noun", "prior", "block", "gap", "compound", "witness", "plural-party", "object-gap");

  private final Map<String, Head> heads = new HashMap<>();
  private final Map<String, Set<String>> sets = new HashMap<>();
  private final Set<String> definite = new HashSet<>();
  /** By lower-case word: the bits of its categories (and {@link #HEAD}). */
  private final Map<String, Integer> masks = new HashMap<>();
  /** The vocabulary the words are numbered in, and the masks and heads by word id (beyond the arrays: none). */
  private final Vocabulary vocabulary;
  private final int[] maskById;
  private final Head[] headById;

  /** Cues numbered in a vocabulary of their own (tests, single annotators). */
  public InstrumentCues() {
    this(new Vocabulary());
  }

  /** Cues whose words are interned into the pipeline's {@code vocabulary} (call while the pipeline is built). */
  public InstrumentCues(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    for (String[] row : Resources.tsv("instrument/cues.tsv", 3)) {
      String cat = row[0];
      String word = row[1].toLowerCase(Locale.ROOT);
      if (cat.equals("head")) {
        heads.put(word, new Head(word, row[2].contains("strong"), row[2].contains("plural"),
            row[2].contains("subject")));
        continue;
      }
      if (cat.equals("determiner") && row[2].equals("definite")) {
        definite.add(word);
      }
      sets.computeIfAbsent(cat, k -> new HashSet<>()).add(word);
    }
    for (String needed : CATEGORIES) {
      if (!sets.containsKey(needed)) {
        throw new IllegalStateException("instrument/cues.tsv lacks category " + needed);
      }
    }
    for (String cat : sets.keySet()) {
      if (!CATEGORIES.contains(cat)) {
        throw new IllegalStateException("instrument/cues.tsv: unknown category " + cat);
      }
    }
    for (int c = 0; c < CATEGORIES.size(); c++) {
      int bit = 1 << c;
      for (String w : sets.get(CATEGORIES.get(c))) {
        masks.merge(w, bit, (a, b) -> a | b);
      }
    }
    for (String w : heads.keySet()) {
      masks.merge(w, HEAD, (a, b) -> a | b);
    }
    Map<Integer, String> ids = new HashMap<>();
    int max = -1;
    for (String w : masks.keySet()) {
      int id = vocabulary.intern(w);
      ids.put(id, w);
      max = Math.max(max, id);
    }
    maskById = new int[max + 1];
    headById = new Head[max + 1];
    ids.forEach((id, w) -> {
      maskById[id] = masks.get(w);
      headById[id] = heads.get(w);
    });
  }

  /** The vocabulary whose ids {@link #mask(Token)} and {@link #head(Token)} read. */
  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /** The category bits of a token's lower-case form, by its id when it has one in {@link #vocabulary()}. */
  public int mask(Token t) {
    int id = t.id();
    if (id < 0) {
      return mask(t.lower());
    }
    return id < maskById.length ? maskById[id] : 0;
  }

  /** Is the token's lower-case form in any of the categories of {@code categories}? */
  public boolean is(int categories, Token t) {
    return (mask(t) & categories) != 0;
  }

  /** The head noun a token's lower-case form is, or null. */
  public Head head(Token t) {
    int id = t.id();
    if (id < 0) {
      return heads.get(t.lower());
    }
    return id < headById.length ? headById[id] : null;
  }

  /** The category bits of a lower-case word (0: none). */
  public int mask(String lower) {
    Integer m = masks.get(lower);
    return m == null ? 0 : m;
  }

  /** Is {@code lower} in any of the categories of {@code categories} (bits such as {@code DETERMINER | STOP})? */
  public boolean is(int categories, String lower) {
    return (mask(lower) & categories) != 0;
  }

  public Head head(String lower) {
    return heads.get(lower);
  }

  public boolean definite(String lower) {
    return definite.contains(lower);
  }

  /** Entries of a category (phrases for reject-phrase and vague). */
  public Set<String> all(String category) {
    return Set.copyOf(sets.getOrDefault(category, Set.of()));
  }
}
