package org.compendium.extract.temporal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word, a run of digits or one punctuation character of a text, with its UTF-16 offsets. Date expressions
 * are recognised over these tokens; the gaps between them (spaces, line ends) stay in the text.
 */
record Token(String text, String lower, int start, int end, Type type) {
  enum Type { WORD, NUMBER, PUNCT }

  /** Splits {@code text} into words (letters), numbers (digits) and single punctuation characters. */
  static List<Token> tokenize(CharSequence text) {
    List<Token> out = new ArrayList<>(text.length() / 5 + 4);
    String s = text.toString();
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int start = i;
      Type type;
      if (Character.isLetter(c)) {
        type = Type.WORD;
        while (i < n && Character.isLetter(s.charAt(i))) {
          i++;
        }
      } else if (Character.isDigit(c)) {
        type = Type.NUMBER;
        while (i < n && Character.isDigit(s.charAt(i))) {
          i++;
        }
      } else {
        type = Type.PUNCT;
        i += Character.isHighSurrogate(c) && i + 1 < n ? 2 : 1;
      }
      String t = s.substring(start, i);
      out.add(new Token(t, type == Type.WORD ? t.toLowerCase(Locale.ROOT) : t, start, i, type));
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
