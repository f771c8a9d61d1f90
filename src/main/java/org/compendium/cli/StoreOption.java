package org.compendium.cli;

import java.nio.file.Path;
import org.compendium.store.Archive;
import org.compendium.store.StoreLocation;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --store DIR} option shared by the archive commands. */
public final class StoreOption {
  @Option(names = "--store", paramLabel = "DIR",
      description = "Archive directory (default: $COMPENDIUM_HOME, else ./compendium-data).")
  Path store;

  @Spec(Spec.Target.MIXEE) CommandSpec command;

  Path dir() {
    return StoreLocation.resolve(store);
  }

  /** Opens the archive, locked for this command (named to any other process refused meanwhile). */
  Archive open() {
    return open(Archive.Links.AS_STORED);
  }

  /** Opens the archive, locked for this command, treating its derivations as {@code links} says. */
  Archive open(Archive.Links links) {
    return Archive.open(dir(), command == null ? "compendium" : "compendium " + command.name(), links);
  }
}
