package org.compendium.extract.temporal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.compendium.extract.Tokens;

/**
 * A word, a run of digits or one punctuation character of a text, with its UTF-16 offsets. Date expressions
 * are recognised over these tokens; the gaps between them (spaces, line ends) stay in the text. They are the
 * shared {@link Tokens}, but for a surrogate pair, which is one punctuation token here; {@link #id} is the
 * shared vocabulary id of the lower-case form (-1 for tokens cut by {@link #tokenize}). A word's text is cut
 * out only when asked for.
 */
final class Token {
  enum Type { WORD, NUMBER, PUNCT }

  /** Shared strings for ASCII punctuation. */
  private static final String[] ASCII = new String[128];

  static {
    for (char c = 0; c < ASCII.length; c++) {
      ASCII[c] = String.valueOf(c);
    }
  }

  private final String source;
  final int start;
  final int end;
  private final Type type;
  private final String lower;
  private final int id;
  private final boolean capitalized;
  private String text;

  private Token(String source, String text, String lower, int start, int end, Type type, int id,
      boolean capitalized) {
    this.source = source;
    this.text = text;
    this.lower = lower;
    this.start = start;
    this.end = end;
    this.type = type;
    this.id = id;
    this.capitalized = capitalized;
  }

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
      out.add(new Token(s, t, type == Type.WORD ? t.toLowerCase(Locale.ROOT) : t, start, i, type, -1,
          type == Type.WORD && Character.isUpperCase(c)));
    }
    return out;
  }

  /**
   * The tokens of a document from its shared tokens: the same as {@link #tokenize} of its text (which is used
   * instead when a high surrogate stands alone, a case the shared tokens cut differently).
   */
  static List<Token> of(Tokens b) {
    String s = b.text();
    int n = b.size();
    List<Token> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int f = b.flags(i);
      int start = b.start(i);
      int end = b.end(i);
      if ((f & Tokens.LETTER) != 0) {
        out.add(new Token(s, null, b.lower(i), start, end, Type.WORD, b.id(i), (f & Tokens.UPPER) != 0));
      } else if ((f & Tokens.DIGIT) != 0) {
        String digits = b.lower(i); // digits have no case: the shared lower-case form is the text
        out.add(new Token(s, digits, digits, start, end, Type.NUMBER, b.id(i), false));
      } else {
        char c = s.charAt(start);
        int id = b.id(i);
        if (Character.isHighSurrogate(c) && start + 1 < s.length()) {
          if (!Character.isLowSurrogate(s.charAt(start + 1))) {
            return tokenize(s);
          }
          i++; // the low surrogate is the next shared token
          end = start + 2;
        }
        String t = c < 128 && end == start + 1 ? ASCII[c] : s.substring(start, end);
        out.add(new Token(s, t, t, start, end, Type.PUNCT, id, false));
      }
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

  String text() {
    if (text == null) {
      text = source.substring(start, end);
    }
    return text;
  }

  /** The lower-case text (words); numbers and punctuation as printed. */
  String lower() {
    return lower;
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  Type type() {
    return type;
  }

  /** The shared vocabulary id of the lower-case form, or -1 when cut by {@link #tokenize}. */
  int id() {
    return id;
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
    return capitalized;
  }

  /** The number this token spells in digits, or -1. */
  int value() {
    return type == Type.NUMBER && lower.length() <= 9 ? Integer.parseInt(lower) : -1;
  }

  @Override
  public String toString() {
    return text();
  }
}
