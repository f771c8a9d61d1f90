package org.compendium.extract;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.compendium.ingest.SourceDocument;
import org.compendium.model.Record;
import org.compendium.util.Hashes;

/** Turns one read record into a structured {@link Record} by running the pipeline and assembling its layers. */
public final class Extractor {
  private final Pipeline pipeline;

  public Extractor(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  public Extractor() {
    this(DefaultPipeline.create());
  }

  public Pipeline pipeline() {
    return pipeline;
  }

  public Record extract(SourceDocument source) {
    Document doc = pipeline.annotate(new Document(source));
    return assemble(doc);
  }

  private static Record assemble(Document doc) {
    String text = doc.text();
    Header header = doc.get(Layers.HEADER);
    return new Record(
        Hashes.sha256(text.getBytes(StandardCharsets.UTF_8)).substring(0, 16),
        doc.source().source(),
        header.title(),
        header.date(),
        header.issuer(),
        doc.get(Layers.KIND),
        doc.get(Layers.COUNTRIES),
        doc.get(Layers.PARTICIPANTS),
        doc.get(Layers.STATEMENTS),
        doc.get(Layers.INSTRUMENTS),
        doc.get(Layers.COMMITMENTS),
        doc.get(Layers.PLACES),
        doc.get(Layers.TEMPORALS),
        doc.has(Layers.TOPICS) ? doc.get(Layers.TOPICS) : List.of(),
        doc.get(Layers.SECTIONS),
        text);
  }
}
