package org.compendium.util;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into word, number and punctuation tokens with their offsets, for phrase matchers. A word starts
 * with a letter and may hold apostrophes, inner hyphens ("Japan-Soviet", "law-enforcement") and the dots of a
 * dotted abbreviation ("U.S.", "U.N."); a single initial's dot ("V.") is a separate token. Each token knows
 * whether a line break (or a blank line) separates it from the token before. Linear time, no regexes.
 */
public final class WordTokens {
  /** Token kinds. */
  public enum Type { WORD, NUMBER, PUNCT }

  /**
   * One token; {@code text} is the covered text, {@code lower} the same in lower case, {@code id} the number a
   * {@link Words} gave {@code lower} (-1: none).
   */
  public record Token(int start, int end, String text, String lower, Type type, boolean newlineBefore,
      boolean blankLineBefore, int id) {
    public boolean isWord() {
      return type == Type.WORD;
    }

    public boolean is(String s) {
      return text.equalsIgnoreCase(s);
    }

    public boolean capitalized() {
      return type == Type.WORD && Character.isUpperCase(text.charAt(0));
    }

  }

  /** Shared strings for ASCII punctuation (immutable). */
  private static final String[] PUNCT = new String[128];

  static {
    for (char ch = 0; ch < PUNCT.length; ch++) {
      PUNCT[ch] = String.valueOf(ch).intern();
    }
  }

  private WordTokens() {}

  /**
   * Numbers the lower-case forms of the text's tokens (a caller's shared vocabulary), so that a token's
   * {@code lower} is a shared string and lexicons can look it up by {@code id}. Numbers only tokens of ASCII
   * characters, whose lower case is the same by any rule; others keep {@code id} -1 and their own lower case.
   */
  public interface Words {
    /**
     * The id of the lower-case form of {@code text[start, end)}, or -1 when the range holds a character that is
     * not ASCII; asked for the tokens in text order.
     */
    int id(int start, int end);

    /** The lower-case word of an id given by {@link #id}. */
    String word(int id);

    /** Whether the text of the token just numbered reads as its lower-case form. */
    boolean sameAsLower();

    /**
     * Where the run of letters and digits ({@link Character#isLetterOrDigit(char)}) that starts a token at
     * {@code start} ends, so the tokenizer need not read it char by char; {@code start} when not known. Asked
     * before {@link #id} for the same token.
     */
    int runEnd(int start);
  }

  private static String lower(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (Character.isUpperCase(t.charAt(i))) {
        return t.toLowerCase(java.util.Locale.ROOT);
      }
    }
    return t;
  }

  public static List<Token> tokenize(String text) {
    return tokenize(text, 0, text.length());
  }

  /** Tokens of {@code text[from, to)}. */
  public static List<Token> tokenize(String text, int from, int to) {
    return tokenize(text, from, to, null);
  }

  /** Tokens of {@code text}, their lower-case forms numbered by {@code words} (see {@link Words}). */
  public static List<Token> tokenize(String text, Words words) {
    return tokenize(text, 0, text.length(), words);
  }

  private static List<Token> tokenize(String text, int from, int to, Words words) {
    List<Token> out = new ArrayList<>();
    int i = from;
    int newlines = 0;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        if (c == '\n') {
          newlines++;
        }
        i++;
        continue;
      }
      int start = i;
      Type type;
      if (Character.isLetter(c)) {
        i = wordEnd(text, start, words == null ? start : words.runEnd(start), to);
        type = Type.WORD;
      } else if (Character.isDigit(c)) {
        i = words == null ? start : words.runEnd(start);
        while (i < to && Character.isLetterOrDigit(text.charAt(i))) {
          i++;
        }
        type = Type.NUMBER;
      } else {
        i++;
        type = Type.PUNCT;
      }
      int id = words == null ? -1 : words.id(start, i);
      if (id >= 0) {
        String lower = words.word(id);
        String t = type == Type.PUNCT ? PUNCT[c] : words.sameAsLower() ? lower : text.substring(start, i);
        out.add(new Token(start, i, t, type == Type.PUNCT ? t : lower, type, newlines > 0, newlines > 1, id));
      } else {
        String t = type == Type.PUNCT && c < PUNCT.length ? PUNCT[c] : text.substring(start, i);
        out.add(new Token(start, i, t, lower(t), type, newlines > 0, newlines > 1, -1));
      }
      newlines = 0;
    }
    return out;
  }

  /** The end of the word that starts at {@code start}; {@code text[start, i)} is letters and digits. */
  private static int wordEnd(String text, int start, int i, int to) {
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        i++;
      } else if ((c == '\'' || c == '\u2019' || isHyphen(c)) && i > start && i + 1 < to
          && Character.isLetterOrDigit(text.charAt(i + 1))) {
        i++;
      } else if (c == '.' && Character.isLetter(text.charAt(i - 1)) && (i - 1 == start || text.charAt(i - 2) == '.')) {
        if (i + 2 < to && Character.isLetter(text.charAt(i + 1)) && text.charAt(i + 2) == '.') {
          i++; // inner dot of "U.S."
        } else if (i - 2 >= start && text.charAt(i - 2) == '.') {
          i++; // final dot of "U.S."; "U.S.-Japan" goes on
          if (!(i + 1 < to && isHyphen(text.charAt(i)) && Character.isLetter(text.charAt(i + 1)))) {
            break;
          }
        } else {
          break;
        }
      } else {
        break;
      }
    }
    return i;
  }

  /** Hyphen-like characters that join the parts of a word ("Japan-Soviet"). */
  public static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013';
  }
}
