package org.compendium.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.compendium.extract.Extractor;
import org.compendium.ingest.ReadException;
import org.compendium.ingest.ReaderRegistry;
import org.compendium.ingest.SourceDocument;
import org.compendium.json.RecordJson;
import org.compendium.model.Record;
import org.compendium.util.NamedThreads;
import org.compendium.util.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code compendium extract FILE... [--out DIR]}: structured records as JSON. Records are extracted as the
 * readers hand them over (a TEI volume streams). One file with one record prints one pretty JSON object;
 * otherwise one compact object per line. With {@code --out}: {@code DIR/<name>.json} for a file holding one
 * record, {@code DIR/<name>-<documentId>.json} for each record of a many-record file. A bad file costs one stderr line
 * {@code PATH: problem}; the batch goes on and the exit code is 1.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract structured records from text, HTML or TEI files.")
public final class ExtractCommand implements Callable<Integer> {
  private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Input files.")
  List<Path> files;

  @Option(names = "--out", paramLabel = "DIR", description = "Write DIR/<name>.json for each record instead of printing.")
  Path out;

  @Option(names = "--max-file-size", paramLabel = "SIZE", converter = ByteSize.class,
      description = "Larger files are refused unread (default: 20M; K, M, G suffixes; a TEI volume is limited per record).")
  Long maxFileSize;

  @Option(names = "--threads", paramLabel = "N",
      description = "Files extracted at once (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--progress", negatable = true,
      description = "Show progress on stderr (default: when stderr is a terminal and there are several files).")
  Boolean progress;

  @Option(names = "--timing", description = "Print the time spent in each annotator on stderr at the end.")
  boolean timing;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    Extractor extractor = new Extractor();
    ReaderRegistry readers = readers();
    RecordJson json = new RecordJson();
    if (out != null) {
      Files.createDirectories(out);
    }
    boolean showProgress = progress != null ? progress : System.console() != null && files.size() > 1;
    Progress bar = showProgress ? Progress.onStderr("files", files.size()) : null;
    // Files are extracted in parallel; results are printed in input order, so output is deterministic.
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), new NamedThreads("extract"));
    try {
      List<Future<FileResult>> results = new ArrayList<>();
      for (Path file : files) {
        results.add(pool.submit(() -> {
          FileResult r = extractFile(file, extractor, readers, json);
          if (bar != null) {
            bar.step();
          }
          return r;
        }));
      }
      int failed = 0;
      for (Future<FileResult> f : results) {
        FileResult r = join(f);
        r.lines().forEach(stdout::println);
        stdout.flush();
        if (r.problem() != null) {
          failed++;
          stderr.println(r.file() + ": " + r.problem());
          stderr.flush();
        }
      }
      if (bar != null) {
        bar.finish();
      }
      if (timing) {
        extractor.pipeline().timingMillis().forEach((name, ms) ->
            stderr.println(String.format(Locale.ROOT, "%-22s %10.1f ms", name, ms)));
        stderr.flush();
      }
      return failed == 0 ? 0 : 1;
    } finally {
      pool.shutdownNow();
    }
  }

  /** What one file gave: JSON lines for stdout (none with --out) and a one-line problem, or null. */
  private record FileResult(Path file, List<String> lines, String problem) {}

  private FileResult extractFile(Path file, Extractor extractor, ReaderRegistry readers, RecordJson json) {
    List<String> lines = new ArrayList<>();
    Printer printer = new Printer(file, lines::add, json, files.size() == 1);
    String problem = null;
    try {
      readers.read(file, doc -> {
        printer.seen++;
        try {
          printer.accept(doc, extractor.extract(doc));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
          printer.failed(doc, e);  // one bad record of a volume does not stop the others
        }
      });
    } catch (ReadException e) {
      problem = oneLine(e.getMessage());
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      problem = describe(e);
    }
    try {
      printer.finish();
    } catch (RuntimeException e) {
      printer.failed(null, e);
    }
    if (problem == null) {
      problem = printer.recordProblem();
    }
    return new FileResult(file, lines, problem);
  }

  private static FileResult join(Future<FileResult> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      // extractFile catches what a bad file can throw; anything else is a bug worth a trace.
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Writes one file's records: to files under --out, or to stdout (pretty only for a lone record). */
  private final class Printer {
    private final Path file;
    private final Consumer<String> stdout;
    private final RecordJson json;
    private final boolean lone;
    private Record held;
    private String heldId;
    private int count;
    private int failures;
    private int seen;
    private String firstFailure;

    void failed(SourceDocument doc, Throwable e) {
      failures++;
      if (firstFailure == null) {
        String id = doc == null ? null : doc.documentId();
        firstFailure = (id == null ? "" : "record " + id + ": ") + describe(e);
      }
    }

    /** One line for the records that failed, or null when none did. */
    String recordProblem() {
      if (failures == 0) {
        return null;
      }
      return seen == 1 ? firstFailure : failures + " of " + seen + " records failed, first " + firstFailure;
    }

    Printer(Path file, Consumer<String> stdout, RecordJson json, boolean lone) {
      this.file = file;
      this.stdout = stdout;
      this.json = json;
      this.lone = lone;
    }

    void accept(SourceDocument doc, Record r) {
      count++;
      if (count == 1 && (out != null || lone)) {
        held = r;  // alone it is written as <name>.json / printed pretty; decided when a second arrives or at the end
        heldId = doc.documentId();
        return;
      }
      if (held != null) {
        write(held, heldId, false);
        held = null;
      }
      write(r, doc.documentId(), false);
    }

    void finish() {
      if (held != null) {
        write(held, heldId, true);
        held = null;
      }
    }

    private void write(Record r, String id, boolean alone) {
      if (out == null) {
        stdout.accept(json.write(r, alone));
        return;
      }
      String name = alone || id == null ? baseName(file) : baseName(file) + "-" + UNSAFE.matcher(id).replaceAll("_");
      try {
        Files.writeString(out.resolve(name + ".json"), json.write(r, true), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + name + ".json: " + e.getMessage(), e);
      }
    }
  }

  private static String baseName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String describe(Throwable e) {
    if (e instanceof OutOfMemoryError) {
      // the failed record's memory is garbage once this returns, so the batch goes on
      return "out of memory: too big for this JVM's heap (-Xmx); give java more memory or lower --max-file-size";
    }
    if (e instanceof UncheckedIOException u) {
      return oneLine(u.getMessage());
    }
    return "internal error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + oneLine(e.getMessage()));
  }

  private static String oneLine(String m) {
    return m == null ? "unknown error" : SPACES.matcher(m).replaceAll(" ").strip();
  }

  private ReaderRegistry readers() {
    return maxFileSize == null ? ReaderRegistry.standard() : ReaderRegistry.standard(maxFileSize);
  }
}
