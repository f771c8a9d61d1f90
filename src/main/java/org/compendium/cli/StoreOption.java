package org.compendium.cli;

import java.nio.file.Path;
import org.compendium.store.Archive;
import org.compendium.store.StoreLocation;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by the archive commands. */
public final class StoreOption {
  @Option(names = "--store", paramLabel = "DIR",
      description = "Archive directory (default: $COMPENDIUM_HOME, else ./compendium-data).")
  Path store;

  Path dir() {
    return StoreLocation.resolve(store);
  }

  Archive open() {
    return Archive.open(dir());
  }
}
