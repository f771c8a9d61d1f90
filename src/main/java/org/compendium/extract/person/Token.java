package org.compendium.extract.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.compendium.extract.Tokens;

/**
 * A word or punctuation mark of the text with its UTF-16 offsets, as person finding joins the shared
 * {@link Tokens}: words keep inner periods, hyphens and apostrophes ("U.S.", "Dae-jung", "O'Neil", "W."), letters
 * and digits join ("G20"), an initial or abbreviation keeps its final period ("Mr.", "H.E."), and a possessive
 * "'s" is its own token. {@link #id} numbers the lower-case form in the pipeline's vocabulary, so lexicons look
 * the word up by index. The text is cut out only when asked for.
 */
final class Token {
  private static final int WORD = 1;
  private static final int UPPER = 2;
  private static final int LOWER = 4;

  private final Tokens src;
  private final int start;
  private final int end;
  private final boolean newlineBefore;
  private final int id;
  private final int shape;
  private String text;

  private Token(Tokens src, int start, int end, boolean newlineBefore, int id, int shape) {
    this.src = src;
    this.start = start;
    this.end = end;
    this.newlineBefore = newlineBefore;
    this.id = id;
    this.shape = shape;
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  boolean newlineBefore() {
    return newlineBefore;
  }

  /** The vocabulary id of the lower-case form. */
  int id() {
    return id;
  }

  String text() {
    if (text == null) {
      text = src.text().substring(start, end);
    }
    return text;
  }

  /** The lower-case form (shared with every token of the same word). */
  String lc() {
    return src.word(id);
  }

  /** Starts with a letter or digit. */
  boolean isWord() {
    return (shape & WORD) != 0;
  }

  boolean capitalized() {
    return (shape & UPPER) != 0;
  }

  boolean lower() {
    return (shape & LOWER) != 0;
  }

  boolean is(String s) {
    return end - start == s.length() && src.text().startsWith(s, start);
  }

  /** The first character. */
  char first() {
    return src.text().charAt(start);
  }

  /** The character at {@code k} within the token. */
  char charAt(int k) {
    return src.text().charAt(start + k);
  }

  int length() {
    return end - start;
  }

  /**
   * Joins the shared tokens into person tokens; {@code abbreviations} (without the period) keep a following
   * period, and {@code abbreviationIds} (their lower-case ids) say which words to check against them.
   */
  static List<Token> of(Tokens b, Set<String> abbreviations, java.util.function.IntPredicate abbreviationIds) {
    String text = b.text();
    int len = text.length();
    int n = b.size();
    List<Token> out = new ArrayList<>(n);
    int i = 0;
    while (i < n) {
      int f = b.flags(i);
      int start = b.start(i);
      int end = b.end(i);
      int j = i + 1;
      int id;
      if ((f & (Tokens.LETTER | Tokens.DIGIT)) != 0) {
        boolean period = false;
        while (j < n && b.start(j) == end) {
          int fj = b.flags(j);
          if ((fj & (Tokens.LETTER | Tokens.DIGIT)) != 0) {
            end = b.end(j++);
            continue;
          }
          char d = text.charAt(end);
          if ((d == '-' || d == '.' || d == '\'' || d == '\u2019') && end + 1 < len
              && Character.isLetterOrDigit(text.charAt(end + 1))
              && !((d == '\'' || d == '\u2019') && isPossessive(text, end))) {
            period |= d == '.';
            end = b.end(j + 1); // the letters or digits right after the joiner are the next shared token
            j += 2;
            continue;
          }
          break;
        }
        id = j == i + 1 ? b.id(i) : b.idOf(start, end);
        // An initial or abbreviation keeps its final period: "W.", "U.S.", "Mr.", "H.E.".
        if (j < n && b.start(j) == end && b.is(j, Tokens.PERIOD)
            && (period || (end - start == 1 && (f & Tokens.UPPER) != 0)
                || (abbreviationIds.test(id) && abbreviations.contains(text.substring(start, end))))) {
          end++;
          j++;
          id = b.idOf(start, end);
        }
      } else if ((f & Tokens.APOSTROPHE) != 0 && isPossessive(text, start)) {
        end = start + 2; // the "s" is a one-letter shared token
        j = i + 2;
        id = b.idOf(start, end);
      } else {
        id = b.id(i);
      }
      int shape = ((f & (Tokens.LETTER | Tokens.DIGIT)) != 0 ? WORD : 0) | ((f & Tokens.UPPER) != 0 ? UPPER : 0)
          | ((f & Tokens.LOWER) != 0 ? LOWER : 0);
      out.add(new Token(b, start, end, (f & Tokens.LINE_START) != 0, id, shape));
      i = j;
    }
    return out;
  }

  /** The lower-case words of a lexicon phrase, cut as {@link #of} cuts a text (the reference tokenizer). */
  static List<String> words(String text, Set<String> abbreviations) {
    List<String> out = new ArrayList<>();
    split(text, abbreviations, (s, e, nl) -> out.add(text.substring(s, e).toLowerCase(java.util.Locale.ROOT)));
    return out;
  }

  /** Receives one reference token. */
  interface Sink {
    void token(int start, int end, boolean newlineBefore);
  }

  /**
   * The reference tokenizer on plain characters (the definition {@link #of} follows on the shared tokens; a test
   * compares them): used for lexicon phrases, which are read before any document is tokenized.
   */
  static void split(String text, Set<String> abbreviations, Sink sink) {
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
        if (i < n && text.charAt(i) == '.' && keepsPeriod(text, start, i, abbreviations)) {
          i++;
        }
      } else if ((c == '\'' || c == '\u2019') && isPossessive(text, i)) {
        i += 2;
      } else {
        i++;
      }
      sink.token(start, i, newline);
      newline = false;
    }
  }

  private static boolean isPossessive(String text, int i) {
    return i + 1 < text.length() && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
        && (i + 2 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 2)));
  }

  private static boolean keepsPeriod(String text, int start, int end, Set<String> abbreviations) {
    int len = end - start;
    if (len == 1 && Character.isUpperCase(text.charAt(start))) {
      return true; // an initial
    }
    if (text.indexOf('.', start) >= 0 && text.indexOf('.', start) < end) {
      return true; // "U.S." "H.E."
    }
    return abbreviations.contains(text.substring(start, end));
  }

  @Override
  public String toString() {
    return text();
  }
}
