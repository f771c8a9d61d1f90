package org.compendium.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.compendium.archive.Ingest;
import org.compendium.archive.IngestSummary;
import org.compendium.archive.IngestSummary.Failure;
import org.compendium.archive.InputFiles;
import org.compendium.extract.Extractor;
import org.compendium.ingest.ReaderRegistry;
import org.compendium.store.Archive;
import org.compendium.store.LinkDeferral;
import org.compendium.util.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code compendium ingest PATH...}: extracts files, directories (recursively) and globs into the archive.
 * Prints a summary; exit 1 if any file failed (every good file is still stored). A load at least as large as the
 * store ({@link #LINK_AT_END_MIN} files or more) is stored as a bulk load and linked at its end.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Extract records from files, directories and globs into the archive.")
public final class IngestCommand implements Callable<Integer> {
  private static final int BATCH = 200;
  private static final int BULK_BATCH = 1000;
  /** Records between two index commits of a bulk load. */
  private static final int BULK_PUBLISH = 5000;
  /**
   * A load of at least this many files, and of at least as many as the store has records, is stored as a bulk
   * load and linked at its end (as {@code --defer-links} then {@code link}): the same evidence, and the links
   * {@code relink} gives, in about half the time of linking record by record (bench/ARCHIVE.md).
   */
  static final int LINK_AT_END_MIN = 500;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories (recursive) or globs.")
  List<String> paths;

  @Mixin StoreOption store;

  @Option(names = "--max-file-size", paramLabel = "SIZE", converter = ByteSize.class,
      description = "Larger files are refused unread (default: 20M; K, M, G suffixes; a TEI volume is limited per record).")
  Long maxFileSize;

  @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--batch", paramLabel = "N",
      description = "Records written per transaction (default: 200; 1000 while links are deferred).")
  Integer batch;

  @Option(names = "--defer-links",
      description = "Bulk load: store and index only; links across records and commitment tracking wait for "
          + "`compendium link` (the store stays deferred until then, for every later ingest too). With at least as "
          + "many files as the store has records, the fact tables' keys are built once at the end. Without it, a "
          + "load of at least " + LINK_AT_END_MIN + " files and as many as the store has records is stored so and "
          + "linked at its end.")
  boolean deferLinks;

  @Option(names = "--no-sync",
      description = "Do not wait for the disk after each transaction (faster bulk loads). A killed process loses "
          + "nothing it committed, but an OS crash or power loss during the load can corrupt the store: only for a "
          + "store that can be loaded again.")
  boolean noSync;

  @Option(names = "--progress", negatable = true,
      description = "Show progress on stderr (default: a bar on a terminal, plain lines otherwise).")
  Boolean progress;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    InputFiles.Expansion in = InputFiles.standard().expand(paths);
    List<Failure> missing = new ArrayList<>();
    for (String m : in.missing()) {
      missing.add(new Failure(m, "no such file or nothing matched"));
    }
    IngestSummary s;
    // a load that stopped before linking at its end left the store for this one to link at its end
    boolean linkAtEnd = !deferLinks
        && (LinkDeferral.untilEndOfLoad(store.dir()) || largeForStore(in.files().size()));
    try (Archive archive = store.open(deferLinks ? Archive.Links.DEFER
        : linkAtEnd ? Archive.Links.DEFER_THIS_LOAD : Archive.Links.AS_STORED)) {
      if (noSync) {
        archive.skipSyncs();
      }
      Progress bar = progress == null || progress ? Progress.onStderr("files", in.files().size()) : null;
      // a bulk load (links deferred) only writes: larger transactions and an index commit every few thousand
      // records halve the writer's commits (bench/ARCHIVE.md); an ordinary ingest keeps records searchable batch
      // by batch
      boolean bulk = archive.linksDeferred();
      // and writes the fact tables without their keys when it brings at least as many files as the store has
      // records: building a key again at the end sorts the whole table once (bench/ARCHIVE.md)
      boolean dropKeys = bulk && in.files().size() >= archive.records().rows("records");
      if (dropKeys) {
        archive.dropFactKeys();
      }
      try {
        s = new Ingest(archive, new Extractor(), readers(), threads, batch != null ? batch : bulk ? BULK_BATCH : BATCH,
                bulk ? BULK_PUBLISH : 0)
            .run(in.files(), in.skipped(), missing, bar);
      } finally {
        if (dropKeys) {
          PrintWriter say = spec.commandLine().getErr();
          archive.buildFactKeys(line -> {
            say.println(line);
            say.flush();
          });
        }
      }
      out.println(String.format(Locale.ROOT,
          "ingested %d, new versions %d, unchanged %d, failed %d, skipped %d (%d files in %.1f s, writing %.1f s CPU, %.1f s wall) into %s",
          s.ingested(), s.versions(), s.unchanged(), s.failed().size(), s.skipped().size(), in.files().size(),
          s.seconds(), s.writerCpuSeconds(), s.writerSeconds(), store.dir()));
      if (archive.linksDeferred() && !linkAtEnd) {
        out.println("links and commitment tracking deferred: run `compendium link --store " + store.dir()
            + "` to bring them up to date");
      }
    }
    if (linkAtEnd) {  // the store stays deferred until this is done: stopped, `compendium link` finishes it
      out.println("linking the " + in.files().size() + " files' records (links and commitment tracking)");
      out.flush();
      long start = System.nanoTime();
      try (Archive archive = store.open(Archive.Links.CATCH_UP)) {
        out.println(String.format(Locale.ROOT, "linked %d records in %.1f s", archive.records().countCurrent(),
            (System.nanoTime() - start) / 1e9));
      }
    }
    for (var p : s.skipped()) {
      out.println("skipped " + p + ": not a record file");
    }
    PrintWriter err = spec.commandLine().getErr();
    for (Failure f : s.failed()) {
      err.println("failed " + f.file() + ": " + f.reason());
    }
    out.flush();
    err.flush();
    return s.failed().isEmpty() ? 0 : 1;
  }

  /**
   * Whether a load of {@code files} is to be linked at its end: at least {@link #LINK_AT_END_MIN} of them, and at
   * least as many as the store has records, which is not deferred already (a deferral the user asked for stands).
   */
  private boolean largeForStore(int files) {
    if (files < LINK_AT_END_MIN || LinkDeferral.deferred(store.dir())) {
      return false;
    }
    try (Archive archive = store.open()) {
      return files >= archive.records().rows("records");
    }
  }

  private ReaderRegistry readers() {
    return maxFileSize == null ? ReaderRegistry.standard() : ReaderRegistry.standard(maxFileSize);
  }
}
