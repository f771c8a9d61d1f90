package org.compendium.track;

import java.time.LocalDate;
import java.util.List;

/**
 * Which commitments to list: with this effective status (null: any), with one of these parties (ISO alpha-3
 * codes; empty: any), due before this day (a partial due date counts by its last day; null: any), judged as of
 * this day (null: today; evidence from records dated later does not count yet), {@code offset} and
 * {@code limit} (0: no limit) on the listing, which is ordered by due date (undated last), record date, record
 * id and position.
 */
public record CommitmentQuery(CommitmentStatus status, List<String> parties, LocalDate dueBefore, LocalDate asOf,
    int offset, int limit) {
  public CommitmentQuery {
    parties = parties == null ? List.of() : List.copyOf(parties);
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must not be negative");
    }
  }

  /** Every commitment, as of today. */
  public static CommitmentQuery all() {
    return new CommitmentQuery(null, List.of(), null, null, 0, 0);
  }
}
