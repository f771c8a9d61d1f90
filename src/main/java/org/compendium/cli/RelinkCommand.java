package org.compendium.cli;

import java.util.concurrent.Callable;
import org.compendium.archive.link.ArchiveLinker;
import org.compendium.store.Archive;
import org.compendium.util.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code compendium relink}: drops every link (persons, instrument entries) and links the current records again. */
@Command(name = "relink", mixinStandardHelpOptions = true,
    description = "Recompute the links across records (persons, instrument entries) from the database.")
public final class RelinkCommand implements Callable<Integer> {
  @Mixin StoreOption store;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (Archive archive = store.open()) {
      long n = archive.records().countCurrent();
      int linked = new ArchiveLinker().relink(archive.records(), Progress.onStderr("records", n));
      spec.commandLine().getOut().println("relinked " + linked + " records in " + store.dir());
    }
    spec.commandLine().getOut().flush();
    return 0;
  }
}
