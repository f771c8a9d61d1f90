package org.compendium.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.compendium.query.RecordExport;
import org.compendium.query.RecordSelection;
import org.compendium.store.Archive;
import org.compendium.util.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code compendium export --format jsonl|csv [--out FILE] [QUERY] [search filters]}: the whole archive, or the
 * records a query selects (the filters of {@code search}), streamed in id order ({@link RecordExport}). Progress
 * on standard error for long exports.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export the archive, or the records a query selects, as JSON lines or CSV.")
public final class ExportCommand implements Callable<Integer> {
  /** Exports above this many records show progress unless --no-progress. */
  static final int PROGRESS_FROM = 1000;

  @Option(names = "--format", required = true, paramLabel = "jsonl|csv") RecordExport.Format format;
  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.") Path out;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words, \"phrases\", AND/OR/NOT (default: all).")
  List<String> query = List.of();
  @Option(names = "--country", paramLabel = "C", description = "Code or name; repeat to require several.")
  List<String> countries = List.of();
  @Option(names = "--person", paramLabel = "NAME") String person;
  @Option(names = "--instrument", paramLabel = "NAME") String instrument;
  @Option(names = "--topic", paramLabel = "T") String topic;
  @Option(names = "--kind", paramLabel = "K") String kind;
  @Option(names = "--from", paramLabel = "DATE", description = "yyyy, yyyy-mm or yyyy-mm-dd, inclusive.") String from;
  @Option(names = "--to", paramLabel = "DATE", description = "yyyy, yyyy-mm or yyyy-mm-dd, inclusive.") String to;
  @Option(names = "--progress", negatable = true,
      description = "Progress on stderr (default: for exports of more than " + PROGRESS_FROM + " records).")
  Boolean progress;

  @Mixin StoreOption store;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    RecordSelection selection = new RecordSelection(String.join(" ", query), CountryArgs.codes(countries), person,
        instrument, topic, kind, from, to);
    try (Archive archive = store.open()) {
      RecordExport.Selected selected;
      try {
        selected = new RecordExport(archive).select(selection);
      } catch (IllegalArgumentException e) {
        spec.commandLine().getErr().println("export: " + e.getMessage());
        return 2;
      }
      long total = selected.count();
      Progress bar = (progress == null ? total > PROGRESS_FROM : progress) ? Progress.onStderr("export", total) : null;
      try (Writer w = writer()) {
        selected.write(format, w, bar == null ? null : x -> bar.step());
      } catch (IOException e) {
        spec.commandLine().getErr().println("export: cannot write " + (out == null ? "output" : out) + ": "
            + e.getMessage());
        return 1;
      }
      if (bar != null) {
        bar.finish();
      }
    }
    return 0;
  }

  private Writer writer() throws IOException {
    if (out == null) {
      PrintStream stdout = System.out;
      return new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8)) {
        @Override
        public void close() throws IOException {
          flush();  // leave standard output open
        }
      };
    }
    return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
  }
}
