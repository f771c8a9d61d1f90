package org.compendium.resolve;

/**
 * What a date expression says, before it is resolved against a record's date by {@link DateResolver}.
 * Parts a text does not print are null.
 */
public sealed interface DateExpr {
  /** A calendar unit a relative expression counts in. */
  enum Unit { DAY, WEEK, MONTH, YEAR }

  /** What a relative expression counts from. */
  enum Base {
    /** The record's own date ("today", "next month"). */
    RECORD,
    /** The most recent date the text mentioned, else the record's date ("the following day"). */
    PREVIOUS
  }

  /**
   * A calendar date as printed: "5 September 2000", "May 2004", "2003", "November of this year"
   * ({@code yearOffset} 0 from the record's year), "September next year" ({@code yearOffset} 1), "23 October of
   * the same year" ({@code yearOffset} 0, {@code yearBase} PREVIOUS), "May 9" (no year: the year that puts it
   * near the record's date). {@code year} and {@code yearOffset} are never both set; a day needs a month.
   */
  record Calendar(Integer year, Integer yearOffset, Base yearBase, Integer month, Integer day) implements DateExpr {
    public Calendar {
      if (year != null && yearOffset != null) {
        throw new IllegalArgumentException("year and yearOffset both set");
      }
      if (day != null && month == null) {
        throw new IllegalArgumentException("day without month");
      }
      if (year == null && yearOffset == null && month == null) {
        throw new IllegalArgumentException("empty date");
      }
      if (yearBase == null) {
        yearBase = Base.RECORD;
      }
    }

    /** A date whose year, if relative, counts from the record's year. */
    public Calendar(Integer year, Integer yearOffset, Integer month, Integer day) {
      this(year, yearOffset, Base.RECORD, month, day);
    }

    public boolean hasYear() {
      return year != null || yearOffset != null;
    }

    /** This date with the year (or year offset) of {@code other}: "March" in "from March to September next year". */
    public Calendar withYearOf(Calendar other) {
      return new Calendar(other.year, other.yearOffset, other.yearBase, month, day);
    }

    /** Another day with this date's year: "22" in "July 21 to 22". */
    public Calendar onDay(int m, int d) {
      return new Calendar(year, yearOffset, yearBase, m, d);
    }
  }

  /** "next month", "yesterday", "the following day": {@code amount} units after (negative: before) the base. */
  record Shift(Base base, Unit unit, int amount) implements DateExpr {}

  /**
   * "40 years ago" (sign -1 from the record's date), "two days later" (sign +1 from the previous date): the
   * value is as precise as the finest unit counted.
   */
  record Distance(Base base, int sign, int years, int months, int weeks, int days) implements DateExpr {}

  /**
   * "next March" (direction 1: the first March after the record's month), "last September" (-1: the last one
   * before it), "this May" (0: in the record's year).
   */
  record NamedMonth(int month, int direction) implements DateExpr {}

  /**
   * "on Monday" (direction 0: the last Monday on or before the record's date, as a record reports what
   * happened), "next Friday" and "on Friday" in a sentence about the future (1: the first after it), "last
   * Friday" (-1: the last before it). {@code dayOfWeek} is ISO, Monday = 1.
   */
  record NamedWeekday(int dayOfWeek, int direction) implements DateExpr {}

  /**
   * A day and month (or a month) without a year in a sentence about the future ("the next round will take
   * place on 7 May"): the first such date on or after the record's date.
   */
  record Upcoming(int month, Integer day) implements DateExpr {}
}
