package org.compendium.perf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Turns one run's measurements (JSON lines from {@link Bench}, the CoreNLP bench and bench/run.sh, plus JMH's
 * JSON) into bench/results.json, bench/RESULTS.md (the machine, every figure with the load average it was measured
 * under, and each ratio against its reference in the same run) and a PNG chart of throughput against corpus size.
 * <pre>usage: Report RESULTS.jsonl JMH.json|- OUT_DIR [EXTRA.md ...]</pre>
 * EXTRA files (other benchmarks' own reports, e.g. ingest, search, API) are appended to RESULTS.md as they are.
 */
public final class Report {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Report() {}

  public static void main(String[] args) throws IOException {
    List<JsonNode> rows = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      if (line.startsWith("{")) {
        rows.add(JSON.readTree(line));
      }
    }
    JsonNode jmh = args[1].equals("-") || !Files.exists(Path.of(args[1])) ? JSON.createArrayNode()
        : JSON.readTree(Path.of(args[1]).toFile());
    Path out = Path.of(args[2]);
    ObjectNode machine = machine();
    ObjectNode all = JSON.createObjectNode();
    all.set("machine", machine);
    all.set("throughput", JSON.valueToTree(rows.stream().filter(r -> r.has("mb_per_s")).toList()));
    all.set("other", JSON.valueToTree(rows.stream().filter(r -> !r.has("mb_per_s")).toList()));
    all.set("ratios", ratios(rows));
    all.set("jmh", jmhSummary(jmh));
    JSON.writerWithDefaultPrettyPrinter().writeValue(out.resolve("results.json").toFile(), all);
    chart(rows, out.resolve("throughput.png"));
    StringBuilder md = new StringBuilder(markdown(all));
    for (int i = 3; i < args.length; i++) {
      Path extra = Path.of(args[i]);
      if (Files.exists(extra)) {
        md.append("\n").append(Files.readString(extra)).append("\n");
      }
    }
    Files.writeString(out.resolve("RESULTS.md"), md.toString());
  }

  static ObjectNode machine() throws IOException {
    ObjectNode m = JSON.createObjectNode();
    m.put("cores", Runtime.getRuntime().availableProcessors());
    m.put("memory_gb", Math.round(memTotalKb() / 1024.0 / 1024.0 * 10) / 10.0);
    m.put("cpu", cpuModel());
    m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    m.put("commit", System.getProperty("commit", "?"));
    m.put("date", java.time.Instant.now().toString().substring(0, 16) + "Z");
    m.put("mode", System.getProperty("mode", "full"));
    return m;
  }

  private static long memTotalKb() throws IOException {
    Path p = Path.of("/proc/meminfo");
    if (Files.exists(p)) {
      for (String l : Files.readAllLines(p)) {
        if (l.startsWith("MemTotal:")) {
          return Long.parseLong(l.replaceAll("\\D", ""));
        }
      }
    }
    return Runtime.getRuntime().maxMemory() / 1024;
  }

  private static String cpuModel() throws IOException {
    Path p = Path.of("/proc/cpuinfo");
    if (Files.exists(p)) {
      for (String l : Files.readAllLines(p)) {
        if (l.startsWith("model name")) {
          return l.substring(l.indexOf(':') + 1).strip();
        }
      }
    }
    return "?";
  }

  /** Each figure of compendium's extraction against Lucene (same corpus, threads) and CoreNLP (same threads). */
  static ArrayNode ratios(List<JsonNode> rows) {
    ArrayNode out = JSON.createArrayNode();
    for (JsonNode e : rows) {
      if (!e.path("bench").asText().equals("extract")) {
        continue;
      }
      ObjectNode r = JSON.createObjectNode();
      r.put("corpus", e.get("corpus").asText());
      r.put("records", e.get("records").asInt());
      r.put("threads", e.get("threads").asInt());
      r.put("extract_mb_per_s", e.get("mb_per_s").asDouble());
      r.put("extract_mb_per_cpu_s", e.get("mb_per_cpu_s").asDouble());
      JsonNode lucene = find(rows, "lucene", e.get("corpus").asText(), e.get("threads").asInt());
      if (lucene != null) {
        r.put("lucene_mb_per_s", lucene.get("mb_per_s").asDouble());
        r.put("lucene_over_extract", ratio(lucene.get("mb_per_s"), e.get("mb_per_s")));
        r.put("lucene_over_extract_cpu", ratio(lucene.get("mb_per_cpu_s"), e.get("mb_per_cpu_s")));
      }
      JsonNode corenlp = find(rows, "corenlp", null, e.get("threads").asInt());
      if (corenlp != null) {
        r.put("corenlp_corpus", corenlp.get("corpus").asText() + " (" + corenlp.get("records").asInt() + " records)");
        r.put("corenlp_mb_per_s", corenlp.get("mb_per_s").asDouble());
        r.put("extract_over_corenlp", ratio(e.get("mb_per_s"), corenlp.get("mb_per_s")));
        r.put("extract_over_corenlp_cpu", ratio(e.get("mb_per_cpu_s"), corenlp.get("mb_per_cpu_s")));
      }
      out.add(r);
    }
    return out;
  }

  private static double ratio(JsonNode a, JsonNode b) {
    return b.asDouble() == 0 ? 0 : Math.round(a.asDouble() / b.asDouble() * 100) / 100.0;
  }

  private static JsonNode find(List<JsonNode> rows, String bench, String corpus, int threads) {
    for (JsonNode r : rows) {
      if (r.path("bench").asText().equals(bench) && (corpus == null || r.get("corpus").asText().equals(corpus))
          && r.get("threads").asInt() == threads) {
        return r;
      }
    }
    return null;
  }

  private static ArrayNode jmhSummary(JsonNode jmh) {
    ArrayNode out = JSON.createArrayNode();
    for (JsonNode b : jmh) {
      ObjectNode r = JSON.createObjectNode();
      r.put("benchmark", b.path("params").path("annotator").asText(b.path("benchmark").asText()));
      r.put("ms_per_corpus_pass", Math.round(b.path("primaryMetric").path("score").asDouble() * 100) / 100.0);
      r.put("error_ms", Math.round(b.path("primaryMetric").path("scoreError").asDouble() * 100) / 100.0);
      out.add(r);
    }
    return out;
  }

  static void chart(List<JsonNode> rows, Path png) throws IOException {
    XYChart chart = new XYChartBuilder().width(900).height(560)
        .title("Throughput against corpus size").xAxisTitle("records in corpus (log)")
        .yAxisTitle("MB/s (log)").build();
    chart.getStyler().setXAxisLogarithmic(true);
    chart.getStyler().setYAxisLogarithmic(true);
    chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
    Map<String, TreeMap<Integer, Double>> series = new TreeMap<>();
    for (JsonNode r : rows) {
      if (!r.has("mb_per_s") || r.get("mb_per_s").asDouble() <= 0) {
        continue;
      }
      String name = label(r.get("bench").asText()) + ", " + r.get("threads").asInt()
          + (r.get("threads").asInt() == 1 ? " thread" : " threads");
      series.computeIfAbsent(name, k -> new TreeMap<>()).put(r.get("records").asInt(), r.get("mb_per_s").asDouble());
    }
    series.forEach((name, points) -> chart.addSeries(name, new ArrayList<>(points.keySet()),
        new ArrayList<>(points.values())).setMarker(SeriesMarkers.CIRCLE));
    if (!series.isEmpty()) {
      BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
    }
  }

  private static String label(String bench) {
    return switch (bench) {
      case "extract" -> "compendium extract";
      case "lucene" -> "Lucene StandardAnalyzer indexing";
      case "corenlp" -> "CoreNLP tokenize,ssplit,pos,lemma,ner";
      default -> bench;
    };
  }

  static String markdown(JsonNode all) {
    StringBuilder md = new StringBuilder();
    JsonNode m = all.get("machine");
    md.append("# Benchmark results (bench/run.sh").append(m.get("mode").asText().equals("quick") ? " --quick" : "")
        .append(")\n\n");
    md.append(String.format(Locale.ROOT, "Machine: %d cores (%s), %.1f GB memory, %s. Commit %s, %s. ",
        m.get("cores").asInt(), m.get("cpu").asText(), m.get("memory_gb").asDouble(), m.get("java").asText(),
        m.get("commit").asText(), m.get("date").asText()));
    md.append("The machine may be shared: every figure carries the 1-minute load average it was measured under, and "
        + "each ratio compares figures measured back to back in this run. MB = 10^6 bytes of input files; "
        + "MB per CPU-s divides by the process's CPU time (work, JIT and GC threads), which the load of other "
        + "processes disturbs less than wall time. Chart: `throughput.png`; all figures: `results.json`.\n\n");
    md.append("## Throughput (in-process, warm JVM, texts in memory)\n\n");
    md.append("| benchmark | corpus | records | MB | threads | records/s | MB/s | MB per CPU-s | load avg |\n");
    md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (JsonNode r : all.get("throughput")) {
      md.append(String.format(Locale.ROOT, "| %s | %s | %d | %.2f | %d | %.1f | %.3f | %.3f | %.1f |\n",
          label(r.get("bench").asText()), r.get("corpus").asText(), r.get("records").asInt(),
          r.get("bytes").asDouble() / 1e6, r.get("threads").asInt(), r.get("records_per_s").asDouble(),
          r.get("mb_per_s").asDouble(), r.get("mb_per_cpu_s").asDouble(), r.get("load_before").asDouble()));
    }
    md.append("\n## Ratios (same run)\n\n");
    md.append("| corpus | threads | extract MB/s | Lucene MB/s | Lucene ÷ extract (wall / CPU) | CoreNLP MB/s "
        + "| extract ÷ CoreNLP (wall / CPU) |\n|---|---:|---:|---:|---:|---:|---:|\n");
    for (JsonNode r : all.get("ratios")) {
      md.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %s | %s | %s | %s |\n", r.get("corpus").asText(),
          r.get("threads").asInt(), r.get("extract_mb_per_s").asDouble(), num(r, "lucene_mb_per_s"),
          pair(r, "lucene_over_extract"), num(r, "corenlp_mb_per_s"), pair(r, "extract_over_corenlp")));
    }
    md.append("\nLucene runs on the same corpus as extraction; CoreNLP, being slow, on the first records of the smallest "
        + "corpus (see its row above), so its ratio compares rates. Targets (issue 5): extraction >= 10 MB/s per "
        + "core; within 5x of Lucene; >= 50x faster than CoreNLP.\n");
    JsonNode other = all.get("other");
    if (other.size() > 0) {
      md.append("\n## Start-up and other figures\n\n| measure | value | load avg |\n|---|---:|---:|\n");
      for (JsonNode r : other) {
        md.append(String.format(Locale.ROOT, "| %s | %s %s | %s |\n", r.path("what").asText(),
            r.path("value").asText(), r.path("unit").asText(), r.path("load").asText()));
      }
    }
    JsonNode jmh = all.get("jmh");
    if (jmh.size() > 0) {
      md.append("\n## JMH: one annotator over the JMH corpus (ms per pass, average time)\n\n"
          + "| annotator | ms per pass | ± |\n|---|---:|---:|\n");
      for (JsonNode r : jmh) {
        md.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f |\n", r.get("benchmark").asText(),
            r.get("ms_per_corpus_pass").asDouble(), r.get("error_ms").asDouble()));
      }
    }
    return md.toString();
  }

  private static String num(JsonNode r, String k) {
    return r.has(k) ? String.format(Locale.ROOT, "%.4f", r.get(k).asDouble()) : "–";
  }

  private static String pair(JsonNode r, String k) {
    return r.has(k) ? String.format(Locale.ROOT, "%.2f / %.2f", r.get(k).asDouble(), r.get(k + "_cpu").asDouble())
        : "–";
  }
}
