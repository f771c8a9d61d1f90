package org.compendium.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A nearly free pre-check for a word-pattern annotator, read on the shared {@link Tokens}: a stretch of text
 * "fires" when it holds every word of at least one pattern (a set of lower-case words, such as a lead phrase's
 * words plus the "to" its anchor needs). An annotator whose every possible match needs all the words of one of
 * its patterns can skip a stretch that does not fire: its own logic could not produce anything there. Per token
 * the check is one array read of its word id; the stretch is never cut into words again.
 *
 * <p>Exact for an annotator whose words are runs of letters and digits, possibly joined by punctuation (as the
 * project's tokenizers are), lower-cased with {@code toLowerCase(Locale.ROOT)}: a pattern word that is one base
 * token (a run of letters, a run of digits or one other character but an apostrophe, which an annotator may
 * read as another) can only be such an annotator's word where
 * the same run stands alone as a base token with the same lower-case form, so its id is there. A pattern word
 * that is not one base token ("face-to-face") could hide inside joined tokens, so a gate holding one always
 * fires; so does a stretch whose first or last base token runs over its edge. Immutable and shared by threads.
 */
public final class TriggerGate {
  private final Vocabulary vocabulary;
  /** By vocabulary id: 1 + the gate's own index of that word, or 0. */
  private final int[] gateOf;
  /** By gate word: the patterns whose key it is (the pattern's word in the fewest patterns). */
  private final int[][] keyedBy;
  /** By pattern: its gate words. */
  private final int[][] patterns;
  private final int words;
  /** Some pattern word is not one base token: the gate cannot see it, so it always fires. */
  private final boolean always;

  private TriggerGate(Vocabulary vocabulary, List<Set<String>> patternWords) {
    this.vocabulary = vocabulary;
    Map<String, Integer> index = new LinkedHashMap<>();
    Set<List<Integer>> unique = new LinkedHashSet<>();
    boolean blind = false;
    for (Set<String> p : patternWords) {
      List<Integer> ids = new ArrayList<>();
      for (String w : p) {
        blind |= !oneBaseToken(w);
        ids.add(index.computeIfAbsent(w, k -> index.size()));
      }
      ids.sort(null);
      unique.add(ids);
    }
    this.always = blind;
    this.words = index.size();
    this.patterns = new int[unique.size()][];
    int[] uses = new int[words];
    for (List<Integer> ids : unique) {
      for (int id : ids) {
        uses[id]++;
      }
    }
    List<List<Integer>> byKey = new ArrayList<>();
    for (int i = 0; i < words; i++) {
      byKey.add(new ArrayList<>());
    }
    int k = 0;
    for (List<Integer> ids : unique) {
      patterns[k] = ids.stream().mapToInt(Integer::intValue).toArray();
      int key = ids.get(0);
      for (int id : ids) {
        key = uses[id] < uses[key] ? id : key;
      }
      byKey.get(key).add(k); // "agreed" keys "agreed to", not "to" (in a hundred patterns)
      k++;
    }
    this.keyedBy = new int[words][];
    for (int i = 0; i < words; i++) {
      keyedBy[i] = byKey.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
    int[] vocabIds = new int[words];
    int max = -1;
    for (Map.Entry<String, Integer> e : index.entrySet()) {
      vocabIds[e.getValue()] = vocabulary.intern(e.getKey());
      max = Math.max(max, vocabIds[e.getValue()]);
    }
    this.gateOf = new int[max + 1];
    for (int g = 0; g < words; g++) {
      gateOf[vocabIds[g]] = g + 1;
    }
  }

  /** Is {@code w} exactly one base token of {@link Tokens}: a run of letters, a run of digits, or one other char? */
  static boolean oneBaseToken(String w) {
    if (w.isEmpty()) {
      return false;
    }
    boolean letters = true;
    boolean digits = true;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      letters &= Character.isLetter(c);
      digits &= Character.isDigit(c);
    }
    char c = w.charAt(0);
    // an apostrophe is left out: an annotator may read the typographic one as "'" (another id)
    return letters || digits || w.length() == 1 && !Character.isWhitespace(c) && !Character.isSurrogate(c)
        && c != '\'' && c != '\u2019';
  }

  /** Collects patterns; {@link #build} freezes them. */
  public static final class Builder {
    private final List<Set<String>> patterns = new ArrayList<>();

    private Builder() {}

    /** A pattern: a stretch fires when it holds every one of these words (lower-cased here). */
    public Builder all(String... words) {
      return all(List.of(words));
    }

    /** As {@link #all(String...)}. */
    public Builder all(List<String> words) {
      if (words.isEmpty()) {
        throw new IllegalArgumentException("an empty pattern would fire everywhere");
      }
      Set<String> p = new LinkedHashSet<>();
      for (String w : words) {
        p.add(w.toLowerCase(Locale.ROOT));
      }
      patterns.add(p);
      return this;
    }

    /** One pattern per word: any of them alone fires. */
    public Builder any(Iterable<String> words) {
      for (String w : words) {
        all(w);
      }
      return this;
    }

    /** The gate, its words interned in {@code vocabulary} (which must not be frozen yet). */
    public TriggerGate build(Vocabulary vocabulary) {
      return new TriggerGate(vocabulary, patterns);
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The vocabulary whose ids the gate reads: {@link #fires} needs tokens numbered by it. */
  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /** Number of distinct patterns (for tests). */
  public int patternCount() {
    return patterns.length;
  }

  /** Whether the gate holds a word it cannot see, and so fires on everything. */
  public boolean alwaysFires() {
    return always;
  }

  /**
   * Does {@code text[from, to)} (of the text {@code tokens} was cut from, numbered by {@link #vocabulary()}) hold
   * every word of some pattern?
   */
  public boolean fires(Tokens tokens, int from, int to) {
    if (always) {
      return true;
    }
    int k = tokens.indexAfter(from);
    int n = tokens.size();
    if (k < n && tokens.start(k) < from) {
      return true; // a base token runs over the stretch's start: its id is not that of the part inside
    }
    long[] seen = null;
    int[] keys = null;
    int nkeys = 0;
    for (; k < n && tokens.start(k) < to; k++) {
      if (tokens.end(k) > to) {
        return true; // runs over the stretch's end
      }
      int id = tokens.id(k);
      int g = id < gateOf.length ? gateOf[id] - 1 : -1;
      if (g < 0) {
        continue;
      }
      if (seen == null) {
        seen = new long[(words + 63) >>> 6];
        keys = new int[8];
      }
      if ((seen[g >>> 6] & (1L << g)) != 0) {
        continue;
      }
      seen[g >>> 6] |= 1L << g;
      if (keyedBy[g].length > 0) {
        if (nkeys == keys.length) {
          keys = java.util.Arrays.copyOf(keys, nkeys * 2);
        }
        keys[nkeys++] = g;
      }
    }
    for (int i = 0; i < nkeys; i++) {
      for (int p : keyedBy[keys[i]]) {
        if (complete(patterns[p], seen)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean complete(int[] pattern, long[] seen) {
    for (int w : pattern) {
      if ((seen[w >>> 6] & (1L << w)) == 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "TriggerGate[" + words + " words, " + patterns.length + " patterns" + (always ? ", always fires]" : "]");
  }
}
