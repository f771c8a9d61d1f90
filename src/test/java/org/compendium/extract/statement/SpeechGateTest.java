package org.compendium.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.compendium.extract.DefaultPipeline;
import org.compendium.extract.Document;
import org.compendium.extract.Layers;
import org.compendium.extract.Pipeline;
import org.compendium.extract.Sentence;
import org.compendium.ingest.SourceDocument;
import org.compendium.model.Person;
import org.compendium.model.Source;
import org.compendium.model.Span;
import org.compendium.resolve.Countries;
import org.compendium.extract.Tokens;
import org.compendium.extract.TriggerGate;
import org.compendium.extract.Vocabulary;
import org.junit.jupiter.api.Test;

/**
 * The statement trigger gate is exact: a sentence it skips gives no speech act, and the sentence's first
 * {@link Speakers#SUBJECT_TOKENS} tokens note the same opening person as all of its tokens. Checked on seeded
 * random sentences of the lexicon's own words and on every sentence of the dev samples (with their real
 * participants).
 */
class SpeechGateTest {
  private static final Countries COUNTRIES = Countries.load();
  private static final StatementLexicon LEX = StatementLexicon.load();
  private static final Vocabulary VOCABULARY = new Vocabulary();
  private static final TriggerGate GATE = LEX.speechGate(VOCABULARY);
  private static final ClauseAnalyzer ANALYZER = new ClauseAnalyzer(LEX);

  private int skipped;
  private int produced;

  @Test
  void randomSentencesSkippedByTheGateGiveNothing() {
    List<String> cues = new ArrayList<>();
    for (String[] row : org.compendium.util.Resources.tsv("extract/statement/verbs.tsv", 3)) {
      cues.addAll(List.of(row[0].split(" ")));
    }
    cues.addAll(LEX.lightNounSet());
    List<String> vocab = new ArrayList<>(List.of("made", "gave", "reached", "extended", "the", "a", "he", "she", "we", "I", "it", "was",
        "were", "is", "has", "been", "will", "not", "also", "then", "and", ",", ";", ":", ".", "(", ")", "\"",
        "that", "which", "who", "as", "follows", "following", "Prime", "Minister", "Min", "Lee", "Japan",
        "Japanese", "side", "two", "leaders", "Korea's", "Mr.", "by", "telephone", "with", "\u2019s", "1993",
        "\n", "\u0130stanbul"));
    String[] people = {"Min Lee", "Taro Aso"};
    long seed = System.nanoTime();
    Random random = new Random(seed);
    for (int round = 0; round < 3000; round++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + random.nextInt(20);
      for (int i = 0; i < n; i++) {
        // mostly plain words, so that many sentences hold no cue (or only part of a phrase)
        String w = random.nextInt(8) == 0 ? cues.get(random.nextInt(cues.size()))
            : vocab.get(random.nextInt(vocab.size()));
        int shape = random.nextInt(12);
        if (shape == 0) {
          w = w.toUpperCase(Locale.ROOT);
        } else if (shape == 1 && !w.isEmpty()) {
          w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
        }
        sb.append(w).append(random.nextInt(6) == 0 ? "" : " ");
      }
      String s = sb.toString();
      List<Person> participants = new ArrayList<>();
      for (String p : people) {
        String family = p.substring(p.indexOf(' ') + 1);
        int at = s.indexOf(family);
        if (at >= 0) {
          participants.add(new Person(p, "Minister", "KOR", List.of(new Span(at, at + family.length()))));
        }
      }
      check(s, 0, s.length(), participants, "seed " + seed + " round " + round);
    }
    assertTrue(skipped > 100 && produced > 100, "seed " + seed + ": both sides exercised: " + skipped + " skipped, "
        + produced + " gave acts");
  }

  @Test
  void devSentencesSkippedByTheGateGiveNothing() throws IOException {
    Pipeline pipeline = DefaultPipeline.create();
    try (Stream<Path> files = Files.list(Path.of("samples/dev"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(f);
        Document doc = pipeline.annotate(new Document(new SourceDocument(text, new Source(null, "text", "0"))));
        List<Person> participants = doc.get(Layers.PARTICIPANTS);
        for (Sentence s : Layout.joinWrapped(text, doc.get(Layers.SENTENCES))) {
          check(text, s.span().start(), s.span().end(), participants, f.getFileName().toString());
        }
      }
    }
    assertTrue(skipped > 50 && produced > 50, "both sides exercised");
  }

  @Test
  void firesOnReportingVerbsOnly() {
    assertTrue(fires("The two leaders agreed that talks will go on."));
    assertTrue(fires("He made a brief statement."));
    assertFalse(fires("The meeting lasted an hour."));
    assertFalse(fires("He made a cake."), "a light verb needs its speech-act noun");
  }

  private static boolean fires(String s) {
    return GATE.fires(Tokens.of(s, VOCABULARY), 0, s.length());
  }

  private void check(String text, int from, int to, List<Person> participants, String where) {
    List<Token> toks = Token.tokenize(text, from, to);
    if (toks.isEmpty()) {
      return;
    }
    Speakers speakers = new Speakers(text, participants, COUNTRIES, LEX);
    boolean gave = !ANALYZER.analyze(toks, speakers).isEmpty();
    if (!GATE.fires(Tokens.of(text, VOCABULARY), from, to)) {
      skipped++;
      assertFalse(gave, where + ": the gate skipped a sentence with a speech act [" + text.substring(from, to) + "]");
    }
    if (gave) {
      produced++;
    }
    // the first words alone note the same opening person
    Speakers all = new Speakers(text, participants, COUNTRIES, LEX);
    Speakers head = new Speakers(text, participants, COUNTRIES, LEX);
    all.noteSentenceSubject(toks);
    head.noteSentenceSubject(Token.tokenize(text, from, to, Speakers.SUBJECT_TOKENS));
    List<Token> he = List.of(new Token("he", "he", text.length() + 1, text.length() + 3));
    assertEquals(all.resolve(he, 0, 1), head.resolve(he, 0, 1), where + " [" + text.substring(from, to) + "]");
  }

  @Test
  void prefixTokensAreTheFirstTokens() {
    String s = "  Prime Minister Taro Aso, of Japan's U.S.-Japan desk, said: yes.";
    List<Token> all = Token.tokenize(s, 1, s.length());
    for (int max = 0; max <= all.size() + 1; max++) {
      assertEquals(all.subList(0, Math.min(max, all.size())), Token.tokenize(s, 1, s.length(), max));
    }
  }
}
