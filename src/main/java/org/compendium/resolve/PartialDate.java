package org.compendium.resolve;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A calendar date known to the year, the month or the day: what an ISO 8601 value {@code yyyy},
 * {@code yyyy-mm} or {@code yyyy-mm-dd} says. {@code day} is set only with {@code month}.
 */
public record PartialDate(int year, Integer month, Integer day) {
  /** How much of a date is known. */
  public enum Precision { YEAR, MONTH, DAY }

  public PartialDate {
    if (day != null && month == null) {
      throw new IllegalArgumentException("day without month");
    }
    if (month != null && (month < 1 || month > 12)) {
      throw new IllegalArgumentException("bad month " + month);
    }
    if (day != null && (day < 1 || day > YearMonth.of(year, month).lengthOfMonth())) {
      throw new IllegalArgumentException("bad day " + year + "-" + month + "-" + day);
    }
  }

  public static PartialDate ofYear(int year) {
    return new PartialDate(year, null, null);
  }

  public static PartialDate ofMonth(int year, int month) {
    return new PartialDate(year, month, null);
  }

  public static PartialDate of(LocalDate d) {
    return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }

  /** The date an ISO value names, or null when {@code iso} is null or not {@code yyyy[-mm[-dd]]}. */
  public static PartialDate parse(String iso) {
    if (iso == null || !iso.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
      return null;
    }
    try {
      int y = Integer.parseInt(iso.substring(0, 4));
      Integer m = iso.length() >= 7 ? Integer.valueOf(iso.substring(5, 7)) : null;
      Integer d = iso.length() == 10 ? Integer.valueOf(iso.substring(8, 10)) : null;
      return new PartialDate(y, m, d);
    } catch (IllegalArgumentException | DateTimeException e) {
      return null;
    }
  }

  /** A date from printed parts, or null when they name no real date (30 February). */
  public static PartialDate valid(int year, Integer month, Integer day) {
    try {
      return new PartialDate(year, month, day);
    } catch (IllegalArgumentException | DateTimeException e) {
      return null;
    }
  }

  public Precision precision() {
    return day != null ? Precision.DAY : month != null ? Precision.MONTH : Precision.YEAR;
  }

  public boolean hasAtLeast(Precision p) {
    return precision().compareTo(p) >= 0;
  }

  /** This date cut to {@code p} (no finer than it already is). */
  public PartialDate truncate(Precision p) {
    return switch (p) {
      case YEAR -> ofYear(year);
      case MONTH -> month == null ? this : ofMonth(year, month);
      case DAY -> this;
    };
  }

  /** The day; only for dates known to the day. */
  public LocalDate toLocalDate() {
    if (day == null) {
      throw new IllegalStateException("not a full date: " + iso());
    }
    return LocalDate.of(year, month, day);
  }

  public String iso() {
    StringBuilder b = new StringBuilder(10);
    b.append(org.compendium.util.IsoDates.format(year, 0, 0));
    if (month != null) {
      b.append('-').append(month < 10 ? "0" : "").append(month);
    }
    if (day != null) {
      b.append('-').append(day < 10 ? "0" : "").append(day);
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return iso();
  }
}
