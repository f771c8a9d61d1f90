package org.compendium.store.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Lucene's unified highlighter that also keeps each hit's title and date, by id, from the stored-fields visit in
 * which it loads the hit's text: a stored document is decompressed once per hit, not once for the snippet and
 * again for the hit's fields. Highlighting itself is the unified highlighter's, unchanged. One instance per
 * search (it is not thread-safe); {@link #fields(String)} is null for a document it did not visit.
 */
final class HitHighlighter extends UnifiedHighlighter {
  /** A hit's stored title and date. */
  record Stored(String title, String date) {}

  private final Map<String, String[]> seen = new HashMap<>();

  HitHighlighter(Builder builder) {
    super(builder);
  }

  Stored fields(String id) {
    String[] f = seen.get(id);
    return f == null ? null : new Stored(f[0], f[1]);
  }

  @Override
  protected LimitedStoredFieldVisitor newLimitedStoredFieldsVisitor(String[] fields) {
    return new LimitedStoredFieldVisitor(fields, MULTIVAL_SEP_CHAR, getMaxLength()) {
      private String[] current;  // the document being visited: its id is stored first (RecordDocuments)
      private int slot;  // -1: a field to highlight, handled by the superclass; 0 title, 1 date; 2 id

      @Override
      public Status needsField(FieldInfo info) throws IOException {
        slot = switch (info.name) {
          case Fields.ID -> 2;
          case Fields.TITLE -> 0;
          case Fields.DATE -> 1;
          default -> -1;
        };
        if (slot >= 0 && !isHighlighted(info.name)) {
          return slot == 2 || current != null ? Status.YES : Status.NO;
        }
        slot = -1;
        return super.needsField(info);
      }

      @Override
      public void stringField(FieldInfo info, String value) throws IOException {
        if (slot < 0) {
          super.stringField(info, value);
        } else if (slot == 2) {
          current = seen.computeIfAbsent(value, k -> new String[2]);
        } else {
          current[slot] = value;
        }
      }

      private boolean isHighlighted(String field) {
        for (String f : fields) {
          if (f.equals(field)) {
            return true;
          }
        }
        return false;
      }
    };
  }
}
