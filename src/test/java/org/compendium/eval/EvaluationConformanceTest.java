package org.compendium.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.compendium.DevCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java scorer agrees with the reference {@code score.py} line for line: predictions are made by randomly
 * damaging the gold files (dropping, duplicating and altering items), seeded, and both scorers read them.
 */
class EvaluationConformanceTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<String> LISTS =
      List.of("countries", "participants", "statements", "instruments", "commitments", "places", "temporals");

  @TempDir Path tmp;

  @Test
  void agreesWithReferenceScorerOnRandomlyDamagedPredictions() throws Exception {
    assumeTrue(pythonAvailable(), "python3 is needed to run the reference scorer");
    long seed = new Random().nextLong();
    for (int round = 0; round < 3; round++) {
      long s = seed + round;
      Path pred = Files.createDirectories(tmp.resolve("pred" + round));
      Random rnd = new Random(s);
      Evaluation eval = new Evaluation();
      for (Path text : DevCorpus.texts()) {
        Path goldFile = DevCorpus.gold(text);
        String name = goldFile.getFileName().toString().replace(".gold.json", "");
        JsonNode gold = MAPPER.readTree(goldFile.toFile());
        JsonNode p = damage(gold, rnd);
        if (p != null) {
          MAPPER.writeValue(pred.resolve(name + ".json").toFile(), p);
        }
        eval.add(name, gold, p);
      }
      StringWriter java = new StringWriter();
      eval.print(new PrintWriter(java), true);
      String python = runReference(pred);
      assertEquals(python.strip(), java.toString().strip(), "scorers disagree; seed " + s);
    }
  }

  @Test
  void perfectPredictionScoresOne() throws IOException {
    Evaluation eval = new Evaluation();
    for (Path text : DevCorpus.texts()) {
      JsonNode gold = MAPPER.readTree(DevCorpus.gold(text).toFile());
      ObjectNode pred = gold.deepCopy();
      for (String k : List.of("statements", "commitments")) {
        for (JsonNode item : pred.withArray(k)) {
          ((ObjectNode) item).put("text", item.get("quote").asText());
        }
      }
      eval.add(text.getFileName().toString(), gold, pred);
    }
    assertEquals(1.0, eval.macro("overall"), 1e-9);
    assertEquals(0.0, new Evaluation().macro("overall"), 1e-9);
  }

  private static JsonNode damage(JsonNode gold, Random rnd) {
    if (rnd.nextDouble() < 0.05) {
      return null;
    }
    ObjectNode d = gold.deepCopy();
    for (String k : LISTS) {
      ArrayNode out = MAPPER.createArrayNode();
      for (JsonNode item : d.withArray(k)) {
        if (rnd.nextDouble() < 0.2) {
          continue;
        }
        JsonNode x = item.isObject() ? alter(k, (ObjectNode) item.deepCopy(), rnd) : item;
        out.add(x);
        if (rnd.nextDouble() < 0.1) {
          out.add(x);
        }
      }
      d.set(k, out);
    }
    if (rnd.nextDouble() < 0.2) {
      d.putNull("date");
    }
    if (rnd.nextDouble() < 0.2) {
      d.put("kind", "other");
    }
    return d;
  }

  private static ObjectNode alter(String field, ObjectNode x, Random rnd) {
    if (x.has("quote")) {
      x.put("text", (rnd.nextDouble() < 0.2 ? "lorem " : "") + x.remove("quote").asText());
    }
    switch (field) {
      case "participants" -> {
        if (rnd.nextDouble() < 0.3) {
          String[] w = x.get("name").asText().split(" ");
          x.put("name", w[w.length - 1]);
        }
        if (rnd.nextDouble() < 0.2) {
          x.put("country", "XXX");
        }
      }
      case "statements" -> {
        if (rnd.nextDouble() < 0.2) {
          x.put("act", "say");
        }
      }
      case "instruments" -> {
        if (rnd.nextDouble() < 0.3) {
          x.put("year", (x.path("year").isNumber() ? x.get("year").asInt() : 2000) + 1);
        }
      }
      case "commitments" -> {
        if (rnd.nextDouble() < 0.3) {
          if (x.path("due").isTextual()) {
            x.putNull("due");
          } else {
            x.put("due", "2001");
          }
        }
      }
      case "temporals" -> {
        if (rnd.nextDouble() < 0.3) {
          x.putNull("value");
        }
      }
      case "places" -> {
        if (rnd.nextDouble() < 0.2) {
          x.put("name", "The " + x.get("name").asText() + "!");
        }
      }
      default -> { }
    }
    return x;
  }

  private static boolean pythonAvailable() {
    try {
      return new ProcessBuilder("python3", "--version").start().waitFor(20, TimeUnit.SECONDS);
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private String runReference(Path pred) throws Exception {
    Path script = Path.of("src/test/resources/eval/score.py");
    Process p = new ProcessBuilder("python3", script.toString(), DevCorpus.GOLD.toString(), pred.toString(), "--verbose")
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(60, TimeUnit.SECONDS);
    assertEquals(0, p.exitValue(), out);
    return out;
  }

}
