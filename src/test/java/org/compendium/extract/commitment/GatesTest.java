package org.compendium.extract.commitment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.compendium.extract.Tokens;
import org.compendium.extract.Vocabulary;
import org.compendium.model.Person;
import org.compendium.model.Span;
import org.compendium.model.Temporal;
import org.compendium.resolve.Countries;
import org.compendium.structure.SentenceAnnotator;
import org.junit.jupiter.api.Test;

/**
 * The commitment trigger gates are exact: a sentence the gate skips gives nothing from the logic it guards.
 * Checked on seeded random sentences made of the lexicon's own words (so that many do fire and produce
 * something) and on every sentence of the dev samples.
 */
class GatesTest {
  private static final CueLexicon LEX = CueLexicon.load();
  private static final Vocabulary VOCABULARY = new Vocabulary();
  private static final Gates GATES = new Gates(LEX, VOCABULARY);
  private static final ClauseAnalyzer ANALYZER = new ClauseAnalyzer(LEX);
  private static final CountryMentions COUNTRIES = new CountryMentions(Countries.load());

  /** Counts how the gates and the guarded logic answered, so a test can show it exercised both sides. */
  private static final class Tally {
    int skipped;
    int fired;
    int produced;
  }

  @Test
  void randomSentencesSkippedByTheGatesGiveNothing() {
    List<String> vocab = vocabulary();
    long seed = Long.getLong("seed", System.nanoTime());
    Random random = new Random(seed);
    Tally anchors = new Tally();
    Tally accepts = new Tally();
    Tally leads = new Tally();
    // 8,000 rounds: about 200-280 sentences with an anchor (4,000 gave 100-140, at the bound below)
    for (int round = 0; round < 8000; round++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + random.nextInt(18);
      for (int i = 0; i < n; i++) {
        String w = vocab.get(random.nextInt(vocab.size()));
        int shape = random.nextInt(10);
        if (shape == 0) {
          w = w.toUpperCase(Locale.ROOT);
        } else if (shape == 1 && !w.isEmpty()) {
          w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
        } else if (shape == 2) {
          w = w.replace('\'', '\u2019');
        }
        sb.append(w).append(random.nextInt(6) == 0 ? "" : " ");
      }
      String s = sb.toString();
      check(s, Tokens.of(s, VOCABULARY), 0, s.length(), "seed " + seed + " round " + round, anchors, accepts, leads);
    }
    assertTrue(anchors.skipped > 100 && anchors.produced > 100, "seed " + seed + ": both sides exercised");
    assertTrue(accepts.skipped > 100 && accepts.produced > 10, "seed " + seed);
    assertTrue(leads.skipped > 100 && leads.produced > 10, "seed " + seed);
  }

  @Test
  void devSentencesSkippedByTheGatesGiveNothing() throws IOException {
    SentenceAnnotator splitter = new SentenceAnnotator();
    Tally anchors = new Tally();
    Tally accepts = new Tally();
    Tally leads = new Tally();
    try (Stream<Path> files = Files.list(Path.of("samples/dev"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(f);
        Tokens base = Tokens.of(text, VOCABULARY);
        for (Unit u : Unit.join(text, splitter.split(text))) {
          check(text, base, u.span().start(), u.span().end(), f.getFileName().toString(), anchors, accepts, leads);
        }
      }
    }
    assertTrue(anchors.skipped > 50 && anchors.produced > 50, "both sides exercised");
  }

  @Test
  void gatesFireOnTheirTriggersAndNotOnPlainText() {
    assertTrue(GATES.anchors.fires(Tokens.of("Japan will visit.", VOCABULARY), 0, 17));
    assertTrue(GATES.anchors.fires(Tokens.of("They agreed to hold talks", VOCABULARY), 0, 25));
    assertTrue(GATES.anchors.fires(Tokens.of("It was decided", VOCABULARY), 0, 14));
    assertFalse(GATES.anchors.fires(Tokens.of("They agreed.", VOCABULARY), 0, 12), "a lead without to/on/upon/that anchors nothing");
    assertFalse(GATES.anchors.fires(Tokens.of("The talks were long.", VOCABULARY), 0, 20));
    assertTrue(GATES.accepts.fires(Tokens.of("He accepted the invitation", VOCABULARY), 0, 26));
    assertTrue(GATES.leadIn.fires(Tokens.of("as follows", VOCABULARY), 0, 10));
    assertFalse(GATES.anchors.alwaysFires() || GATES.accepts.alwaysFires() || GATES.leadIn.alwaysFires(),
        "every cue word is one base token, so the gates can see them");
  }

  /** Checks each gate on {@code text[from, to)}, read on the document's shared tokens as the annotator does. */
  private static void check(String text, Tokens base, int from, int to, String where, Tally anchors, Tally accepts,
      Tally leads) {
    List<Token> toks = Token.split(text, from, to, LEX);
    if (toks.isEmpty()) {
      return;
    }
    String s = text.substring(from, to);
    Actors actors = new Actors(text, List.of("JPN", "KOR"), participants(text), COUNTRIES, LEX);
    DuePicker dues = new DuePicker(temporals(text), "2005-05-05", LEX);
    List<ClauseAnalyzer.Candidate> found = new ArrayList<>(ANALYZER.analyze(toks, actors, dues, true, true));
    found.addAll(ANALYZER.thatFuture(toks, found, actors, dues));
    tally(anchors, GATES.anchors.fires(base, from, to), !found.isEmpty(), where, s);
    tally(accepts, GATES.accepts.fires(base, from, to), LEX.hasAcceptance(toks), where, s);
    ListItems.LeadIn lead = ListItems.leadIn(toks, List.of(), actors, LEX);
    tally(leads, GATES.leadIn.fires(base, from, to), lead != null, where, s);
  }

  private static void tally(Tally t, boolean fires, boolean produced, String where, String s) {
    if (fires) {
      t.fired++;
    } else {
      t.skipped++;
      assertFalse(produced, where + ": the gate skipped a sentence that gives something [" + s + "]");
    }
    if (produced) {
      t.produced++;
    }
  }

  private static List<Person> participants(String s) {
    int lee = s.indexOf("Lee");
    return lee < 0 ? List.of() : List.of(new Person("Min Lee", "Minister", "KOR", List.of(new Span(lee, lee + 3))));
  }

  private static List<Temporal> temporals(String s) {
    int at = s.indexOf("next year");
    return at < 0 ? List.of() : List.of(new Temporal("next year", "2006", new Span(at, at + 9)));
  }

  /** Every word the lexicon knows (lead and acceptance phrase words, modals, nouns) plus fillers. */
  private static List<String> vocabulary() {
    List<String> out = new ArrayList<>();
    LEX.leadPhrases().keySet().forEach(out::addAll);
    LEX.acceptancePhrases().forEach(out::addAll);
    out.addAll(LEX.modalWords());
    for (String cls : List.of("EVENT", "OFFER", "ACTOR", "JOINT", "LIST", "CONCRETE", "PERSON")) {
      out.addAll(LEX.nounsOf(cls));
    }
    out.addAll(List.of("to", "on", "upon", "that", "the", "is", "are", "was", "were", "be", "held", "for",
        "scheduled", "following", "follows", "as", "sign", "hold", "holding", "visit", "further", "soon",
        "Japan", "Korea's", "Lee", "he", "it", ",", ";", ":", ".", "--", "\n", "\"", "(", ")", "next year",
        "and", "continue", "not", "with", "build", "quickly", "\u0130stanbul", "caf\u00e9"));
    return out;
  }

  @Test
  void aSentenceWithoutAnyLexiconWordIsSkipped() {
    assertNull(ListItems.leadIn(Token.split("Nothing here.", 0, 13, LEX), List.of(),
        new Actors("Nothing here.", List.of(), List.of(), COUNTRIES, LEX), LEX));
    assertFalse(GATES.anchors.fires(Tokens.of("Nothing here.", VOCABULARY), 0, 13));
  }
}
