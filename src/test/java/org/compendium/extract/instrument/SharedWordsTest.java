package org.compendium.extract.instrument;

import org.compendium.extract.RandomPieces;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.compendium.extract.Tokens;
import org.compendium.resolve.Countries;
import org.compendium.resolve.InstrumentRegistry;
import org.compendium.resolve.InstrumentWords;
import org.compendium.util.WordTokens;
import org.compendium.util.WordTokens.Token;
import org.junit.jupiter.api.Test;

/**
 * Instrument tokens numbered by the shared tokens: the same tokens as the plain tokenizer, and the same cue
 * categories and heads by id as by string, on seeded random text.
 */
class SharedWordsTest {
  private static final String[] PIECES = {"Treaty", "treaty", "TREATY", "Joint", "Statement", "on", "the", "of",
      "signed", "will", "sign", "U.S.", "U.S.-Japan", "Japan-Soviet", "Japan's", "Parties\u2019", "law-enforcement",
      "V.", "1993", "13", "2nd", "G8", "Agenda", "21", "and", ",", ".", ";", "(", ")", "-", "'", "\u2019", " ", " ",
      "\n", "\n\n", "\u00e9t\u00e9", "\u0130stanbul", "\u01c5ab", "\u03a3\u039f\u03a3", "cafe\u0301", "x\u00b2",
      "\ud835\udc00", "Memorandum", "memorandum", "between", "January", "charter", "flight"};

  @Test
  void sharedIdsGiveTheSameTokensAndCues() {
    InstrumentCues cues = new InstrumentCues();
    long seed = System.nanoTime();
    Random r = new Random(seed);
    int numbered = 0;
    for (int n = 0; n < 3000; n++) {
      String s = RandomPieces.text(r, PIECES);
      String context = "seed " + seed + " text [" + s + "]";
      List<Token> old = WordTokens.tokenize(s);
      List<Token> shared = WordTokens.tokenize(s, new SharedWords(Tokens.of(s, cues.vocabulary())));
      assertEquals(old.size(), shared.size(), context);
      for (int i = 0; i < old.size(); i++) {
        Token a = old.get(i);
        Token b = shared.get(i);
        assertEquals(List.of(a.start(), a.end(), a.text(), a.lower(), a.type(), a.newlineBefore(), a.blankLineBefore()),
            List.of(b.start(), b.end(), b.text(), b.lower(), b.type(), b.newlineBefore(), b.blankLineBefore()), context);
        assertEquals(-1, a.id(), context);
        assertEquals(cues.mask(a.lower()), cues.mask(b), context + " " + b);
        assertSame(cues.head(a), cues.head(b), context + " " + b);
        numbered += b.id() >= 0 ? 1 : 0;
      }
    }
    assertTrue(numbered > 10000, "seed " + seed + ": only " + numbered + " tokens numbered");
  }

  @Test
  void aLowerCaseWordIsOneSharedString() {
    InstrumentCues cues = new InstrumentCues();
    String s = "the Treaty and the treaty";
    List<Token> toks = WordTokens.tokenize(s, new SharedWords(Tokens.of(s, cues.vocabulary())));
    assertSame(toks.get(1).lower(), toks.get(4).lower());
    assertSame(toks.get(4).text(), toks.get(4).lower());
    assertEquals("Treaty", toks.get(1).text());
    assertTrue(cues.is(InstrumentCues.HEAD, toks.get(1)));
    assertTrue(cues.is(InstrumentCues.DETERMINER, toks.get(0)));
  }

  @Test
  void registryPhrasesAndHeadsAreFoundAlikeOnSharedTokens() {
    InstrumentCues cues = new InstrumentCues();
    InstrumentRegistry registry = InstrumentRegistry.load(new InstrumentWords(Countries.load()));
    CandidateFinder finder = new CandidateFinder(cues, registry);
    List<String> pieces = new ArrayList<>(List.of(PIECES));
    for (InstrumentRegistry.Entry e : registry.entries().subList(0, Math.min(40, registry.entries().size()))) {
      pieces.add(e.title());
      pieces.addAll(e.aliases());
    }
    long seed = System.nanoTime();
    Random r = new Random(seed);
    int found = 0;
    for (int n = 0; n < 1500; n++) {
      StringBuilder sb = new StringBuilder();
      int len = r.nextInt(20);
      for (int k = 0; k < len; k++) {
        sb.append(pieces.get(r.nextInt(pieces.size())));
        sb.append(r.nextInt(5) > 0 ? " " : "\n");
      }
      String s = sb.toString();
      String context = "seed " + seed + " text [" + s + "]";
      List<Token> old = WordTokens.tokenize(s);
      List<Token> shared = WordTokens.tokenize(s, new SharedWords(Tokens.of(s, cues.vocabulary())));
      List<Candidate> phrases = finder.phrases(s, old);
      assertEquals(phrases, finder.phrases(s, shared), context);
      assertEquals(finder.heads(s, old), finder.heads(s, shared), context);
      found += phrases.size();
    }
    assertTrue(found > 300, "seed " + seed + ": only " + found + " registry phrases");
  }
}
