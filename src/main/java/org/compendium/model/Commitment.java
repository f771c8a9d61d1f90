package org.compendium.model;

import java.util.List;

/** A future action one or more states undertake; {@code due} is ISO 8601 (yyyy, yyyy-mm or yyyy-mm-dd) or null. */
public record Commitment(String text, List<String> by, String due, String dueText, Span span) {
  public Commitment {
    by = List.copyOf(by);
  }
}
