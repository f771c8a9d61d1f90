package org.compendium.util;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A cheap pre-check for a word-pattern annotator: a stretch of text "fires" when it holds every token of at
 * least one pattern (a set of lower-case tokens, such as a lead phrase's words plus the "to" its anchor needs).
 * An annotator whose every possible match needs all the tokens of one of its patterns can skip a stretch that
 * does not fire: its own logic could not produce anything there.
 *
 * <p>Exact by construction: tokens are read by {@link WordScanner} with the annotator's own joiners, and
 * lower-cased as the annotator does ({@code toLowerCase(Locale.ROOT)}, optionally reading the typographic
 * apostrophe as "'"), so the gate sees exactly the annotator's tokens. Looking up a token costs one hash of its
 * characters and a probe of an open-addressing table, without making a substring (tokens holding non-ASCII
 * characters other than that apostrophe take a slow path through a real lower-case string). Immutable and
 * shared by threads.
 */
public final class TriggerGate {
  private final String joiners;
  private final boolean foldApostrophe;
  private final String[] keys;
  private final int[] slotIds;
  private final int mask;
  /** By word id: the patterns holding that word. */
  private final int[][] patternsOf;
  /** By pattern: its word ids. */
  private final int[][] patterns;
  private final int words;

  private TriggerGate(String joiners, boolean foldApostrophe, List<Set<String>> patternWords) {
    this.joiners = joiners;
    this.foldApostrophe = foldApostrophe;
    Map<String, Integer> idOf = new LinkedHashMap<>();
    Set<List<Integer>> unique = new LinkedHashSet<>();
    for (Set<String> p : patternWords) {
      List<Integer> ids = new ArrayList<>();
      for (String w : p) {
        ids.add(idOf.computeIfAbsent(w, k -> idOf.size()));
      }
      ids.sort(null);
      unique.add(ids);
    }
    this.words = idOf.size();
    this.patterns = new int[unique.size()][];
    List<List<Integer>> byWord = new ArrayList<>();
    for (int i = 0; i < words; i++) {
      byWord.add(new ArrayList<>());
    }
    int k = 0;
    for (List<Integer> ids : unique) {
      patterns[k] = ids.stream().mapToInt(Integer::intValue).toArray();
      for (int id : ids) {
        byWord.get(id).add(k);
      }
      k++;
    }
    this.patternsOf = new int[words][];
    for (int i = 0; i < words; i++) {
      patternsOf[i] = byWord.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
    int cap = Integer.highestOneBit(Math.max(16, words * 4 - 1)) << 1; // load <= 1/4: a miss stops at once
    keys = new String[cap];
    slotIds = new int[cap];
    mask = cap - 1;
    for (Map.Entry<String, Integer> e : idOf.entrySet()) {
      int slot = mix(e.getKey().hashCode()) & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = e.getKey();
      slotIds[slot] = e.getValue();
    }
  }

  /** Collects patterns; {@link #build} freezes them. */
  public static final class Builder {
    private final String joiners;
    private final boolean foldApostrophe;
    private final List<Set<String>> patterns = new ArrayList<>();

    private Builder(String joiners, boolean foldApostrophe) {
      this.joiners = joiners;
      this.foldApostrophe = foldApostrophe;
    }

    /** A pattern: the stretch fires when it holds every one of these tokens (given in the annotator's lower case). */
    public Builder all(String... tokens) {
      return all(List.of(tokens));
    }

    /** As {@link #all(String...)}. */
    public Builder all(List<String> tokens) {
      if (tokens.isEmpty()) {
        throw new IllegalArgumentException("an empty pattern would fire everywhere");
      }
      patterns.add(new LinkedHashSet<>(tokens));
      return this;
    }

    /** One pattern per token: any of them alone fires. */
    public Builder any(Iterable<String> tokens) {
      for (String t : tokens) {
        all(t);
      }
      return this;
    }

    public TriggerGate build() {
      return new TriggerGate(joiners, foldApostrophe, patterns);
    }
  }

  /**
   * A builder for an annotator that tokenizes with {@link WordScanner} and {@code joiners}; with
   * {@code foldApostrophe} its lower-case form reads the typographic apostrophe as "'".
   */
  public static Builder builder(String joiners, boolean foldApostrophe) {
    return new Builder(joiners, foldApostrophe);
  }

  /** Number of distinct patterns (for tests). */
  public int patternCount() {
    return patterns.length;
  }

  /** Does {@code text[from, to)} hold every token of some pattern? */
  public boolean fires(String text, int from, int to) {
    long[] seen = null;
    int i = from;
    long t;
    while ((t = WordScanner.next(text, i, to, joiners)) >= 0) {
      int start = (int) (t >>> 32);
      int end = (int) t;
      i = end;
      int id = id(text, start, end);
      if (id < 0) {
        continue;
      }
      if (seen == null) {
        seen = new long[(words + 63) >>> 6];
      }
      if ((seen[id >>> 6] & (1L << id)) != 0) {
        continue;
      }
      seen[id >>> 6] |= 1L << id;
      for (int p : patternsOf[id]) {
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

  /** The id of the token {@code text[start, end)} in its lower-case form, or -1. */
  int id(String text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 128) {
        if (c == '\u2019' && foldApostrophe) {
          c = '\'';
        } else {
          return slowId(text.substring(start, end));
        }
      } else if (c >= 'A' && c <= 'Z') {
        c += 32;
      }
      h = 31 * h + c;
    }
    for (int slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
      String k = keys[slot];
      if (k == null) {
        return -1;
      }
      if (sameLower(k, text, start, end)) {
        return slotIds[slot];
      }
    }
  }

  private boolean sameLower(String key, String text, int start, int end) {
    if (key.length() != end - start) {
      return false;
    }
    for (int i = start, k = 0; i < end; i++, k++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c += 32;
      } else if (c == '\u2019' && foldApostrophe) {
        c = '\'';
      }
      if (c != key.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** A token with non-ASCII characters: lower-cased exactly as the annotator does. */
  private int slowId(String raw) {
    String lower = raw.toLowerCase(Locale.ROOT);
    if (foldApostrophe) {
      lower = lower.replace('\u2019', '\'');
    }
    for (int slot = mix(lower.hashCode()) & mask; ; slot = (slot + 1) & mask) {
      String k = keys[slot];
      if (k == null) {
        return -1;
      }
      if (k.equals(lower)) {
        return slotIds[slot];
      }
    }
  }

  private static int mix(int h) {
    return h ^ (h >>> 16);
  }

  @Override
  public String toString() {
    return "TriggerGate[" + words + " words, " + patterns.length + " patterns]";
  }
}
