package org.compendium.extract.temporal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.compendium.extract.temporal.Candidate.Kind;
import org.compendium.resolve.DateExpr;
import org.compendium.resolve.DateExpr.Base;
import org.compendium.resolve.DateExpr.Calendar;
import org.compendium.resolve.DateExpr.Distance;
import org.compendium.resolve.DateExpr.NamedMonth;
import org.compendium.resolve.DateExpr.NamedWeekday;
import org.compendium.resolve.DateExpr.Shift;
import org.compendium.resolve.DateExpr.Unit;
import org.compendium.resolve.DateLexicon;
import org.compendium.resolve.DateLexicon.Modifier;
import org.compendium.resolve.DateLexicon.Relative;

/**
 * Finds date expressions in a token list, left to right, longest first: calendar dates in their printed
 * orders ("September 5, 2000", "5 September 2000", "Friday 13 October", "2000/09/05", "May, 2004"), day ranges
 * within a month ("23-24 September 2000"), months and years, seasons, relative expressions from the lexicon,
 * "next March", "40 years ago", each optionally opened by a modifier ("by the end of"). It reads shapes only;
 * whether a bare year or month is a date, or part of a name, is {@link NameGuard}'s call.
 *
 * <p>Limits: English only; a numeric date whose day and month could be swapped (05/06/2001) is found with no
 * value; ranges across months ("30 September-2 October") give two expressions.
 */
final class TemporalParser {
  // the few grammatical words date shapes are built from
  private static final Set<String> RANGE_JOIN = Set.of("-", "\u2013", "and");
  private static final Set<String> RANGE_TO = Set.of("to", "until", "till", "through");
  private static final Set<String> ORDINAL = Set.of("st", "nd", "rd", "th");
  private static final Set<String> NUMERIC_SEP = Set.of("-", "/", ".");
  private static final String AGO = "ago";
  private static final String LATER = "later";
  private static final String EARLIER = "earlier";

  /** A core expression (without modifier) ending before token {@code end}. */
  private record Core(int end, DateExpr expr, Kind kind) {}

  private final DateLexicon lex;
  private final PhraseTable<Relative> relatives = new PhraseTable<>();
  private final PhraseTable<Modifier> modifiers = new PhraseTable<>();

  TemporalParser(DateLexicon lex) {
    this.lex = lex;
    for (Relative r : lex.relatives()) {
      relatives.add(r.phrase(), r);
    }
    for (Modifier m : lex.modifiers()) {
      modifiers.add(m.phrase(), m);
    }
  }

  /** Every date expression in {@code text} (tokenized as {@code toks}), in text order, not overlapping. */
  List<Candidate> parse(String text, List<Token> toks) {
    return new Run(text, toks).parse();
  }

  /** One parse of one text: the per-document state lives here, not in the shared parser. */
  private final class Run {
    private final String text;
    private final List<Token> toks;

    Run(String text, List<Token> toks) {
      this.text = text;
      this.toks = toks;
    }

    List<Candidate> parse() {
      List<Candidate> out = new ArrayList<>();
      int i = 0;
      while (i < toks.size()) {
        if (!mayStart(toks.get(i))) {
          i++;
          continue;
        }
        List<Candidate> found = matchAt(i);
        if (found.isEmpty()) {
          i++;
        } else {
          out.addAll(found);
          i = found.get(found.size() - 1).end();
        }
      }
      return out;
    }

    private boolean mayStart(Token t) {
      if (t.isNumber()) {
        return true;
      }
      if (!t.isWord()) {
        return false;
      }
      String w = t.lower();
      return lex.month(w) != null || lex.weekday(w) != null || lex.isSeason(w) || lex.deictic(w) != null
          || lex.number(w) != null || relatives.startsAny(t) || modifiers.startsAny(t);
    }

    private List<Candidate> matchAt(int i) {
      Candidate best = null;
      for (PhraseTable.Hit<Modifier> hit : modifiers.matchAt(toks, i)) {
        Core core = hit.end() < toks.size() ? coreAt(hit.end()) : null;
        if (core != null && (hit.value().kinds().isEmpty() || hit.value().kinds().contains(core.kind().key))) {
          best = new Candidate(i, core.end(), core.expr(), core.kind(), true);
          break;
        }
      }
      if (best == null) {
        Core core = coreAt(i);
        if (core != null) {
          best = new Candidate(i, core.end(), core.expr(), core.kind(), false);
        }
      }
      if (best == null) {
        Candidate lead = dayBeforeRange(i);
        return lead == null ? List.of() : List.of(lead);
      }
      Candidate second = dayAfterRange(best);
      return second == null ? List.of(best) : List.of(best, second);
    }

    /** The longest core expression at {@code i}, or null; only the shapes that can start with its token. */
    private Core coreAt(int i) {
      Token t = toks.get(i);
      Core best = null;
      if (t.isNumber()) {
        best = longer(best, numeric(i));
        best = longer(best, dayFirst(i));
        best = longer(best, distance(i));
        best = longer(best, year(i));
        return best;
      }
      if (!t.isWord()) {
        return null;
      }
      String w = t.lower();
      if (lex.weekday(w) != null) {
        best = longer(best, weekdayDate(i));
        best = longer(best, weekdayAlone(i));
      }
      if (lex.month(w) != null) {
        best = longer(best, monthFirst(i));
      }
      if (lex.isSeason(w) || w.equals("the")) {
        best = longer(best, season(i));
      }
      if (lex.deictic(w) != null) {
        best = longer(best, deicticNamed(i));
      }
      if (lex.number(w) != null) {
        best = longer(best, distance(i));
      }
      if (relatives.startsAny(t)) {
        best = longer(best, relative(i));
      }
      return best;
    }

    private static Core longer(Core a, Core b) {
      return b != null && (a == null || b.end() > a.end()) ? b : a;
    }

    // ---- token helpers

    private Token tok(int i) {
      return i >= 0 && i < toks.size() ? toks.get(i) : null;
    }

    private boolean is(int i, String lower) {
      Token t = tok(i);
      return t != null && t.lower().equals(lower);
    }

    private boolean isIn(int i, Set<String> lowers) {
      Token t = tok(i);
      return t != null && lowers.contains(t.lower());
    }

    /** Tokens i-1 and i touch (no space between). */
    private boolean touching(int i) {
      return i > 0 && i < toks.size() && toks.get(i - 1).end() == toks.get(i).start();
    }

    private boolean lineBreakBefore(int i) {
      if (i <= 0 || i >= toks.size()) {
        return false;
      }
      return Token.lineBreakBetween(text, toks.get(i - 1), toks.get(i));
    }

    /** The number at i is glued to a neighbouring number ("10.5", "2,000", "9:30"; a hyphen makes a range). */
    private boolean glued(int i) {
      boolean before = touching(i) && isNumericPunct(i - 1) && touching(i - 1) && tok(i - 2).isNumber();
      boolean after = touching(i + 1) && isNumericPunct(i + 1) && touching(i + 2) && tok(i + 2).isNumber();
      boolean letters = touching(i + 1) && tok(i + 1).isWord() && !ORDINAL.contains(tok(i + 1).lower());
      return before || after || letters || (touching(i + 1) && is(i + 1, "%"));
    }

    private boolean isNumericPunct(int i) {
      Token t = tok(i);
      return t != null && ".,:/".contains(t.text()) && t.text().length() == 1;
    }

    /** The day number at i (1-31), or -1. */
    private int dayAt(int i) {
      Token t = tok(i);
      if (t == null || !t.isNumber() || t.text().length() > 2 || glued(i)) {
        return -1;
      }
      int v = t.value();
      return v >= 1 && v <= 31 ? v : -1;
    }

    /** The token after a day number and its ordinal suffix ("13th"). */
    private int afterDay(int i) {
      return touching(i + 1) && ORDINAL.contains(tok(i + 1).lower()) ? i + 2 : i + 1;
    }

    /** The year at i (four digits, 1000-2999), or -1. */
    private int bareYearAt(int i) {
      Token t = tok(i);
      if (t == null || !t.isNumber() || t.text().length() != 4 || glued(i)) {
        return -1;
      }
      int v = t.value();
      return v >= 1000 && v <= 2999 ? v : -1;
    }

    /** The year at i completing a date before it on the same line, or -1. */
    private int yearAt(int i) {
      return lineBreakBefore(i) ? -1 : bareYearAt(i);
    }

    /** A capitalized month name at i: its number and the token after it (and after an abbreviation's period). */
    private int[] monthName(int i) {
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

    private Integer weekdayName(int i) {
      Token t = tok(i);
      return t != null && t.capitalized() ? lex.weekday(t.lower()) : null;
    }

    /** A relative year at i ("this year", "next year", "the same year"), or null. */
    private PhraseTable.Hit<Relative> relativeYear(int i) {
      if (tok(i) == null) {
        return null;
      }
      for (PhraseTable.Hit<Relative> h : relatives.matchAt(toks, i)) {
        Relative r = h.value();
        if (r.unit() == Unit.YEAR && r.leads().isEmpty()) {
          return h;
        }
      }
      return null;
    }

    /** A date in the relative year {@code h} ("November of this year", "23 October of the same year"). */
    private Core inRelativeYear(PhraseTable.Hit<Relative> h, Integer month, Integer day, Kind kind) {
      return new Core(h.end(), new Calendar(null, h.value().offset(), h.value().base(), month, day), kind);
    }

    private static Calendar date(Integer year, int month, Integer day) {
      return new Calendar(year, null, month, day);
    }

    private Kind dayKind(Integer year) {
      return year == null ? Kind.DAYMONTH : Kind.FULL;
    }

    // ---- shapes

    /** "Friday 13 October", "Monday, July 8", "Saturday, May 22, 2004". */
    private Core weekdayDate(int i) {
      Integer wd = weekdayName(i);
      if (wd == null) {
        return null;
      }
      int j = i + 1;
      if (is(j, ".") && touching(j)) {
        j++;
      }
      if (is(j, ",")) {
        j++;
      }
      Core c = dayFirst(j);
      if (c == null) {
        c = monthFirst(j);
      }
      return c != null && (c.kind() == Kind.FULL || c.kind() == Kind.DAYMONTH) ? c : null;
    }

    /** "2000-09-05", "2000/9/5", "13/10/2000" (and 05/06/2001, whose day and month cannot be told apart). */
    private Core numeric(int i) {
      Token a = tok(i);
      if (a == null || !a.isNumber() || !isIn(i + 1, NUMERIC_SEP) || tok(i + 4) == null) {
        return null;
      }
      String sep = tok(i + 1).text();
      for (int k = i + 1; k <= i + 4; k++) {
        if (!touching(k)) {
          return null;
        }
      }
      if (!is(i + 3, sep) || !tok(i + 2).isNumber() || !tok(i + 4).isNumber()) {
        return null;
      }
      if (touching(i + 5) && isNumericPunct(i + 5) && touching(i + 6) && tok(i + 6).isNumber()) {
        return null;
      }
      String b = tok(i + 2).text();
      String c = tok(i + 4).text();
      if (a.text().length() == 4 && b.length() <= 2 && c.length() <= 2) {
        return valid(i + 5, a.value(), tok(i + 2).value(), tok(i + 4).value());
      }
      if (a.text().length() <= 2 && b.length() <= 2 && c.length() == 4 && !sep.equals("-")) {
        int x = a.value();
        int y = tok(i + 2).value();
        if (x > 12 && y <= 12) {
          return valid(i + 5, tok(i + 4).value(), y, x);
        }
        if (y > 12 && x <= 12) {
          return valid(i + 5, tok(i + 4).value(), x, y);
        }
        if (x >= 1 && y >= 1 && x <= 12 && y <= 12) {
          return new Core(i + 5, null, Kind.FULL);
        }
      }
      return null;
    }

    private Core valid(int end, int y, int m, int d) {
      if (y < 1000 || org.compendium.resolve.PartialDate.valid(y, m >= 1 && m <= 12 ? m : null, d) == null
          || m < 1 || m > 12) {
        return null;
      }
      return new Core(end, date(y, m, d), Kind.FULL);
    }

    /** "5 September 2000", "13th of October", "23-24 September 2000", "19 and 20 November". */
    private Core dayFirst(int i) {
      int d1 = dayAt(i);
      if (d1 < 0) {
        return null;
      }
      int j = afterDay(i);
      boolean range = false;
      if (isIn(j, RANGE_JOIN) && dayAt(j + 1) > d1) {
        range = true;
        j = afterDay(j + 1);
      }
      if (is(j, "of")) {
        j++;
      }
      int[] m = monthName(j);
      if (m == null) {
        return null;
      }
      int k = m[1];
      Integer year = null;
      if (is(k, ",") && yearAt(k + 1) > 0) {
        year = yearAt(k + 1);
        k += 2;
      } else if (yearAt(k) > 0) {
        year = yearAt(k);
        k++;
      }
      return dated(k, year, m[0], d1, range);
    }

    private Core dated(int end, Integer year, int month, int day, boolean range) {
      if (year == null) {
        // "23 October of the same year", "5 May next year"
        PhraseTable.Hit<Relative> rel = relativeYear(is(end, "of") ? end + 1 : end);
        if (rel != null) {
          return inRelativeYear(rel, month, range ? null : day, range ? Kind.DAYRANGE : Kind.FULL);
        }
      }
      if (range) {
        return new Core(end, date(year, month, null), Kind.DAYRANGE);
      }
      if (org.compendium.resolve.PartialDate.valid(year == null ? 2000 : year, month, day) == null) {
        return null;
      }
      return new Core(end, date(year, month, day), dayKind(year));
    }

    /** "September 5, 2000", "May 9", "November 19 and 20", "May, 2004", "November of this year", "in May". */
    private Core monthFirst(int i) {
      int[] m = monthName(i);
      if (m == null) {
        return null;
      }
      int j = m[1];
      int d = dayAt(j);
      if (d >= 0 && !(touching(j + 1) && is(j + 1, ":"))) {
        int k = afterDay(j);
        boolean range = false;
        if (isIn(k, RANGE_JOIN) && dayAt(k + 1) > d) {
          range = true;
          k = afterDay(k + 1);
        }
        Integer year = null;
        if (is(k, ",") && yearAt(k + 1) > 0) {
          year = yearAt(k + 1);
          k += 2;
        } else if (yearAt(k) > 0) {
          year = yearAt(k);
          k++;
        }
        if (is(k, "(") && weekdayName(k + 1) != null) {
          int close = is(k + 2, ".") ? k + 3 : k + 2;
          if (is(close, ")")) {
            k = close + 1;
          }
        }
        return dated(k, year, m[0], d, range);
      }
      if (is(j, ",") && yearAt(j + 1) > 0) {
        return new Core(j + 2, date(yearAt(j + 1), m[0], null), Kind.MONTHYEAR);
      }
      if (yearAt(j) > 0) {
        return new Core(j + 1, date(yearAt(j), m[0], null), Kind.MONTHYEAR);
      }
      if (is(j, "of") && yearAt(j + 1) > 0) {
        return new Core(j + 2, date(yearAt(j + 1), m[0], null), Kind.MONTHYEAR);
      }
      PhraseTable.Hit<Relative> rel = relativeYear(is(j, "of") ? j + 1 : j);
      if (rel != null) {
        return inRelativeYear(rel, m[0], null, Kind.MONTHYEAR);
      }
      if (m[2] == 1) {
        return null; // an abbreviation alone ("Mar", "Dec") is too often something else
      }
      return new Core(j, date(null, m[0], null), Kind.MONTH);
    }

    /** "spring 2001", "the autumn of 2001", "autumn next year", "the summer of this year". */
    private Core season(int i) {
      int s = i;
      if (is(i, "the")) {
        if (tok(i + 1) == null || !lex.isSeason(tok(i + 1).lower()) || !is(i + 2, "of")) {
          return null;
        }
        s = i + 1;
      } else if (tok(i) == null || !lex.isSeason(tok(i).lower())) {
        return null;
      }
      int j = is(s + 1, "of") || is(s + 1, ",") ? s + 2 : s + 1;
      if (yearAt(j) > 0) {
        return new Core(j + 1, new Calendar(yearAt(j), null, null, null), Kind.SEASON);
      }
      PhraseTable.Hit<Relative> rel = relativeYear(j);
      return rel == null ? null : inRelativeYear(rel, null, null, Kind.SEASON);
    }

    /** "next March", "last Friday", "this autumn". */
    private Core deicticNamed(int i) {
      Token t = tok(i);
      Integer dir = t == null ? null : lex.deictic(t.lower());
      if (dir == null || tok(i + 1) == null) {
        return null;
      }
      int[] m = monthName(i + 1);
      if (m != null && m[2] == 0) {
        return new Core(i + 2, new NamedMonth(m[0], dir), Kind.RELATIVE);
      }
      Integer wd = weekdayName(i + 1);
      if (wd != null) {
        return new Core(i + 2, new NamedWeekday(wd, dir), Kind.RELATIVE);
      }
      if (lex.isSeason(tok(i + 1).lower())) {
        return new Core(i + 2, new Calendar(null, dir, null, null), Kind.SEASON);
      }
      return null;
    }

    /** "40 years ago", "a year and eight months ago", "two days later". */
    private Core distance(int i) {
      int[] amounts = new int[Unit.values().length];
      int j = i;
      boolean any = false;
      while (true) {
        Token t = tok(j);
        Token u = tok(j + 1);
        if (t == null || u == null) {
          return null;
        }
        int n = t.isNumber() && t.text().length() <= 3 ? t.value() : t.isWord() && lex.number(t.lower()) != null
            ? lex.number(t.lower()) : -1;
        if (n > 0 && t.isWord() && is(j + 1, "-") && touching(j + 1) && touching(j + 2) && tok(j + 2).isWord()
            && lex.number(tok(j + 2).lower()) != null) {
          n += lex.number(tok(j + 2).lower()); // "twenty-five"
          j += 2;
          u = tok(j + 1);
          if (u == null) {
            return null;
          }
        }
        Unit unit = u.isWord() ? lex.unit(u.lower()) : null;
        if (n <= 0 || unit == null) {
          return null;
        }
        amounts[unit.ordinal()] += n;
        any = true;
        j += 2;
        if ((is(j, "and") || is(j, ",")) && tok(j + 1) != null && tok(j + 2) != null && tok(j + 2).isWord()
            && lex.unit(tok(j + 2).lower()) != null) {
          j++;
          continue;
        }
        break;
      }
      Token end = tok(j);
      if (!any || end == null) {
        return null;
      }
      Base base;
      int sign;
      switch (end.lower()) {
        case AGO -> {
          base = Base.RECORD;
          sign = -1;
        }
        case LATER -> {
          base = Base.PREVIOUS;
          sign = 1;
        }
        case EARLIER -> {
          base = Base.PREVIOUS;
          sign = -1;
        }
        default -> {
          return null;
        }
      }
      return new Core(j + 1, new Distance(base, sign, amounts[Unit.YEAR.ordinal()], amounts[Unit.MONTH.ordinal()],
          amounts[Unit.WEEK.ordinal()], amounts[Unit.DAY.ordinal()]), Kind.RELATIVE);
    }

    /** A phrase of the relative-expression lexicon, where its lead word (if it needs one) precedes it. */
    private Core relative(int i) {
      for (PhraseTable.Hit<Relative> h : relatives.matchAt(toks, i)) {
        Relative r = h.value();
        if (r.leads().isEmpty()) {
          return new Core(h.end(), new Shift(r.base(), r.unit(), r.offset()), Kind.RELATIVE);
        }
        // "within the month", but not "during the month of Ramadan"
        if (tok(i - 1) != null && r.leads().contains(tok(i - 1).lower()) && !is(h.end(), "of")) {
          return new Core(h.end(), new Shift(r.base(), r.unit(), r.offset()), Kind.RELATIVE);
        }
      }
      return null;
    }

    /** "on Monday". */
    private Core weekdayAlone(int i) {
      Integer wd = weekdayName(i);
      if (wd == null || !is(i - 1, "on") || tok(i).text().length() < 6) {
        return null; // full day names only: "Sun" and "Wed" are too often other words
      }
      return new Core(i + 1, new NamedWeekday(wd, 0), Kind.RELATIVE);
    }

    /** A four-digit year between 1500 and 2199 (printed alone, smaller numbers are times: "1300 hrs"). */
    private Core year(int i) {
      int y = bareYearAt(i);
      if (y < 1500 || y > 2199) {
        return null;
      }
      return new Core(i + 1, new Calendar(y, null, null, null), Kind.YEAR);
    }

    // ---- day ranges with "to": each day is its own expression ("from July 21 to 22")

    /** "22" after "July 21 to": the second day, in the first one's month and year. */
    private Candidate dayAfterRange(Candidate first) {
      if (!(first.expr() instanceof Calendar c) || c.day() == null) {
        return null;
      }
      int j = first.end();
      if (!isIn(j, RANGE_TO) || dayAt(j + 1) <= c.day() || monthName(afterDay(j + 1)) != null
          || monthName(afterDay(j + 1) + 1) != null) {
        return null;
      }
      Token next = tok(afterDay(j + 1));
      if (next != null && next.isWord() && lex.unit(next.lower()) != null) {
        return null;
      }
      int end = afterDay(j + 1);
      Calendar second = c.onDay(c.month(), dayAt(j + 1));
      if (c.year() == null && is(end, ",") && yearAt(end + 1) > 0) {
        second = new Calendar(yearAt(end + 1), null, c.month(), dayAt(j + 1));
        end += 2;
      }
      return new Candidate(j + 1, end, second, Kind.DAY, false);
    }

    /** "21" before "to 22 July": the first day, in the second one's month and year. */
    private Candidate dayBeforeRange(int i) {
      int d = dayAt(i);
      int j = afterDay(i);
      if (d < 0 || !isIn(j, RANGE_TO)) {
        return null;
      }
      Core next = dayFirst(j + 1);
      if (next == null || !(next.expr() instanceof Calendar c) || c.day() == null || c.day() <= d) {
        return null;
      }
      return new Candidate(i, j, c.onDay(c.month(), d), Kind.DAY, false);
    }
  }
}
