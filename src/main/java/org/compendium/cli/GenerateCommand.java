package org.compendium.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.compendium.bench.CorpusWriter;
import org.compendium.bench.GeneratorData;
import org.compendium.bench.RecordGenerator;
import org.compendium.util.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code compendium generate N --seed S --out DIR}: writes N realistic generated records (benchmark and test
 * corpora; the same seed gives the same files).
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Write N generated summit records (sample sentences with other names, places, instruments and "
        + "dates) as text files, a thousand per subdirectory. The same seed gives the same files.")
public final class GenerateCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "N", description = "Number of records.")
  long n;

  @Option(names = "--seed", paramLabel = "S", description = "Seed (default: 1).")
  long seed = 1;

  @Option(names = "--size", paramLabel = "SIZE",
      description = "FULL (like the samples, about 3 KB) or SMALL (one short section, under 1 KB); default FULL.")
  RecordGenerator.Size size = RecordGenerator.Size.FULL;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output directory.")
  Path out;

  @Option(names = "--progress", negatable = true, description = "Show progress on stderr (default: on).")
  Boolean progress;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (n < 0) {
      spec.commandLine().getErr().println("generate: N must not be negative: " + n);
      return 2;
    }
    long start = System.nanoTime();
    CorpusWriter w = new CorpusWriter(new RecordGenerator(GeneratorData.load(), seed, size));
    long bytes = w.write(out, n, progress == null || progress ? Progress.onStderr("records", n) : null);
    spec.commandLine().getOut().println(String.format(Locale.ROOT, "generated %d records, %d bytes (seed %d) in %s, %.1f s",
        n, bytes, seed, out, (System.nanoTime() - start) / 1e9));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
