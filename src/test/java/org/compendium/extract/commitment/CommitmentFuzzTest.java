package org.compendium.extract.commitment;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Random;
import org.compendium.extract.Document;
import org.compendium.extract.Header;
import org.compendium.extract.Layers;
import org.compendium.ingest.SourceDocument;
import org.compendium.model.Commitment;
import org.compendium.model.Person;
import org.compendium.model.Source;
import org.compendium.model.Span;
import org.compendium.model.Temporal;
import org.compendium.structure.SentenceAnnotator;
import org.junit.jupiter.api.Test;

/** Seeded random sentences made of cue words and punctuation: the annotator never fails and spans stay valid. */
class CommitmentFuzzTest {
  private static final String[] WORDS = {"the", "two", "sides", "will", "would", "be", "held", "agreed", "to",
      "on", "that", "and", ",", ";", ":", ".", "--", "\n", "\n\n", "1.", "Japan", "Korea's", "visit", "it",
      "which", "invitation", "accepted", "hope", "intention", "his", "their", "following", "scheduled", "for",
      "is", "meeting", "by", "next", "year", "shared", "view", "committed", "not", "was", "decided", "Mr.",
      "Lee", "he", "we", "I", "talks", "with", "\"", "(", ")", "looks", "forward", "determined", "continue"};

  @Test
  void randomTextNeverBreaksTheAnnotator() {
    CommitmentAnnotator annotator = new CommitmentAnnotator();
    SentenceAnnotator sentences = new SentenceAnnotator();
    long seed = System.nanoTime();
    Random random = new Random(seed);
    for (int round = 0; round < 300; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(60);
      for (int i = 0; i < n; i++) {
        sb.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(5) == 0 ? "" : " ");
      }
      String text = sb.toString();
      try {
        Document doc = new Document(new SourceDocument(text, new Source(null, "text", "0")));
        doc.put(Layers.SENTENCES, sentences.split(text));
        doc.put(Layers.HEADER, new Header(null, null, random.nextBoolean() ? "2005-05-05" : null, null, null, 0));
        int at = text.indexOf("next year");
        doc.put(Layers.TEMPORALS, at < 0 ? List.of()
            : List.of(new Temporal("next year", "2006", new Span(at, at + 9))));
        doc.put(Layers.COUNTRIES, List.of("JPN", "KOR"));
        int lee = text.indexOf("Lee");
        doc.put(Layers.PARTICIPANTS, lee < 0 ? List.of()
            : List.of(new Person("Min Lee", "Minister", "KOR", List.of(new Span(lee, lee + 3)))));
        annotator.annotate(doc);
        for (Commitment c : doc.get(Layers.COMMITMENTS)) {
          assertTrue(c.span().end() <= text.length() && c.text().equals(c.span().of(text)), "seed " + seed);
        }
      } catch (RuntimeException e) {
        fail("seed " + seed + " round " + round + " text [" + text + "]: " + e, e);
      }
    }
  }
}
