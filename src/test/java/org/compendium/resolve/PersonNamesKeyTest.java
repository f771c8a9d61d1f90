package org.compendium.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The ASCII fast path of {@link PersonNames#key} gives the same keys as the general (normalizing) path. */
class PersonNamesKeyTest {
  private static final String ALPHABET = "aZm09 -.'_,\t()/\"Q";

  @Test
  void knownKeys() {
    assertEquals("kim jong il", PersonNames.key("  KIM Jong-Il. "));
    assertEquals("o neil", PersonNames.key("O' Neil"));
    assertEquals("oneil", PersonNames.key("O'Neil"));
    assertEquals("", PersonNames.key("--'--"));
    assertEquals("jose maria", PersonNames.key("Jos\u00e9 Mar\u00eda").replace('\u00e9', 'e').replace('\u00ed', 'i'));
  }

  @Test
  void asciiPathMatchesGeneralPath() {
    long seed = System.nanoTime();
    Random r = new Random(seed);
    for (int n = 0; n < 5000; n++) {
      StringBuilder sb = new StringBuilder();
      int len = r.nextInt(14);
      for (int i = 0; i < len; i++) {
        sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
      }
      String s = sb.toString();
      assertEquals(PersonNames.normalizedKey(s), PersonNames.key(s), "seed " + seed + " input [" + s + "]");
    }
  }
}
