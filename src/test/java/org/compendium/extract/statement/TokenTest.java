package org.compendium.extract.statement;

import org.compendium.extract.RandomPieces;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Random;
import org.compendium.extract.Tokens;
import org.compendium.extract.Vocabulary;
import org.junit.jupiter.api.Test;

/** Statement tokens read off the shared tokens equal those of the text tokenizer. */
class TokenTest {
  private static final String[] PIECES = {"said", "Said", "SAID", "the", "Minister", "Japan", "\u2019s", "'s",
      "U.S", "U.S.", "Kim Jong-Il", "and/or", "2024", ",", ".", ":", "-", "/", "\u2019", "'", "(", ")", " ", " ",
      "\n", "\n\n", "\t", "\u00a0", "\u2003", "\u00e9t\u00e9", "\u0130stanbul", "\u03a3\u039f\u03a3", "x\u00b2",
      "\ud835\udc00", "\u24b6", "stressed", "that", "pointed", "out", "Made", "gave", "expressed", "reached"};

  @Test
  void sharedTokensGiveTheSameTokensAsTheText() {
    Vocabulary v = new Vocabulary();
    StatementLexicon lex = StatementLexicon.load(v);
    v.freeze();
    long seed = System.nanoTime();
    Random r = new Random(seed);
    for (int n = 0; n < 3000; n++) {
      String s = RandomPieces.text(r, PIECES);
      Tokens t = Tokens.of(s, v);
      int from = r.nextInt(3) == 0 ? r.nextInt(s.length() + 1) : 0;
      int to = r.nextInt(3) == 0 ? from + r.nextInt(s.length() - from + 1) : s.length();
      int max = r.nextInt(3) == 0 ? r.nextInt(10) : Integer.MAX_VALUE;
      String context = "seed " + seed + " text [" + s + "] " + from + "-" + to + " max " + max;
      List<Token> old = Token.tokenize(s, from, to, max);
      List<Token> shared = Token.tokenize(t, from, to, max);
      assertEquals(old.size(), shared.size(), context);
      for (int i = 0; i < old.size(); i++) {
        Token a = old.get(i);
        Token b = shared.get(i);
        assertEquals(new Token(a.text(), a.lower(), a.start(), a.end(), b.id()), b, context);
        assertEquals(-1, a.id(), context);
        if (b.id() >= 0) {
          assertEquals(b.lower(), t.word(b.id()), context);
        }
        assertSame(lex.verbAt(old, i), lex.verbAt(shared, i), context);
        assertEquals(lex.isLightVerb(a.lower()), lex.isLightVerb(b), context);
      }
    }
  }

  @Test
  void aLowerCaseWordSharesOneString() {
    String s = "He SAID it";
    List<Token> toks = Token.tokenize(Tokens.of(s, new Vocabulary().freeze()), 0, s.length(), 10);
    assertEquals("said", toks.get(1).lower());
    assertEquals("SAID", toks.get(1).text());
    assertSame(toks.get(2).text(), toks.get(2).lower());
    assertEquals(2, Token.tokenize(Tokens.of(s, new Vocabulary().freeze()), 0, s.length(), 2).size());
  }
}
