package org.compendium.extract.temporal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word, a run of digits or one punctuation character of a text, with its UTF-16 offsets. Date expressions
 * are recognised over these tokens; the gaps between them (spaces, line ends) stay in the text.
 */
record Token(String text, String lower, int start, int end, Type type) {
  enum Type { WORD, NUMBER, PUNCT }

  private static final Pattern TOKEN = Pattern.compile("\\p{L}+|\\p{Nd}+|\\S");

  static List<Token> tokenize(CharSequence text) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String t = m.group();
      char c = t.charAt(0);
      Type type = Character.isLetter(c) ? Type.WORD : Character.isDigit(c) ? Type.NUMBER : Type.PUNCT;
      out.add(new Token(t, t.toLowerCase(Locale.ROOT), m.start(), m.end(), type));
    }
    return out;
  }

  /** Whether the text between tokens {@code a} and {@code b} holds a line end. */
  static boolean lineBreakBetween(CharSequence text, Token a, Token b) {
    for (int p = a.end; p < b.start; p++) {
      if (text.charAt(p) == '\n') {
        return true;
      }
    }
    return false;
  }

  boolean isWord() {
    return type == Type.WORD;
  }

  boolean isNumber() {
    return type == Type.NUMBER;
  }

  boolean is(String lowerText) {
    return lower.equals(lowerText);
  }

  /** Starts with a capital letter ("May", "MAY", "Summit"). */
  boolean capitalized() {
    return type == Type.WORD && Character.isUpperCase(text.charAt(0));
  }

  /** The number this token spells in digits, or -1. */
  int value() {
    return type == Type.NUMBER && text.length() <= 9 ? Integer.parseInt(text) : -1;
  }
}
