package org.compendium.perf.corenlp;

import com.sun.management.OperatingSystemMXBean;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The NLP toolkit a user would otherwise reach for: Stanford CoreNLP {@code tokenize,ssplit,pos,lemma,ner} over
 * the same plain-text records as compendium's extraction benchmark, one pipeline shared by N threads. Prints one
 * JSON line in the format of the harness ({@code org.compendium.perf.Bench}).
 * <pre>usage: CoreNlpBench DIR THREADS WARM_S MEASURE_S [MAX_RECORDS]</pre>
 */
public final class CoreNlpBench {
  private CoreNlpBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int threads = Integer.parseInt(args[1]);
    double warm = Double.parseDouble(args[2]);
    double measure = Double.parseDouble(args[3]);
    int max = args.length > 4 ? Integer.parseInt(args[4]) : Integer.MAX_VALUE;
    List<String> texts = new ArrayList<>();
    long bytes = 0;
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(f -> f.toString().endsWith(".txt")).sorted().limit(max).toList()) {
        byte[] b = Files.readAllBytes(p);
        bytes += b.length;
        texts.add(new String(b, StandardCharsets.UTF_8));
      }
    }
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    props.setProperty("threads", "1");
    StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long warmEnd = System.nanoTime() + (long) (warm * 1e9);
    do {
      pass(texts, pipeline, pool, threads);
    } while (System.nanoTime() < warmEnd);
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    double loadBefore = os.getSystemLoadAverage();
    long cpu0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    int passes = 0;
    do {
      pass(texts, pipeline, pool, threads);
      passes++;
    } while (System.nanoTime() < t0 + (long) (measure * 1e9));
    double wall = (System.nanoTime() - t0) / 1e9;
    double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
    pool.shutdownNow();
    System.out.println(String.format(Locale.ROOT,
        "{\"bench\":\"corenlp\",\"corpus\":\"%s\",\"records\":%d,\"bytes\":%d,\"threads\":%d,\"passes\":%d,"
            + "\"wall_s\":%.3f,\"cpu_s\":%.3f,\"records_per_s\":%.3f,\"mb_per_s\":%.4f,\"mb_per_cpu_s\":%.4f,"
            + "\"load_before\":%.3f,\"load_after\":%.3f}",
        dir.getFileName(), texts.size(), bytes, threads, passes, wall, cpu, (double) texts.size() * passes / wall,
        bytes * (double) passes / 1e6 / wall, bytes * (double) passes / 1e6 / cpu, loadBefore,
        os.getSystemLoadAverage()));
  }

  private static void pass(List<String> texts, StanfordCoreNLP pipeline, ExecutorService pool, int threads)
      throws Exception {
    AtomicInteger next = new AtomicInteger();
    List<Future<?>> fs = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      fs.add(pool.submit(() -> {
        for (int i; (i = next.getAndIncrement()) < texts.size(); ) {
          pipeline.annotate(new Annotation(texts.get(i)));
        }
        return null;
      }));
    }
    for (Future<?> f : fs) {
      f.get();
    }
  }
}
