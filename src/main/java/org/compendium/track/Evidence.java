package org.compendium.track;

import java.util.List;
import org.compendium.model.Span;

/**
 * A machine-suggested piece of evidence on a commitment: the later record (id, date, title), whether its sentence
 * reports the action carried out or not achieved, the cue, the sentence with its span in that record's text, the
 * score and the content terms it shares with the commitment.
 */
public record Evidence(String recordId, String recordDate, String recordTitle, Cues.Kind kind, String cue,
    String sentence, Span span, double score, List<String> matched) {
  public Evidence {
    matched = List.copyOf(matched);
  }
}
