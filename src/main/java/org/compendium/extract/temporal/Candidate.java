package org.compendium.extract.temporal;

import org.compendium.resolve.DateExpr;

/**
 * A date expression found over tokens {@code [first, end)}: what it says ({@code expr}, null where the printed
 * form is ambiguous, like 05/06/2001), its shape, and whether a modifier ("by the end of", "early") opens it.
 */
record Candidate(int first, int end, DateExpr expr, Kind kind, boolean modified) {
  /** The printed shape of an expression; the name guards and modifiers depend on it. */
  enum Kind {
    /** Day, month and year ("5 September 2000", "2000-09-05"). */
    FULL("full"),
    /** Day and month ("May 9", "Friday 13 October"). */
    DAYMONTH("daymonth"),
    /** Days within one month ("23-24 September 2000", "November 19 and 20"): the value is the month. */
    DAYRANGE("full"),
    /** A day number standing for a date through a range ("22" in "from July 21 to 22"). */
    DAY("daymonth"),
    MONTHYEAR("monthyear"),
    /** A month printed alone ("in May"). */
    MONTH("month"),
    /** A year printed alone ("in 2003"). */
    YEAR("year"),
    /** "this year", "the following day", "next March", "40 years ago". */
    RELATIVE("relative"),
    SEASON("season");

    final String key;

    Kind(String key) {
      this.key = key;
    }

    /** A date printed with calendar names or numbers, which a name can swallow ("the 2006 G8 Summit"). */
    boolean calendar() {
      return this != RELATIVE && this != SEASON;
    }
  }

  Candidate withExpr(DateExpr e) {
    return new Candidate(first, end, e, kind, modified);
  }
}
