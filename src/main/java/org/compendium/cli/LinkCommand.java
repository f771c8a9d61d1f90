package org.compendium.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.compendium.store.Archive;
import org.compendium.store.LinkDeferral;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code compendium link}: brings the links across records (persons, instrument entries) and the commitment
 * tracking up to date with every stored record, and ends a deferral left by {@code ingest --defer-links}. Each
 * derivation catches up in a transaction of its own and shows progress; stopped midway, a derivation's
 * uncommitted work is lost but the store stays deferred, so running it again resumes.
 */
@Command(name = "link", mixinStandardHelpOptions = true,
    description = "Bring links and commitment tracking up to date (after `ingest --defer-links`).")
public final class LinkCommand implements Callable<Integer> {
  @Mixin StoreOption store;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    boolean wasDeferred = LinkDeferral.deferred(store.dir());
    long start = System.nanoTime();
    long records;
    try (Archive archive = store.open(Archive.Links.CATCH_UP)) {
      records = archive.records().countCurrent();
    }
    spec.commandLine().getOut().println(String.format(Locale.ROOT, "%s %d records in %.1f s in %s",
        wasDeferred ? "linked" : "links were up to date for", records, (System.nanoTime() - start) / 1e9,
        store.dir()));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
