package org.compendium.cli;

import java.io.PrintWriter;
import org.compendium.track.TrackedCommitment;

/** The plain-text form of a tracked commitment, for the terminal. */
final class CommitmentText {
  private static final int WIDTH = 160;

  private CommitmentText() {}

  static void print(TrackedCommitment t, PrintWriter out) {
    String basis = switch (t.basis()) {
      case "decision" -> " (decided" + (t.decision().decidedBy() == null ? "" : " by " + t.decision().decidedBy()) + ")";
      case "evidence" -> " (machine-suggested)";
      default -> "";
    };
    out.println(t.status() + basis + "  due " + (t.due() == null ? "-" : t.due()) + "  " + t.id() + "  "
        + (t.recordDate() == null ? "----" : t.recordDate()) + "  " + String.join(",", t.parties()));
    out.println("    " + clip(t.text()));
    if (t.evidence() != null) {
      out.println("    evidence " + t.evidence().recordId() + " " + t.evidence().recordDate() + ": "
          + clip(t.evidence().sentence()));
    }
    if (t.decision() != null && t.decision().note() != null) {
      out.println("    note: " + clip(t.decision().note()));
    }
  }

  static String clip(String s) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= WIDTH ? one : one.substring(0, WIDTH - 1) + "…";
  }
}
