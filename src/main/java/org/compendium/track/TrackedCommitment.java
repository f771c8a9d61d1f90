package org.compendium.track;

import java.util.List;
import org.compendium.model.Span;

/**
 * A commitment with its status as of the day asked about. {@code id} is {@code recordId#ord}. {@code basis}
 * says where the status comes from: {@code decision} (a person's ruling, see {@link #decision}), {@code evidence}
 * (machine-suggested from {@link #evidence}), {@code due} (overdue by its due date) or {@code none} (open).
 * {@code candidates} lists every piece of evidence found, latest first, whether or not it counts as of that day.
 */
public record TrackedCommitment(String id, String recordId, int ord, String recordTitle, String recordDate,
    String text, List<String> parties, String due, String dueText, Span span, CommitmentStatus status,
    String basis, boolean machineSuggested, Evidence evidence, Decision decision, List<Evidence> candidates) {
  public TrackedCommitment {
    parties = List.copyOf(parties);
    candidates = List.copyOf(candidates);
  }

  /** The id of the commitment at position {@code ord} of record {@code recordId}. */
  public static String id(String recordId, int ord) {
    return recordId + "#" + ord;
  }
}
