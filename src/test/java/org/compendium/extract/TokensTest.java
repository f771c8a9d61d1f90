package org.compendium.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The shared base tokens: cuts, flags and ids, against a plain reference on seeded random text. */
class TokensTest {
  private static final String ALPHABET = "aZ9 \n\r\t.-'\u2019,()\"\u2013\u00e9\u00c9\u0301\u0130\u03a3\u03c3\u00df"
      + "\u0663\u00a0\u24b6sS\ud83d\ude00:;\u2003\u001c\u01c5\u000b";

  private static Vocabulary vocabulary(String... words) {
    Vocabulary v = new Vocabulary();
    for (String w : words) {
      v.intern(w);
    }
    return v.freeze();
  }

  private static List<String> strings(Tokens t) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      out.add(t.string(i));
    }
    return out;
  }

  @Test
  void cutsLettersDigitsAndSingleMarks() {
    Tokens t = Tokens.of("U.S.-Japan G20's\n\n  talks", vocabulary());
    assertEquals(List.of("U", ".", "S", ".", "-", "Japan", "G", "20", "'", "s", "talks"), strings(t));
    assertTrue(t.is(0, Tokens.LETTER | Tokens.UPPER | Tokens.ALL_CAPS | Tokens.SPACE_BEFORE | Tokens.LINE_START));
    assertTrue(t.is(1, Tokens.PUNCT | Tokens.PERIOD));
    assertFalse(t.any(1, Tokens.SPACE_BEFORE));
    assertTrue(t.is(4, Tokens.HYPHEN));
    assertTrue(t.is(5, Tokens.UPPER));
    assertFalse(t.any(5, Tokens.ALL_CAPS));
    assertTrue(t.is(6, Tokens.SPACE_BEFORE));
    assertFalse(t.any(6, Tokens.LINE_START));
    assertTrue(t.is(7, Tokens.DIGIT));
    assertTrue(t.is(8, Tokens.APOSTROPHE));
    assertTrue(t.is(9, Tokens.LOWER));
    assertTrue(t.is(10, Tokens.LINE_START | Tokens.BLANK_LINE_BEFORE | Tokens.LOWER));
    assertEquals(0, Tokens.of("", vocabulary()).size());
    assertEquals(0, Tokens.of(" \n\t", vocabulary()).size());
  }

  @Test
  void idsComeFromTheVocabularyThenFromTheDocument() {
    Vocabulary v = vocabulary("President", "the");
    Tokens t = Tokens.of("The PRESIDENT met the president of Ruritania; Ruritania", v);
    int president = v.id("president");
    assertEquals(president, t.id(1));
    assertEquals(president, t.id(4));
    assertEquals(t.id(0), t.id(3));
    assertEquals("president", t.lower(1));
    int ruritania = t.id(6);
    assertTrue(ruritania >= v.size(), "a word no lexicon knows gets a document id");
    assertEquals(ruritania, t.id(8));
    assertEquals("ruritania", t.lower(6));
    assertNotEquals(t.id(2), ruritania);
    assertEquals(president, t.idOf(t.start(1), t.end(1)));
    int joined = t.idOf(t.start(0), t.end(1));
    assertEquals("the president", t.word(joined));
    assertEquals(joined, t.idOf(t.start(3), t.end(4)));
    assertThrows(IllegalStateException.class, () -> v.intern("late"));
  }

  @Test
  void lowerCaseIsLocaleRootEvenWhereItIsNotOneCharPerChar() {
    Vocabulary v = vocabulary("\u0130stanbul", "\u03a3\u039f\u03a3");
    Tokens t = Tokens.of("\u0130STANBUL \u03a3\u039f\u03a3 \u00c9LYS\u00c9E", v);
    assertEquals(v.id("\u0130stanbul"), t.id(0));
    assertEquals("\u0130STANBUL".toLowerCase(Locale.ROOT), t.lower(0));
    assertEquals(v.id("\u03a3\u039f\u03a3"), t.id(1));
    assertEquals("\u03a3\u039f\u03a3".toLowerCase(Locale.ROOT), t.lower(1));
    assertEquals("\u00e9lys\u00e9e", t.lower(2));
  }

  /** A plain reference: the definition of the javadoc, char by char with Character's methods. */
  private static List<String> reference(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    boolean line = true;
    boolean space = true;
    int newlines = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
        line |= c == '\n' || c == '\r';
        newlines += c == '\n' ? 1 : 0;
        i++;
        continue;
      }
      int start = i;
      String kind;
      if (Character.isLetter(c)) {
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
          i++;
        }
        kind = "L";
      } else if (Character.isDigit(c)) {
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
          i++;
        }
        kind = "D";
      } else {
        i++;
        kind = "P";
      }
      String w = s.substring(start, i);
      boolean caps = kind.equals("L") && w.chars().allMatch(ch -> Character.isUpperCase((char) ch));
      out.add(start + ":" + i + ":" + kind + ":" + w.toLowerCase(Locale.ROOT) + ":" + Character.isUpperCase(c) + ":"
          + Character.isLowerCase(c) + ":" + caps + ":" + space + ":" + line + ":" + (newlines > 1));
      space = false;
      line = false;
      newlines = 0;
    }
    return out;
  }

  private static List<String> described(Tokens t) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      String kind = t.any(i, Tokens.LETTER) ? "L" : t.any(i, Tokens.DIGIT) ? "D" : "P";
      out.add(t.start(i) + ":" + t.end(i) + ":" + kind + ":" + t.lower(i) + ":" + t.any(i, Tokens.UPPER) + ":"
          + t.any(i, Tokens.LOWER) + ":" + t.any(i, Tokens.ALL_CAPS) + ":" + t.any(i, Tokens.SPACE_BEFORE) + ":"
          + t.any(i, Tokens.LINE_START) + ":" + t.any(i, Tokens.BLANK_LINE_BEFORE));
    }
    return out;
  }

  @Test
  void randomTextMatchesTheReference() {
    long seed = System.nanoTime();
    Random r = new Random(seed);
    Vocabulary v = vocabulary("a", "zz", "aa", "\u00e9", "s", ".", "9");
    for (int n = 0; n < 3000; n++) {
      StringBuilder sb = new StringBuilder();
      int len = r.nextInt(40);
      for (int k = 0; k < len; k++) {
        sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
      }
      String s = sb.toString();
      Tokens t = Tokens.of(s, v);
      assertEquals(reference(s), described(t), "seed " + seed + " text [" + s + "]");
      for (int i = 0; i < t.size(); i++) {
        assertEquals(t.id(i), t.idOf(t.start(i), t.end(i)), "seed " + seed);
        assertEquals(t.string(i).equals(t.lower(i)), t.any(i, Tokens.SAME_LOWER), "seed " + seed + " token " + i);
        assertEquals(t.string(i).equals(t.lower(i)), t.textIs(i, t.lower(i)), "seed " + seed + " token " + i);
        boolean odd = false;
        for (int k = i == 0 ? 0 : t.end(i - 1); k < t.start(i); k++) {
          odd |= " \t\n\u000b\f\r".indexOf(s.charAt(k)) < 0;
        }
        assertEquals(odd, t.any(i, Tokens.ODD_SPACE_BEFORE), "seed " + seed + " token " + i);
        int vid = v.id(t.lower(i));
        assertEquals(vid >= 0 ? vid : t.id(i), t.id(i), "seed " + seed);
        for (int j = 0; j < i; j++) {
          assertEquals(t.lower(i).equals(t.lower(j)), t.id(i) == t.id(j), "seed " + seed);
        }
      }
    }
  }
}
