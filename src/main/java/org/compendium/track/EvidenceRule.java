package org.compendium.track;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When a report sentence speaks of a commitment's action: they share at least {@value #MIN_SHARED} content terms,
 * at least three when the commitment has more than three, and at least {@value #MIN_SHARE} of the commitment's
 * terms (a long commitment touches many subjects; a few of them in passing is no report of it). The score (shared terms plus the share of the
 * commitment's terms) ranks several candidates. Dates and parties are checked by the caller: only a later record
 * whose countries overlap the commitment's parties may hold evidence.
 */
public final class EvidenceRule {
  static final int MIN_SHARED = 2;
  static final int MIN_SHARED_LONG = 3;
  static final double MIN_SHARE = 0.3;
  /**
   * Evidence kept per commitment: the strongest matches (score, then the latest record). A commitment of a large
   * archive can match thousands of sentences; the status and what a reader checks come from the best few.
   */
  static final int MAX_EVIDENCE = 8;
  /**
   * The window of a posting on a (party, term) key: a commitment's first later report sentences, a report
   * sentence's last earlier commitments. A commitment and a sentence are compared when each is in the other's
   * window on some key they share ({@link NearestPairs}), a relation of the stored records alone, whatever order
   * they arrived in. Reports of an action follow it closely; the bound keeps the cost of a record independent of
   * the archive's size.
   */
  static final int NEAREST = 16;

  private EvidenceRule() {}

  /** A match: the shared terms and the score. */
  public record Match(List<String> shared, double score) {}

  /** How many shared terms a commitment with {@code termCount} terms needs. */
  static int needed(int termCount) {
    return termCount > MIN_SHARED_LONG ? MIN_SHARED_LONG : MIN_SHARED;
  }

  /** The match of a commitment's terms with a sentence's terms, if they share enough. */
  public static Optional<Match> match(Collection<String> commitment, Set<String> sentence) {
    List<String> shared = new ArrayList<>();
    for (String t : commitment) {
      if (sentence.contains(t)) {
        shared.add(t);
      }
    }
    int terms = commitment.size();
    return enough(shared.size(), terms) ? Optional.of(matchOf(shared, terms)) : Optional.empty();
  }

  /** Whether {@code shared} shared terms are enough for a commitment of {@code termCount} terms. */
  static boolean enough(int shared, int termCount) {
    return termCount > 0 && shared >= needed(termCount) && shared >= MIN_SHARE * termCount;
  }

  /** The match of {@code shared} terms (enough, see {@link #enough}) of a commitment of {@code termCount} terms. */
  static Match matchOf(List<String> shared, int termCount) {
    List<String> sorted = new ArrayList<>(shared);
    sorted.sort(null);  // a fixed order, however the terms were gathered
    return new Match(sorted, sorted.size() + (double) sorted.size() / termCount);
  }
}
