package org.compendium.perf;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.compendium.extract.Extractor;
import org.compendium.ingest.SourceDocument;

/**
 * Throughput benchmarks over one corpus directory, each printing one JSON line on stdout:
 * <pre>
 *   extract DIR THREADS WARM_S MEASURE_S   compendium's extraction (the whole default pipeline, JSON model)
 *   lucene  DIR THREADS WARM_S MEASURE_S   plain Lucene indexing of the same texts with StandardAnalyzer
 *                                          (in memory: the floor any text tool pays to read every word)
 * </pre>
 * Extraction and Lucene read the same in-memory texts (the readers' normalized text), so the two figures differ
 * only by the work done on them.
 */
public final class Bench {
  private Bench() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 5) {
      System.err.println("usage: Bench extract|lucene DIR THREADS WARM_S MEASURE_S");
      System.exit(2);
    }
    String what = args[0];
    Corpus corpus = Corpus.load(Path.of(args[1]));
    int threads = Integer.parseInt(args[2]);
    double warm = Double.parseDouble(args[3]);
    double measure = Double.parseDouble(args[4]);
    Throughput.Result r = switch (what) {
      case "extract" -> extract(corpus, threads, warm, measure);
      case "lucene" -> lucene(corpus, threads, warm, measure);
      default -> throw new IllegalArgumentException("unknown benchmark " + what);
    };
    System.out.println(line(what, corpus, threads, r));
  }

  static Throughput.Result extract(Corpus corpus, int threads, double warm, double measure) throws Exception {
    Extractor extractor = new Extractor();
    Throughput.Sink sink = new Throughput.Sink();
    return Throughput.run(corpus, threads, warm, measure, doc -> sink.accept(extractor.extract(doc)));
  }

  static Throughput.Result lucene(Corpus corpus, int threads, double warm, double measure) throws Exception {
    return Throughput.run(corpus, threads, warm, measure, new Throughput.Work() {
      private IndexWriter writer;

      @Override
      public void beginPass() {
        try {
          writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(new StandardAnalyzer()));
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }

      @Override
      public void doc(SourceDocument doc) throws Exception {
        Document d = new Document();
        d.add(new StringField("id", doc.source().uri(), Field.Store.YES));
        d.add(new TextField("body", doc.text(), Field.Store.NO));
        writer.addDocument(d);
      }

      @Override
      public void endPass() throws Exception {
        writer.commit();
        writer.close();
      }
    });
  }

  static String line(String what, Corpus corpus, int threads, Throughput.Result r) throws Exception {
    double passesBytes = (double) corpus.bytes() * r.passes();
    double passesRecords = (double) corpus.records() * r.passes();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("bench", what);
    m.put("corpus", corpus.name());
    m.put("records", corpus.records());
    m.put("bytes", corpus.bytes());
    m.put("threads", threads);
    m.put("passes", r.passes());
    m.put("wall_s", round(r.wallSeconds()));
    m.put("cpu_s", round(r.cpuSeconds()));
    m.put("records_per_s", round(passesRecords / r.wallSeconds()));
    m.put("mb_per_s", round(passesBytes / 1e6 / r.wallSeconds()));
    m.put("mb_per_cpu_s", round(passesBytes / 1e6 / r.cpuSeconds()));
    if (threads == 1) {
      m.put("thread_cpu_s", round(r.threadCpuSeconds()));
      m.put("mb_per_thread_cpu_s", round(passesBytes / 1e6 / r.threadCpuSeconds()));
    }
    m.put("load_before", round(r.loadBefore()));
    m.put("load_after", round(r.loadAfter()));
    ObjectNode node = new ObjectMapper().valueToTree(m);
    return node.toString();
  }

  static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
