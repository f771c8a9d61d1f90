package org.compendium.extract.person;

import java.util.ArrayList;
import java.util.List;

/**
 * A word or punctuation mark of the text with its UTF-16 offsets. Words keep inner periods, hyphens and
 * apostrophes ("U.S.", "Dae-jung", "O'Neil", "W."); a possessive "'s" is its own token.
 */
record Token(String text, int start, int end, boolean newlineBefore, String lc) {
  Token(String text, int start, int end, boolean newlineBefore) {
    this(text, start, end, newlineBefore, text.toLowerCase(java.util.Locale.ROOT));
  }

  boolean isWord() {
    return Character.isLetterOrDigit(text.charAt(0));
  }

  boolean capitalized() {
    return Character.isUpperCase(text.charAt(0));
  }

  boolean lower() {
    return Character.isLowerCase(text.charAt(0));
  }

  boolean is(String s) {
    return text.equals(s);
  }

  /** Splits {@code text} into tokens; {@code abbreviations} (without the period) keep a following period. */
  static List<Token> tokenize(String text, java.util.Set<String> abbreviations) {
    List<Token> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    boolean newline = true;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        if (c == '\n' || c == '\r') {
          newline = true;
        }
        i++;
        continue;
      }
      int start = i;
      if (Character.isLetterOrDigit(c)) {
        i++;
        while (i < n) {
          char d = text.charAt(i);
          if (Character.isLetterOrDigit(d)) {
            i++;
          } else if ((d == '-' || d == '.' || d == '\'' || d == '\u2019') && i + 1 < n
              && Character.isLetterOrDigit(text.charAt(i + 1))
              && !((d == '\'' || d == '\u2019') && isPossessive(text, i))) {
            i += 2;
          } else {
            break;
          }
        }
        // An initial or abbreviation keeps its final period: "W.", "U.S.", "Mr.", "H.E.".
        if (i < n && text.charAt(i) == '.' && keepsPeriod(text, start, i, abbreviations)) {
          i++;
        }
      } else if ((c == '\'' || c == '\u2019') && isPossessive(text, i)) {
        i += 2;
      } else {
        i++;
      }
      out.add(new Token(text.substring(start, i), start, i, newline));
      newline = false;
    }
    return out;
  }

  private static boolean isPossessive(String text, int i) {
    return i + 1 < text.length() && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
        && (i + 2 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 2)));
  }

  private static boolean keepsPeriod(String text, int start, int end, java.util.Set<String> abbreviations) {
    int len = end - start;
    if (len == 1 && Character.isUpperCase(text.charAt(start))) {
      return true; // an initial
    }
    if (text.indexOf('.', start) >= 0 && text.indexOf('.', start) < end) {
      return true; // "U.S." "H.E."
    }
    return abbreviations.contains(text.substring(start, end));
  }
}
