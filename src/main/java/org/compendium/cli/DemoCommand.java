package org.compendium.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.compendium.archive.Ingest;
import org.compendium.archive.IngestSummary;
import org.compendium.archive.InputFiles;
import org.compendium.extract.Extractor;
import org.compendium.ingest.ReaderRegistry;
import org.compendium.serve.ServeConfig;
import org.compendium.store.Archive;
import org.compendium.util.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code compendium demo}: the first thing to run on a fresh clone. Ingests the bundled {@code samples/} into the
 * store if it has no records yet, then serves it (as {@code serve}) and prints the address.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Ingest the bundled samples into an empty store, then serve the archive.")
public final class DemoCommand implements Callable<Integer> {
  @Option(names = "--port", paramLabel = "N", description = "Port (default: 8080; 0 picks a free one).")
  int port = ServeConfig.DEFAULT_PORT;

  @Option(names = "--samples", paramLabel = "DIR",
      description = "Sample records to ingest into an empty store (default: ./samples, else next to the jar).")
  Path samples;

  @Mixin StoreOption store;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    Path dir = store.dir();
    try (Archive archive = Archive.open(dir)) {
      if (archive.records().countCurrent() == 0) {
        Path from = samplesDir();
        if (from == null) {
          spec.commandLine().getErr().println("demo: no samples/ directory found; pass --samples DIR");
          return 1;
        }
        InputFiles.Expansion in = InputFiles.standard().expand(List.of(from.toString()));
        IngestSummary s = new Ingest(archive, new Extractor(), ReaderRegistry.standard(),
            Runtime.getRuntime().availableProcessors(), 200)
            .run(in.files(), in.skipped(), List.of(), Progress.onStderr("files", in.files().size()));
        out.println(String.format(Locale.ROOT, "ingested %d sample records from %s into %s (%d failed)",
            s.ingested(), from, dir, s.failed().size()));
      }
    }
    out.flush();
    return ServeCommand.serve(new ServeConfig(ServeConfig.LOOPBACK, port, ServeConfig.DEFAULT_MAX_BODY, dir), out);
  }

  private Path samplesDir() {
    if (samples != null) {
      return Files.isDirectory(samples) ? samples : null;
    }
    if (Files.isDirectory(Path.of("samples"))) {
      return Path.of("samples");
    }
    try {
      // the jar lives in target/ of the checkout: samples/ is beside target/
      Path jar = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path beside = jar.getParent() == null ? null : jar.getParent().resolveSibling("samples");
      return beside != null && Files.isDirectory(beside) ? beside : null;
    } catch (Exception e) {
      return null;
    }
  }
}
