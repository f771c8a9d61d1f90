package org.compendium.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.compendium.resolve.Countries;
import org.junit.jupiter.api.Test;

/** Person tokens joined on the shared tokens are the reference tokenizer's, on seeded random text. */
class TokenTest {
  private static final PersonLexicon LEX = new PersonLexicon(Countries.load());
  private static final String[] PIECES = {"a", "Z", "Mr", "mr", "Dr", "H", "E", "s", "S", "9", "20", " ", "  ", "\n",
      "\r\n", ".", "-", "'", "\u2019", ",", "(", "\u00e9", "\u0301", "\u00a0", "\ud83d\ude00", "\u2013", ":"};

  private static List<String> reference(String text) {
    List<String> out = new ArrayList<>();
    Token.split(text, LEX.abbreviations, (s, e, nl) -> out.add(s + ":" + e + ":" + nl + ":"
        + text.substring(s, e).toLowerCase(Locale.ROOT) + ":" + Character.isLetterOrDigit(text.charAt(s)) + ":"
        + Character.isUpperCase(text.charAt(s)) + ":" + Character.isLowerCase(text.charAt(s))));
    return out;
  }

  private static List<String> joined(String text) {
    List<String> out = new ArrayList<>();
    for (Token t : LEX.tokenize(text)) {
      out.add(t.start() + ":" + t.end() + ":" + t.newlineBefore() + ":" + t.lc() + ":" + t.isWord() + ":"
          + t.capitalized() + ":" + t.lower());
    }
    return out;
  }

  @Test
  void joinsLikeTheReference() {
    for (String s : List.of("Mr. George W. Bush's U.S. visit", "Kim Dae-jung, O'Neil and G20's H.E. Dr. X",
        "MR. mr. Mr.Smith U.S.-Japan 'S 's 's1 x's", "")) {
      assertEquals(reference(s), joined(s), s);
    }
  }

  @Test
  void randomTextJoinsLikeTheReference() {
    long seed = System.nanoTime();
    Random r = new Random(seed);
    for (int n = 0; n < 3000; n++) {
      StringBuilder sb = new StringBuilder();
      int len = r.nextInt(25);
      for (int k = 0; k < len; k++) {
        sb.append(PIECES[r.nextInt(PIECES.length)]);
      }
      String s = sb.toString();
      assertEquals(reference(s), joined(s), "seed " + seed + " text [" + s + "]");
    }
  }
}
