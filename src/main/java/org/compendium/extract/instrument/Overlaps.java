package org.compendium.extract.instrument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Candidates sorted by their first token, to find those overlapping a token range (a sentence) by binary search
 * instead of scanning every candidate of the record for every candidate: a record with very many mentions stays
 * fast.
 */
final class Overlaps {
  private final List<Candidate> byFirst;
  private final int[] firsts;
  private final int maxWidth;

  Overlaps(List<Candidate> all) {
    byFirst = new ArrayList<>(all);
    byFirst.sort(Comparator.comparingInt(Candidate::first));
    firsts = new int[byFirst.size()];
    int w = 0;
    for (int i = 0; i < firsts.length; i++) {
      Candidate c = byFirst.get(i);
      firsts[i] = c.first();
      w = Math.max(w, c.last() - c.first());
    }
    maxWidth = w;
  }

  /** The candidates having a token in {@code from..to}, in order of their first token. */
  List<Candidate> within(int from, int to) {
    List<Candidate> out = new ArrayList<>();
    for (int i = lowerBound(from - maxWidth); i < firsts.length && firsts[i] <= to; i++) {
      Candidate c = byFirst.get(i);
      if (c.last() >= from) {
        out.add(c);
      }
    }
    return out;
  }

  private int lowerBound(int first) {
    int lo = 0;
    int hi = firsts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (firsts[mid] < first) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
