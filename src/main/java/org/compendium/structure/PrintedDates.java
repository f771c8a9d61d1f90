package org.compendium.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.model.Span;
import org.compendium.resolve.Months;

/**
 * Finds complete printed dates (ones that carry a year) in a piece of text and writes them as ISO 8601:
 * "September 5, 2000", "5 September 2000", "Sept. 5-6, 2000" (a range within a month gives the month),
 * "2000/09/05", "2000-09-05", "05.09.2000" (day first), "25/09/2000" and "09/25/2000" (only when the order
 * is unambiguous), "2000年9月5日", "May, 2004" and "May 2004" (month).
 * Relative or year-less expressions are the temporal annotator's business, not this class's.
 */
public final class PrintedDates {
  /** A date found in text: ISO value and where it was printed. */
  public record Found(String iso, Span span) {}

  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final String RANGE_END = "(?:\\s*(?:-|\u2013|\u2014|to|and|&)\\s*(\\d{1,2})(?:st|nd|rd|th)?)?";
  private static final String YEAR = "((?:1[6-9]|20)\\d\\d)(?!\\d)";

  private final Months months;
  private final Pattern monthDayYear;
  private final Pattern dayMonthYear;
  private final Pattern monthYear;
  private static final Pattern YMD = Pattern.compile("(?<!\\d)" + YEAR + "([/.-])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
  private static final Pattern DMY_DOTS = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.((?:1[6-9]|20)\\d\\d)(?!\\d)");
  private static final Pattern SLASHES = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/((?:1[6-9]|20)\\d\\d)(?!\\d)");
  private static final Pattern CJK = Pattern.compile("((?:1[6-9]|20)\\d\\d)\\s*\u5e74\\s*(\\d{1,2})\\s*\u6708(?:\\s*(\\d{1,2})\\s*\u65e5)?");

  public PrintedDates(Months months) {
    this.months = months;
    String month = "\\b(" + months.alternation() + ")\\b\\.?";
    int flags = Pattern.CASE_INSENSITIVE; // month names are ASCII
    monthDayYear = Pattern.compile(month + "\\s+" + DAY + RANGE_END + ",?\\s+" + YEAR, flags);
    dayMonthYear = Pattern.compile("(?<!\\d)" + DAY + RANGE_END + "\\s+(?:of\\s+)?" + month + ",?\\s+" + YEAR, flags);
    monthYear = Pattern.compile(month + ",?\\s+" + YEAR, flags);
  }

  public PrintedDates() {
    this(new Months());
  }

  /** Every complete date in {@code text[start, end)}, in text order, without overlaps (longest form wins). */
  public List<Found> find(CharSequence text, int start, int end) {
    List<Found> all = new ArrayList<>();
    if (!hasYear(text, start, end)) {
      return all; // every complete date has a year
    }
    Matcher m = monthDayYear.matcher(text).region(start, end);
    while (m.find()) {
      add(all, m, iso(year(m.group(4)), months.number(m.group(1)), m.group(3) != null ? 0 : day(m.group(2))));
    }
    m = dayMonthYear.matcher(text).region(start, end);
    while (m.find()) {
      add(all, m, iso(year(m.group(4)), months.number(m.group(3)), m.group(2) != null ? 0 : day(m.group(1))));
    }
    m = YMD.matcher(text).region(start, end);
    while (m.find()) {
      add(all, m, iso(year(m.group(1)), day(m.group(3)), day(m.group(4))));
    }
    m = DMY_DOTS.matcher(text).region(start, end);
    while (m.find()) {
      add(all, m, iso(year(m.group(3)), day(m.group(2)), day(m.group(1))));
    }
    m = SLASHES.matcher(text).region(start, end);
    while (m.find()) {
      // Day and month order differs by country: read only the unambiguous ones.
      int a = day(m.group(1));
      int b = day(m.group(2));
      if (a > 12 && b <= 12) {
        add(all, m, iso(year(m.group(3)), b, a));
      } else if (b > 12 && a <= 12) {
        add(all, m, iso(year(m.group(3)), a, b));
      }
    }
    m = CJK.matcher(text).region(start, end);
    while (m.find()) {
      add(all, m, iso(year(m.group(1)), day(m.group(2)), m.group(3) == null ? 0 : day(m.group(3))));
    }
    m = monthYear.matcher(text).region(start, end);
    while (m.find()) {
      add(all, m, iso(year(m.group(2)), months.number(m.group(1)), 0));
    }
    all.sort(Comparator.comparingInt((Found f) -> f.span().start()).thenComparing(f -> -f.span().length()));
    List<Found> out = new ArrayList<>();
    int covered = -1;
    for (Found f : all) {
      if (f.span().start() >= covered) {
        out.add(f);
        covered = f.span().end();
      }
    }
    return out;
  }

  public List<Found> find(CharSequence text) {
    return find(text, 0, text.length());
  }

  /** Four ASCII digits in a row: a cheap test that saves the date patterns on most lines. */
  private static boolean hasYear(CharSequence text, int start, int end) {
    int run = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      run = c >= '0' && c <= '9' ? run + 1 : 0;
      if (run == 4) {
        return true;
      }
    }
    return false;
  }

  private static void add(List<Found> all, Matcher m, String iso) {
    if (iso != null) {
      all.add(new Found(iso, new Span(m.start(), m.end())));
    }
  }

  private static int year(String s) {
    return Integer.parseInt(s);
  }

  private static int day(String s) {
    return Integer.parseInt(s);
  }

  /** ISO text for year/month/day (day 0: month only), or null when the month or day cannot exist. */
  static String iso(int year, int month, int day) {
    if (month < 1 || month > 12) {
      return null;
    }
    if (day == 0) {
      return org.compendium.util.IsoDates.format(year, month, 0);
    }
    if (day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
      return null;
    }
    return org.compendium.util.IsoDates.format(year, month, day);
  }
}
