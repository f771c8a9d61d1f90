package org.compendium.extract;

import org.compendium.model.Span;

/**
 * A sentence (or outline item) of the body. {@code span} leaves out any outline label ("1.", "(2)", "--") that
 * opens it; {@code label} is that label or null. {@code block} numbers the printed line or paragraph it sits in.
 */
public record Sentence(Span span, String label, int block) {
  public String text(CharSequence doc) {
    return span.of(doc);
  }
}
