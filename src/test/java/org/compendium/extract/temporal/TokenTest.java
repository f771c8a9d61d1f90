package org.compendium.extract.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.compendium.extract.Tokens;
import org.compendium.extract.Vocabulary;
import org.junit.jupiter.api.Test;

/** Date tokens taken from the shared tokens are those the reference tokenizer cuts, on seeded random text. */
class TokenTest {
  private static final Vocabulary VOCABULARY = new Vocabulary();

  static {
    VOCABULARY.intern("may");
    VOCABULARY.freeze();
  }

  private static final String[] PIECES = {"May", "may", "MAY", "12", "2004", " ", "\n", ".", "-", "/", "\u2013",
      "\u00e9t\u00e9", "\u0663", "\u0301", "\ud83d\ude00", "\ud83d", "\ude00", "\u24b6", ","};

  private static List<String> described(List<Token> toks) {
    List<String> out = new ArrayList<>();
    for (Token t : toks) {
      out.add(t.start() + ":" + t.end() + ":" + t.type() + ":" + t.text() + ":" + t.lower() + ":" + t.capitalized()
          + ":" + t.value());
    }
    return out;
  }

  @Test
  void sharedTokensGiveTheReferenceTokens() {
    long seed = System.nanoTime();
    Random r = new Random(seed);
    for (int n = 0; n < 3000; n++) {
      StringBuilder sb = new StringBuilder();
      int len = r.nextInt(20);
      for (int k = 0; k < len; k++) {
        sb.append(PIECES[r.nextInt(PIECES.length)]);
      }
      String s = sb.toString();
      assertEquals(described(Token.tokenize(s)), described(Token.of(Tokens.of(s, VOCABULARY))),
          "seed " + seed + " text [" + s + "]");
    }
  }
}
