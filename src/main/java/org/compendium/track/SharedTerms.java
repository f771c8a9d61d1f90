package org.compendium.track;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The terms of one side's (party, term) keys, for matching it against many postings of the other side: a
 * commitment and a report sentence share the terms of the keys both hold (a key id names one party and term, so
 * the terms of one side suffice). Key ids are looked up in a small open-addressing table, without boxing or a set
 * per pair: the evidence pass asks this for every key of every sentence near every commitment, millions a second
 * (JFR of the 100k pass: matching 28% of the writer's samples with a binary search in a sorted array of the ids,
 * 21% with this table; boxed lookups and a set of terms per pair had been about a third). One thread at a time.
 */
final class SharedTerms {
  /** This side's key ids by slot, and the index of each one's term (-1: an empty slot). */
  private final long[] slots;
  private final int[] termOf;
  private final int shift;
  private final Map<String, Integer> indexOf = new HashMap<>();
  /** Which terms the keys of the posting being matched share (cleared after each match). */
  private final boolean[] shared;

  SharedTerms(List<EvidenceLinker.Key> keys) {
    int bits = 3;
    while (1 << bits < 2 * keys.size()) {
      bits++;
    }
    shift = 64 - bits;
    slots = new long[1 << bits];
    termOf = new int[1 << bits];
    Arrays.fill(termOf, -1);
    for (EvidenceLinker.Key k : keys) {
      int at = slot(k.id());
      if (termOf[at] < 0) {
        slots[at] = k.id();
        termOf[at] = indexOf.computeIfAbsent(k.term(), t -> indexOf.size());
      }
    }
    shared = new boolean[indexOf.size()];
  }

  /** The slot of key {@code id}: its own, or the empty one where it would go. */
  private int slot(long id) {
    int mask = slots.length - 1;
    int at = (int) (id * 0x9E3779B97F4A7C15L >>> shift);
    while (termOf[at] >= 0 && slots[at] != id) {
      at = (at + 1) & mask;
    }
    return at;
  }

  /** Where each of a commitment's {@code commitmentTerms} is among this side's terms (-1: none of its keys). */
  int[] indexes(List<String> commitmentTerms) {
    int[] out = new int[commitmentTerms.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = indexOf.getOrDefault(commitmentTerms.get(i), -1);
    }
    return out;
  }

  /**
   * The {@link EvidenceRule} match of a commitment's terms ({@code commitmentTerms}, placed by {@link #indexes})
   * with the terms this side shares with a posting of keys {@code otherKeys}.
   */
  Optional<EvidenceRule.Match> match(List<String> commitmentTerms, int[] indexes, long[] otherKeys) {
    for (long id : otherKeys) {
      int at = slot(id);
      if (termOf[at] >= 0) {
        shared[termOf[at]] = true;
      }
    }
    int count = 0;
    for (int i : indexes) {
      if (i >= 0 && shared[i]) {
        count++;
      }
    }
    Optional<EvidenceRule.Match> out = Optional.empty();
    if (EvidenceRule.enough(count, commitmentTerms.size())) {
      String[] matched = new String[count];
      int k = 0;
      for (int j = 0; j < indexes.length; j++) {
        if (indexes[j] >= 0 && shared[indexes[j]]) {
          matched[k++] = commitmentTerms.get(j);
        }
      }
      out = Optional.of(EvidenceRule.matchOf(Arrays.asList(matched), commitmentTerms.size()));
    }
    Arrays.fill(shared, false);
    return out;
  }
}
