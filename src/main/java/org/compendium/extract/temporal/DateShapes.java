package org.compendium.extract.temporal;

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
import org.compendium.resolve.DateLexicon.Relative;
import org.compendium.util.WordSet;

/**
 * The shapes of date expressions, each read at one token of one text: calendar dates in their printed orders,
 * seasons, "next March", "40 years ago", lexicon phrases. Each returns the expression and where it ends, or
 * null. One instance per text (see {@link TemporalParser}).
 */
class DateShapes extends TokenView {
  // the few grammatical words date shapes are built from
  static final Set<String> RANGE_JOIN = WordSet.of("-", "\u2013", "and");
  private static final Set<String> NUMERIC_SEP = WordSet.of("-", "/", ".");
  private static final String AGO = "ago";
  private static final String LATER = "later";
  private static final String EARLIER = "earlier";

  /** A core expression (without modifier) ending before token {@code end}. */
  record Core(int end, DateExpr expr, Kind kind) {}

  private final PhraseTrie<Relative> relatives;

  DateShapes(String text, List<Token> toks, DateLexicon lex, PhraseTrie<Relative> relatives) {
    super(text, toks, lex);
    this.relatives = relatives;
  }

  /** A relative year at i ("this year", "next year", "the same year"), or null. */
  PhraseTrie.Hit<Relative> relativeYear(int i) {
    if (tok(i) == null) {
      return null;
    }
    for (PhraseTrie.Hit<Relative> h : relatives.matchAt(toks, i)) {
      Relative r = h.value();
      if (r.unit() == Unit.YEAR && r.leads().isEmpty()) {
        return h;
      }
    }
    return null;
  }

  /** A date in the relative year {@code h} ("November of this year", "23 October of the same year"). */
  Core inRelativeYear(PhraseTrie.Hit<Relative> h, Integer month, Integer day, Kind kind) {
    return new Core(h.end(), new Calendar(null, h.value().offset(), h.value().base(), month, day), kind);
  }

  static Calendar date(Integer year, int month, Integer day) {
    return new Calendar(year, null, month, day);
  }

  Kind dayKind(Integer year) {
    return year == null ? Kind.DAYMONTH : Kind.FULL;
  }

  // ---- shapes

  /** "Friday 13 October", "Monday, July 8", "Saturday, May 22, 2004". */
  Core weekdayDate(int i) {
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
  Core numeric(int i) {
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

  Core valid(int end, int y, int m, int d) {
    if (y < 1000 || org.compendium.resolve.PartialDate.valid(y, m >= 1 && m <= 12 ? m : null, d) == null
        || m < 1 || m > 12) {
      return null;
    }
    return new Core(end, date(y, m, d), Kind.FULL);
  }

  /** "5 September 2000", "13th of October", "23-24 September 2000", "19 and 20 November". */
  Core dayFirst(int i) {
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

  Core dated(int end, Integer year, int month, int day, boolean range) {
    if (year == null) {
      // "23 October of the same year", "5 May next year"
      PhraseTrie.Hit<Relative> rel = relativeYear(is(end, "of") ? end + 1 : end);
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
  Core monthFirst(int i) {
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
    PhraseTrie.Hit<Relative> rel = relativeYear(is(j, "of") ? j + 1 : j);
    if (rel != null) {
      return inRelativeYear(rel, m[0], null, Kind.MONTHYEAR);
    }
    if (m[2] == 1) {
      return null; // an abbreviation alone ("Mar", "Dec") is too often something else
    }
    return new Core(j, date(null, m[0], null), Kind.MONTH);
  }

  /** "spring 2001", "the autumn of 2001", "autumn next year", "the summer of this year". */
  Core season(int i) {
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
    PhraseTrie.Hit<Relative> rel = relativeYear(j);
    return rel == null ? null : inRelativeYear(rel, null, null, Kind.SEASON);
  }

  /** "next March", "last Friday", "this autumn". */
  Core deicticNamed(int i) {
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
  Core distance(int i) {
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
  Core relative(int i) {
    for (PhraseTrie.Hit<Relative> h : relatives.matchAt(toks, i)) {
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
  Core weekdayAlone(int i) {
    Integer wd = weekdayName(i);
    if (wd == null || !is(i - 1, "on") || tok(i).text().length() < 6) {
      return null; // full day names only: "Sun" and "Wed" are too often other words
    }
    return new Core(i + 1, new NamedWeekday(wd, 0), Kind.RELATIVE);
  }

  /** A four-digit year between 1500 and 2199 (printed alone, smaller numbers are times: "1300 hrs"). */
  Core year(int i) {
    int y = bareYearAt(i);
    if (y < 1500 || y > 2199) {
      return null;
    }
    return new Core(i + 1, new Calendar(y, null, null, null), Kind.YEAR);
  }
}
