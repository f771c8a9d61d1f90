package org.compendium.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.compendium.extract.Extractor;
import org.compendium.ingest.ReadException;
import org.compendium.ingest.ReaderRegistry;
import org.compendium.ingest.SourceDocument;
import org.compendium.json.RecordJson;
import org.compendium.model.Record;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code compendium extract FILE... [--out DIR]}: structured records as JSON. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract structured records from text, HTML or TEI files.")
public final class ExtractCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Input files.")
  List<Path> files;

  @Option(names = "--out", paramLabel = "DIR", description = "Write DIR/<name>.json for each record instead of printing.")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    Extractor extractor = new Extractor();
    ReaderRegistry readers = ReaderRegistry.standard();
    RecordJson json = new RecordJson();
    if (out != null) {
      Files.createDirectories(out);
    }
    int failed = 0;
    boolean pretty = files.size() == 1;
    for (Path file : files) {
      List<SourceDocument> docs = new ArrayList<>();
      try {
        readers.read(file, docs::add);
        List<Record> records = new ArrayList<>();
        for (SourceDocument d : docs) {
          records.add(extractor.extract(d));
        }
        if (records.size() > 1) {
          pretty = false;
        }
        for (int i = 0; i < records.size(); i++) {
          Record r = records.get(i);
          if (out == null) {
            stdout.println(json.write(r, pretty && records.size() == 1));
          } else {
            String base = baseName(file);
            String id = docs.get(i).documentId();
            String name = id == null ? base : base + "-" + id;
            Files.writeString(out.resolve(name + ".json"), json.write(r, true), StandardCharsets.UTF_8);
          }
        }
      } catch (ReadException | IOException | RuntimeException e) {
        failed++;
        stderr.println(file + ": " + oneLine(e));
      }
      stdout.flush();
    }
    return failed == 0 ? 0 : 1;
  }

  private static String baseName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String oneLine(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.replaceAll("\\s+", " ");
  }
}
