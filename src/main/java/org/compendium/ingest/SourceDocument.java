package org.compendium.ingest;

import java.util.List;
import org.compendium.model.Source;

/**
 * What a reader hands on: one record's normalized text (every span points into it), its source metadata, the
 * id of the document inside a many-record file (null when the file holds one record) and any markup the format
 * carried.
 */
public record SourceDocument(String text, Source source, String documentId, List<Markup> markup) {
  public SourceDocument {
    markup = List.copyOf(markup);
  }

  public SourceDocument(String text, Source source) {
    this(text, source, null, List.of());
  }
}
