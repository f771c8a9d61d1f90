package org.compendium.track;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.compendium.util.IsoDates;

/**
 * How a commitment's status follows from its evidence, due date and decisions. A person's latest decision wins.
 * Otherwise the latest evidence that counts decides: evidence counts from the day of its record on (so as of an
 * earlier day it is not known yet); a report always counts; a lapse only when its record is dated after the due
 * date (before that, "has yet to" says nothing final). Without such evidence a commitment whose due date's last
 * day is before the day asked about is overdue, else open.
 */
public final class StatusRule {
  private StatusRule() {}

  /** The evidence that decides, from a list ordered latest first; empty if none counts as of {@code asOf}. */
  public static Optional<Evidence> decisive(String due, List<Evidence> latestFirst, LocalDate asOf) {
    Optional<LocalDate> dueEnd = IsoDates.last(due);
    for (Evidence e : latestFirst) {
      Optional<LocalDate> when = IsoDates.first(e.recordDate());
      if (when.isEmpty() || (asOf != null && when.get().isAfter(asOf))) {
        continue;
      }
      if (e.kind() == Cues.Kind.reported) {
        return Optional.of(e);
      }
      if (dueEnd.isPresent() && when.get().isAfter(dueEnd.get())) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The status without a decision: from the decisive evidence, else from the due date as of {@code asOf}. */
  public static CommitmentStatus suggested(String due, Optional<Evidence> decisive, LocalDate asOf) {
    if (decisive.isPresent()) {
      return decisive.get().kind() == Cues.Kind.reported ? CommitmentStatus.reported : CommitmentStatus.lapsed;
    }
    Optional<LocalDate> dueEnd = IsoDates.last(due);
    return dueEnd.isPresent() && dueEnd.get().isBefore(asOf) ? CommitmentStatus.overdue : CommitmentStatus.open;
  }
}
