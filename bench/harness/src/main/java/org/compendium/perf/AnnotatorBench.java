package org.compendium.perf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.compendium.extract.Annotator;
import org.compendium.extract.Document;
import org.compendium.extract.Extractor;
import org.compendium.extract.Layer;
import org.compendium.extract.Pipeline;
import org.compendium.extract.DefaultPipeline;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH micro-benchmarks of the hot annotators: each runs one annotator over every record of the corpus
 * ({@code -Dcorpus=DIR}, default samples/dev), on documents that already carry the layers it requires (computed
 * once in setup), so the figure is that annotator's own time. {@code pipeline} runs the whole extraction.
 * Score: milliseconds per pass over the corpus.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AnnotatorBench {
  @Param({"SentenceAnnotator", "TemporalAnnotator", "PlaceAnnotator", "ParticipantAnnotator",
      "InstrumentAnnotator", "StatementAnnotator", "CommitmentAnnotator", "pipeline"})
  public String annotator;

  private Corpus corpus;
  private Extractor extractor;
  private Annotator target;
  private List<Document> prepared;

  @Setup(Level.Trial)
  public void setup() {
    corpus = Corpus.load(Path.of(System.getProperty("corpus", "samples/dev")));
    Pipeline pipeline = DefaultPipeline.create();
    extractor = new Extractor(pipeline);
    if (annotator.equals("pipeline")) {
      return;
    }
    target = pipeline.annotators().stream().filter(a -> a.name().equals(annotator)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no annotator " + annotator));
    prepared = new ArrayList<>();
    for (var src : corpus.docs()) {
      prepared.add(pipeline.annotate(new Document(src)));
    }
  }

  @Benchmark
  public void run(Blackhole bh) {
    if (target == null) {
      for (var src : corpus.docs()) {
        bh.consume(extractor.extract(src));
      }
      return;
    }
    for (Document full : prepared) {
      Document d = new Document(full.source());
      for (Layer<?> l : target.requires()) {
        copy(full, d, l);
      }
      target.annotate(d);
      bh.consume(d);
    }
  }

  private static <T> void copy(Document from, Document to, Layer<T> layer) {
    to.put(layer, from.get(layer));
  }
}
