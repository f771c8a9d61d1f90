package org.compendium.extract.commitment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.compendium.extract.Tokens;
import org.compendium.extract.WordRuns;
import org.compendium.util.WordScanner;

/**
 * A word or punctuation mark of the text with its UTF-16 offsets. {@code lower} is lowercased, with the
 * typographic apostrophe read as "'". Words keep inner hyphens and apostrophes ("face-to-face", "japan's").
 * {@code cue} is what the cue lexicon knows of the word, looked up once when the token is made (null: not
 * looked up; the lexicon then looks it up on each question).
 */
record Token(String lower, String raw, int start, int end, boolean word, CueLexicon.Word cue) {
  Token(String lower, String raw, int start, int end, boolean word) {
    this(lower, raw, start, end, word, null);
  }
  private static final String JOINERS = "'\u2019-";

  /** Splits {@code text[from, to)} into tokens. */
  static List<Token> split(String text, int from, int to) {
    return split(text, from, to, null);
  }

  /** Splits {@code text[from, to)} into tokens, each with what {@code lex} (may be null) knows of it. */
  static List<Token> split(String text, int from, int to, CueLexicon lex) {
    List<Token> out = new ArrayList<>();
    // Same tokens as the pattern "[\\p{L}\\p{N}]+(?:['\u2019\\-][\\p{L}\\p{N}]+)*|\\S", without the regex engine.
    WordScanner.scan(text, from, to, JOINERS, (start, end) -> out.add(of(text, start, end, lex)));
    return out;
  }

  /**
   * The tokens of {@link #split(String, int, int, CueLexicon)} over {@code base.text()}, read off the shared
   * tokens: a word that is one base token takes the shared lower-case form and its cue entry by id
   * ({@code cueById}, from {@link CueLexicon#byId}) without making or hashing a string.
   */
  static List<Token> split(Tokens base, int from, int to, CueLexicon lex, CueLexicon.Word[] cueById) {
    String text = base.text();
    List<Token> out = new ArrayList<>();
    WordRuns.scan(base, from, to, JOINERS, (start, end, b) -> {
      String lower;
      String raw;
      int id;
      if (b >= 0 && !base.any(b, Tokens.APOSTROPHE)) {
        lower = base.lower(b);
        raw = base.any(b, Tokens.SAME_LOWER) ? lower : text.substring(start, end);
        id = base.id(b);
      } else {
        // a joined word of ASCII characters without "’" ("follow-up", "Japan's") is numbered as a whole
        int plain = plainAscii(text, start, end);
        if (b >= 0 || plain < 0) {
          out.add(of(text, start, end, lex)); // "’" is read as "'", and other characters lower-cased by rule
          return true;
        }
        id = base.idOf(start, end);
        lower = base.word(id);
        raw = plain == 0 ? lower : text.substring(start, end);
      }
      CueLexicon.Word cue = id < cueById.length ? cueById[id] : null;
      out.add(new Token(lower, raw, start, end, Character.isLetterOrDigit(text.charAt(start)),
          cue != null ? cue : CueLexicon.Word.NONE));
      return true;
    });
    return out;
  }

  /** -1 if {@code text[start, end)} holds a character that is not ASCII, else the number of capitals in it. */
  private static int plainAscii(String text, int start, int end) {
    int caps = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 128) {
        return -1;
      }
      caps += c >= 'A' && c <= 'Z' ? 1 : 0;
    }
    return caps;
  }

  private static Token of(String text, int start, int end, CueLexicon lex) {
    String raw = text.substring(start, end);
    boolean word = Character.isLetterOrDigit(raw.charAt(0));
    String lower = raw.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    return new Token(lower, raw, start, end, word, lex == null ? null : lex.word(lower));
  }

  boolean is(String s) {
    return lower.equals(s);
  }

  boolean capitalized() {
    return word && Character.isUpperCase(raw.charAt(0));
  }

  /** An adverb that may sit inside a verb group ("will definitely be realized", "to further intensify"). */
  boolean adverb() {
    return word && ((lower.endsWith("ly") && lower.length() > 4 && !lower.equals("italy"))
        || lower.equals("also") || lower.equals("further") || lower.equals("not") || lower.equals("soon")
        || lower.equals("still") || lower.equals("then") || lower.equals("together") || lower.equals("again")
        || lower.equals("now") || lower.equals("never"));
  }
}
