package org.compendium.store;

import org.compendium.model.Record;

/**
 * A record to store and the key of the source it came from: its uri, plus {@code #documentId} for one of
 * several records in a file. A new record under a known key is a new version of that source.
 */
public record Incoming(String sourceKey, Record record) {
  public static String key(String uri, String documentId) {
    String base = uri == null ? "" : uri;
    return documentId == null ? base : base + "#" + documentId;
  }
}
