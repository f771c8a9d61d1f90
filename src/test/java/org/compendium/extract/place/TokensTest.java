package org.compendium.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.compendium.extract.Vocabulary;
import org.compendium.resolve.Countries;
import org.compendium.resolve.Gazetteer;
import org.compendium.resolve.NameTokenizer;
import org.junit.jupiter.api.Test;

/** Place tokens joined on the shared tokens are NameTokenizer's, with its keys, on seeded random text. */
class TokensTest {
  private static final Gazetteer GAZETTEER = Gazetteer.load(Countries.load());
  private static final PlaceWords WORDS = PlaceWords.load();
  private static final Vocabulary VOCABULARY = new Vocabulary();
  private static final Tokens.Ids IDS = new Tokens.Ids(GAZETTEER, WORDS, VOCABULARY);
  private static final String[] PIECES = {"Paris", "paris", "Kyiv", "U", "S", "A", ".", "'", "\u2019", "s", "S",
      "Xi", "an", " ", "\n", "-", "C\u00f4te", "d", "Ivoire", "\u0301", "\u00b2", "\u2167", "9", "_", "talks", "in",
      "\ud83d\ude00", "\u00c9", "\u0130", ",", "(", "Zurich", "Z\u00fcrich"};

  private static List<String> reference(String text) {
    List<String> out = new ArrayList<>();
    NameTokenizer.tokenize(text, 0, text.length(), (s, e) -> {
      String key = Gazetteer.tokenKey(text.substring(s, e));
      out.add(s + ":" + e + ":" + key + ":" + GAZETTEER.startsName(key) + ":" + WORDS.isVenueCue(key));
    });
    return out;
  }

  private static List<String> joined(String text) {
    List<String> out = new ArrayList<>();
    Tokens t = new Tokens(org.compendium.extract.Tokens.of(text, VOCABULARY), new int[0], IDS);
    for (int i = 0; i < t.size(); i++) {
      Tokens.Tok k = t.get(i);
      out.add(k.start() + ":" + k.end() + ":" + k.key() + ":" + k.startsName() + ":" + k.venueCue());
    }
    return out;
  }

  @Test
  void joinsLikeNameTokenizer() {
    for (String s : List.of("The U.S. and Côte d'Ivoire's talks in Xi'an", "U.S.A. U.Sx. 'S 's Zürich ZURICH", "")) {
      assertEquals(reference(s), joined(s), s);
    }
  }

  @Test
  void randomTextJoinsLikeNameTokenizer() {
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
