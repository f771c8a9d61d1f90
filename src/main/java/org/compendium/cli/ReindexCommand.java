package org.compendium.cli;

import java.util.concurrent.Callable;
import org.compendium.store.Archive;
import org.compendium.util.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code compendium reindex}: rebuilds the full-text index from the database. */
@Command(name = "reindex", mixinStandardHelpOptions = true, description = "Rebuild the search index from the database.")
public final class ReindexCommand implements Callable<Integer> {
  @Mixin StoreOption store;
  @Spec CommandSpec spec;

  @Option(names = "--progress", negatable = true,
      description = "Show progress on stderr (default: a bar on a terminal, plain lines otherwise).")
  Boolean progress;

  @Override
  public Integer call() {
    try (Archive archive = store.open()) {
      Progress bar = progress == null || progress ? Progress.onStderr("records", archive.records().countCurrent()) : null;
      int n = archive.reindex(bar);
      if (bar != null) {
        bar.finish();
      }
      spec.commandLine().getOut().println("reindexed " + n + " records in " + store.dir());
    }
    spec.commandLine().getOut().flush();
    return 0;
  }
}
