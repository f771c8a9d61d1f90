package org.compendium.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.compendium.eval.Evaluation;
import org.compendium.extract.Extractor;
import org.compendium.ingest.ReaderRegistry;
import org.compendium.json.RecordJson;
import org.compendium.model.Record;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code compendium eval GOLD_DIR [--pred DIR]}: extraction measured against a gold set, by the rules of
 * ANNOTATION.md (the same figures as {@code eval/score.py}).
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score extraction against NAME.gold.json files: per-field precision, recall, F1, attribute accuracies.")
public final class EvalCommand implements Callable<Integer> {
  private static final List<String> EXTENSIONS = List.of(".txt", ".html", ".htm", ".xml");

  @Parameters(index = "0", paramLabel = "GOLD_DIR", description = "Directory of NAME.gold.json files and their records.")
  Path goldDir;

  @Option(names = "--pred", paramLabel = "DIR", description = "Read predictions DIR/NAME.json instead of extracting.")
  Path predDir;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
  Path jsonOut;

  @Option(names = "--verbose", description = "Print each record's figures.")
  boolean verbose;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(goldDir)) {
      err.println(goldDir + ": not a directory");
      return 2;
    }
    ObjectMapper mapper = new RecordJson().mapper();
    Extractor extractor = predDir == null ? new Extractor() : null;
    ReaderRegistry readers = ReaderRegistry.standard();
    Evaluation eval = new Evaluation();
    for (Path goldFile : goldFiles()) {
      String name = goldFile.getFileName().toString().replace(".gold.json", "");
      JsonNode gold = mapper.readTree(goldFile.toFile());
      JsonNode pred = null;
      try {
        pred = predDir != null ? readPrediction(mapper, predDir.resolve(name + ".json")) : extract(extractor, readers, mapper, name);
      } catch (Exception e) {
        err.println(goldFile.resolveSibling(name) + ": " + (e.getMessage() == null ? e : e.getMessage()));
      }
      eval.add(name, gold, pred);
    }
    if (eval.size() == 0) {
      err.println("no gold files in " + goldDir);
      return 2;
    }
    eval.print(out, verbose);
    if (jsonOut != null) {
      mapper.writerWithDefaultPrettyPrinter().writeValue(jsonOut.toFile(), eval.toJson(mapper));
    }
    return 0;
  }

  private List<Path> goldFiles() throws IOException {
    try (Stream<Path> s = Files.list(goldDir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
    }
  }

  private static JsonNode readPrediction(ObjectMapper mapper, Path file) throws IOException {
    return Files.exists(file) ? mapper.readTree(file.toFile()) : null;
  }

  private JsonNode extract(Extractor extractor, ReaderRegistry readers, ObjectMapper mapper, String name) throws Exception {
    for (String ext : EXTENSIONS) {
      Path input = goldDir.resolve(name + ext);
      if (Files.exists(input)) {
        List<Record> records = new ArrayList<>();
        readers.read(input, d -> records.add(extractor.extract(d)));
        return records.isEmpty() ? null : mapper.valueToTree(records.get(0));
      }
    }
    throw new IOException("no record file beside the gold file");
  }
}
