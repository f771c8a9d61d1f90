package org.compendium.ingest;

import org.compendium.model.Span;

/**
 * A fact the source format already marks up (TEI {@code <persName>}, {@code <date when>}, ...), kept so that
 * annotators can use it instead of guessing. {@code value} is the normalized form the markup gives (a name, an
 * ISO date), or the covered text when it gives none.
 */
public record Markup(Type type, Span span, String value) {
  /** Kinds of markup a reader can carry over. */
  public enum Type {
    TITLE, DATE, PLACE, PERSON, PARTICIPANT, ISSUER
  }
}
