package org.compendium.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.compendium.json.RecordJson;
import org.compendium.store.Archive;
import org.compendium.track.CommitmentQuery;
import org.compendium.track.CommitmentService;
import org.compendium.track.CommitmentStatus;
import org.compendium.track.TrackedCommitment;
import org.compendium.util.IsoDates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code compendium commitments [--status S] [--party C]... [--due-before DATE] [--as-of DATE] [--json]}: the
 * commitments of the archive with due date, status and evidence ({@link CommitmentService}).
 */
@Command(name = "commitments", mixinStandardHelpOptions = true,
    description = "Commitments with due date, status (open, overdue, reported, lapsed) and evidence.")
public final class CommitmentsCommand implements Callable<Integer> {
  @Option(names = "--status", paramLabel = "S", description = "open, overdue, reported or lapsed.") String status;
  @Option(names = "--party", paramLabel = "C", description = "Country code, name or adjective; repeat for any of several.")
  List<String> parties = List.of();
  @Option(names = "--due-before", paramLabel = "DATE", description = "Due before this day (yyyy, yyyy-mm or yyyy-mm-dd).")
  String dueBefore;
  @Option(names = "--as-of", paramLabel = "DATE", description = "Judge status as of this day (default: today).")
  String asOf;
  @Option(names = "--limit", paramLabel = "N", description = "Show at most N (default: all).") int limit;
  @Option(names = "--json", description = "A JSON array of commitments.") boolean json;

  @Mixin StoreOption store;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    CommitmentQuery q;
    try {
      q = new CommitmentQuery(status == null ? null : CommitmentStatus.parse(status), CountryArgs.codes(parties),
          dueBefore == null ? null : IsoDates.firstOrThrow(dueBefore, "--due-before"),
          asOf == null ? null : IsoDates.firstOrThrow(asOf, "--as-of"), 0, Math.max(0, limit));
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("commitments: " + e.getMessage());
      return 2;
    }
    List<TrackedCommitment> found;
    try (Archive archive = store.open()) {
      found = new CommitmentService(archive.records()).list(q);
    }
    if (json) {
      out.println(new RecordJson().mapper().writeValueAsString(found));
    } else {
      LocalDate day = q.asOf() == null ? LocalDate.now(java.time.ZoneOffset.UTC) : q.asOf();
      out.println(found.size() + " commitments (as of " + day + ")");
      for (TrackedCommitment t : found) {
        CommitmentText.print(t, out);
      }
    }
    out.flush();
    return 0;
  }
}
