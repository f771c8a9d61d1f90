package org.compendium.track;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.compendium.model.Span;

/**
 * Finds the sentences of a record's text that report an action as carried out or not achieved: a sentence with
 * a {@link Cues cue} and at least two {@link Terms content terms}. Very long spans (a whole unpunctuated
 * preamble) are left out: they share words with anything.
 */
public final class ReportFinder {
  static final int MAX_SENTENCE = 600;

  private final Cues cues;
  private final Terms terms;

  public ReportFinder(Cues cues, Terms terms) {
    this.cues = cues;
    this.terms = terms;
  }

  public List<ReportSentence> find(String text) {
    List<ReportSentence> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (Span s : Sentences.of(text)) {
      if (s.end() - s.start() > MAX_SENTENCE) {
        continue;
      }
      String sentence = text.substring(s.start(), s.end());
      Optional<Cues.Cue> cue = cues.find(Words.of(sentence));
      if (cue.isEmpty()) {
        continue;
      }
      Set<String> t = terms.of(sentence);
      if (t.size() >= EvidenceRule.MIN_SHARED) {
        out.add(new ReportSentence(out.size(), cue.get().kind(), cue.get().phrase(), sentence, s, t));
      }
    }
    return out;
  }
}
