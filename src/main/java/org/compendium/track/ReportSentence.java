package org.compendium.track;

import java.util.Set;
import org.compendium.model.Span;

/** A sentence of a record that reports on an undertaking: its position, cue, text, span and content terms. */
public record ReportSentence(int seq, Cues.Kind kind, String cue, String text, Span span, Set<String> terms) {
  public ReportSentence {
    terms = Set.copyOf(terms);
  }
}
