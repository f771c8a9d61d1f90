package org.compendium.store;

import java.util.List;
import org.apache.lucene.document.Document;
import org.compendium.model.Record;

/**
 * A record to store and the key of the source it came from: its uri, plus {@code #documentId} for one of
 * several records in a file. A new record under a known key is a new version of that source. {@code ready}, when
 * not null, is the work on the record alone done before the write (see {@link Archive#prepare}), so that the
 * one writing thread only writes.
 */
public record Incoming(String sourceKey, Record record, Ready ready) {
  public Incoming(String sourceKey, Record record) {
    this(sourceKey, record, null);
  }

  /**
   * What storing a record needs that depends on the record alone: its JSON as the database stores it ({@link
   * StoredJson#pack}), what each derivation computes from it ({@link Derivation#prepare}, in the store's order of
   * derivations), its index document (or null).
   */
  public record Ready(byte[] json, List<Object> derived, Document document) {}

  /**
   * What is left to keep of this record once it is written: its key and, where it was prepared with an index
   * document, that document alone (no record, JSON or derived rows, which are most of its memory); otherwise
   * itself. For an ingest that holds its outcomes until the batch is committed and indexed.
   */
  public Incoming written() {
    if (ready == null || ready.document() == null) {
      return this;
    }
    return new Incoming(sourceKey, null, new Ready(null, List.of(), ready.document()));
  }

  public static String key(String uri, String documentId) {
    String base = uri == null ? "" : uri;
    return documentId == null ? base : base + "#" + documentId;
  }
}
