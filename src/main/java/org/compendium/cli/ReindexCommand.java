package org.compendium.cli;

import java.util.concurrent.Callable;
import org.compendium.store.Archive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code compendium reindex}: rebuilds the full-text index from the database. */
@Command(name = "reindex", mixinStandardHelpOptions = true, description = "Rebuild the search index from the database.")
public final class ReindexCommand implements Callable<Integer> {
  @Mixin StoreOption store;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (Archive archive = store.open()) {
      int n = archive.reindex();
      spec.commandLine().getOut().println("reindexed " + n + " records in " + store.dir());
    }
    spec.commandLine().getOut().flush();
    return 0;
  }
}
