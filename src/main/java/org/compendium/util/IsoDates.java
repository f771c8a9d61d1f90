package org.compendium.util;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * ISO 8601 calendar dates that may be partial ({@code yyyy}, {@code yyyy-mm}, {@code yyyy-mm-dd}), as records
 * carry them: the first and the last day they cover. A deadline "by 2000" is met up to its last day.
 */
public final class IsoDates {
  private static final Pattern ISO = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  private IsoDates() {}

  /** Whether {@code s} is a (possibly partial) ISO date. */
  public static boolean valid(String s) {
    return s != null && ISO.matcher(s).matches() && first(s).isPresent();
  }

  /** The first day a (partial) date covers; empty if it is not one. */
  public static Optional<LocalDate> first(String s) {
    return parse(s, false);
  }

  /** The last day a (partial) date covers; empty if it is not one. */
  public static Optional<LocalDate> last(String s) {
    return parse(s, true);
  }

  /**
   * The ISO text of year, month (0: none) and day (0: none), as {@code String.format("%04d-%02d-%02d")} prints
   * it (a negative year keeps its sign inside the width), without the formatter: this runs for every date found.
   */
  public static String format(int year, int month, int day) {
    StringBuilder b = new StringBuilder(10);
    String y = Integer.toString(Math.abs(year));
    if (year < 0) {
      b.append('-');
    }
    for (int k = y.length() + (year < 0 ? 1 : 0); k < 4; k++) {
      b.append('0');
    }
    b.append(y);
    if (month != 0) {
      b.append('-').append(month < 10 ? "0" : "").append(month);
      if (day != 0) {
        b.append('-').append(day < 10 ? "0" : "").append(day);
      }
    }
    return b.toString();
  }

  /** Parses a bound given by a user; throws IllegalArgumentException with a one-line message if it is not a date. */
  public static LocalDate firstOrThrow(String s, String what) {
    return first(s).orElseThrow(() -> new IllegalArgumentException(
        what + ": not a date (yyyy, yyyy-mm or yyyy-mm-dd): " + s));
  }

  private static Optional<LocalDate> parse(String s, boolean last) {
    if (s == null || !ISO.matcher(s).matches()) {
      return Optional.empty();
    }
    try {
      int y = Integer.parseInt(s.substring(0, 4));
      if (s.length() == 4) {
        return Optional.of(last ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1));
      }
      int m = Integer.parseInt(s.substring(5, 7));
      if (s.length() == 7) {
        YearMonth ym = YearMonth.of(y, m);
        return Optional.of(last ? ym.atEndOfMonth() : ym.atDay(1));
      }
      return Optional.of(LocalDate.of(y, m, Integer.parseInt(s.substring(8, 10))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
