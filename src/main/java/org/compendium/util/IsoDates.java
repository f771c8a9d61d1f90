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
