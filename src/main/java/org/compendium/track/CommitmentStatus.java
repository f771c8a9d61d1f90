package org.compendium.track;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where a commitment stands: {@code open}; {@code overdue} (its due date passed as of the day asked about);
 * {@code reported} (a later record of the same parties reports the action); {@code lapsed} (a record dated after
 * the due date states it was not achieved).
 */
public enum CommitmentStatus {
  open, overdue, reported, lapsed;

  /** The status named {@code s} (any case); IllegalArgumentException with the accepted names otherwise. */
  public static CommitmentStatus parse(String s) {
    try {
      return valueOf(s.strip().toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("not a commitment status: " + s + " (one of "
          + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")) + ")");
    }
  }
}
