package org.compendium.extract.commitment;

import org.compendium.extract.RandomPieces;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Random;
import org.compendium.extract.Tokens;
import org.compendium.extract.Vocabulary;
import org.junit.jupiter.api.Test;

/** Commitment tokens read off the shared tokens equal those of the text tokenizer, with the same cue entries. */
class TokenTest {
  private static final String[] PIECES = {"will", "Will", "WILL", "agreed", "to", "decided", "the", "Japan",
      "\u2019s", "'s", "face-to-face", "co\u2011operation", "G20", "2024", "shall", "Agree", ",", ".", ";", "-", "\u2019",
      "'", "(", ")", " ", " ", " ", "\n", "\n\n", "\t", "\u00a0", "\u2003", "\u00e9t\u00e9", "\u0130stanbul", "\u03a3\u039f\u03a3",
      "x\u00b2", "\ud835\udc00", "visit", "Visits", "next", "year", "continue", "consultations"};

  @Test
  void sharedTokensGiveTheSameTokensAsTheText() {
    Vocabulary v = new Vocabulary();
    CueLexicon lex = CueLexicon.load();
    CueLexicon.Word[] byId = lex.byId(v);
    v.freeze();
    long seed = System.nanoTime();
    Random r = new Random(seed);
    for (int n = 0; n < 3000; n++) {
      String s = RandomPieces.text(r, PIECES);
      Tokens t = Tokens.of(s, v);
      int from = r.nextInt(3) == 0 ? r.nextInt(s.length() + 1) : 0;
      int to = r.nextInt(3) == 0 ? from + r.nextInt(s.length() - from + 1) : s.length();
      String context = "seed " + seed + " text [" + s + "] " + from + "-" + to;
      List<Token> old = Token.split(s, from, to, lex);
      List<Token> shared = Token.split(t, from, to, lex, byId);
      assertEquals(old, shared, context);
      for (int i = 0; i < old.size(); i++) {
        assertSame(old.get(i).cue(), shared.get(i).cue(), context);
      }
    }
  }

  @Test
  void aCueWordCarriesItsEntry() {
    Vocabulary v = new Vocabulary();
    CueLexicon lex = CueLexicon.load();
    CueLexicon.Word[] byId = lex.byId(v);
    String s = "Both sides WILL hold talks.";
    List<Token> toks = Token.split(Tokens.of(s, v), 0, s.length(), lex, byId);
    assertEquals("will", toks.get(2).lower());
    assertEquals("WILL", toks.get(2).raw());
    assertEquals(true, toks.get(2).cue().modal());
    for (Token t : toks) {
      assertSame(lex.word(t.lower()), t.cue(), t.lower());
    }
  }
}
