package org.compendium.archive.link;

import java.util.List;
import org.compendium.extract.Sentence;
import org.compendium.model.Span;
import org.compendium.structure.SentenceAnnotator;

/** The sentence around a mention (the citing sentence of an instrument), by the pipeline's own sentence splitter. */
final class Sentences {
  private final SentenceAnnotator splitter = new SentenceAnnotator();

  /** Sentences of one text, split on first use. */
  final class Finder {
    private final String text;
    private List<Sentence> split;

    private Finder(String text) {
      this.text = text;
    }

    /** {@code [start, end)} of the sentence holding the start of {@code mention}, else the mention itself. */
    int[] around(Span mention) {
      if (text == null || mention.end() > text.length()) {
        return null;
      }
      if (split == null) {
        split = splitter.split(text);
      }
      for (Sentence s : split) {
        if (s.span().start() <= mention.start() && mention.start() < s.span().end()) {
          return new int[] {s.span().start(), Math.max(s.span().end(), mention.end())};
        }
      }
      return new int[] {mention.start(), mention.end()};
    }
  }

  Finder of(String text) {
    return new Finder(text);
  }
}
