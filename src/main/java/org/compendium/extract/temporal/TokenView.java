package org.compendium.extract.temporal;

import java.util.List;
import java.util.Set;
import org.compendium.resolve.DateLexicon;
import org.compendium.util.WordSet;

/**
 * The tokens of one text with the small readings date shapes are built from: neighbours, spacing, line ends,
 * day numbers, years, month and day names. One instance per text; never shared.
 */
class TokenView {
  private static final Set<String> ORDINAL = WordSet.of("st", "nd", "rd", "th");

  final String text;
  final List<Token> toks;
  final DateLexicon lex;

  TokenView(String text, List<Token> toks, DateLexicon lex) {
    this.text = text;
    this.toks = toks;
    this.lex = lex;
  }


  Token tok(int i) {
    return i >= 0 && i < toks.size() ? toks.get(i) : null;
  }

  boolean is(int i, String lower) {
    Token t = tok(i);
    return t != null && t.lower().equals(lower);
  }

  boolean isIn(int i, Set<String> lowers) {
    Token t = tok(i);
    return t != null && lowers.contains(t.lower());
  }

  /** Tokens i-1 and i touch (no space between). */
  boolean touching(int i) {
    return i > 0 && i < toks.size() && toks.get(i - 1).end() == toks.get(i).start();
  }

  boolean lineBreakBefore(int i) {
    if (i <= 0 || i >= toks.size()) {
      return false;
    }
    return Token.lineBreakBetween(text, toks.get(i - 1), toks.get(i));
  }

  /** The number at i is glued to a neighbouring number ("10.5", "2,000", "9:30"; a hyphen makes a range). */
  boolean glued(int i) {
    boolean before = touching(i) && isNumericPunct(i - 1) && touching(i - 1) && tok(i - 2).isNumber();
    boolean after = touching(i + 1) && isNumericPunct(i + 1) && touching(i + 2) && tok(i + 2).isNumber();
    boolean letters = touching(i + 1) && tok(i + 1).isWord() && !ORDINAL.contains(tok(i + 1).lower());
    return before || after || letters || (touching(i + 1) && is(i + 1, "%"));
  }

  boolean isNumericPunct(int i) {
    Token t = tok(i);
    return t != null && ".,:/".contains(t.text()) && t.text().length() == 1;
  }

  /** The day number at i (1-31), or -1. */
  int dayAt(int i) {
    Token t = tok(i);
    if (t == null || !t.isNumber() || t.text().length() > 2 || glued(i)) {
      return -1;
    }
    int v = t.value();
    return v >= 1 && v <= 31 ? v : -1;
  }

  /** The token after a day number and its ordinal suffix ("13th"). */
  int afterDay(int i) {
    return touching(i + 1) && ORDINAL.contains(tok(i + 1).lower()) ? i + 2 : i + 1;
  }

  /** The year at i (four digits, 1000-2999), or -1. */
  int bareYearAt(int i) {
    Token t = tok(i);
    if (t == null || !t.isNumber() || t.text().length() != 4 || glued(i)) {
      return -1;
    }
    int v = t.value();
    return v >= 1000 && v <= 2999 ? v : -1;
  }

  /** The year at i completing a date before it on the same line, or -1. */
  int yearAt(int i) {
    return lineBreakBefore(i) ? -1 : bareYearAt(i);
  }

  /** A capitalized month name at i: its number and the token after it (and after an abbreviation's period). */
  int[] monthName(int i) {
    Token t = tok(i);
    if (t == null || !t.capitalized()) {
      return null;
    }
    Integer m = lex.month(t.lower());
    if (m == null) {
      return null;
    }
    boolean abbr = lex.isMonthAbbreviation(t.lower());
    int end = abbr && touching(i + 1) && is(i + 1, ".") ? i + 2 : i + 1;
    return new int[] {m, end, abbr ? 1 : 0};
  }

  Integer weekdayName(int i) {
    Token t = tok(i);
    return t != null && t.capitalized() ? lex.weekday(t.lower()) : null;
  }
}
