package org.compendium.extract.person;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.extract.Header;

/**
 * The date a record is about, for choosing among persons of the same name: the header's date when known, else
 * the first full English date ("May 24, 2002", "13 October 2000", "May, 2004") in the opening text, else null.
 * Month names are read by java.time's English locale, so no month list is kept here.
 */
final class RecordDate {
  private static final Pattern MDY = Pattern.compile("\\b([A-Z][a-z]{2,8})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b");
  private static final Pattern DMY = Pattern.compile("\\b(\\d{1,2})\\s+([A-Z][a-z]{2,8})\\.?,?\\s+(\\d{4})\\b");
  private static final Pattern MY = Pattern.compile("\\b([A-Z][a-z]{2,8}),?\\s+(\\d{4})\\b");
  private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
  private static final int WINDOW = 1500;

  private RecordDate() {}

  static LocalDate of(String text, Header header) {
    if (header != null && header.date() != null) {
      LocalDate d = iso(header.date());
      if (d != null) {
        return d;
      }
    }
    String head = text.substring(0, Math.min(text.length(), WINDOW));
    LocalDate best = null;
    int bestAt = Integer.MAX_VALUE;
    Matcher m = MDY.matcher(head);
    if (m.find()) {
      LocalDate d = build(m.group(3), m.group(1), m.group(2));
      if (d != null) {
        best = d;
        bestAt = m.start();
      }
    }
    m = DMY.matcher(head);
    if (m.find() && m.start() < bestAt) {
      LocalDate d = build(m.group(3), m.group(2), m.group(1));
      if (d != null) {
        best = d;
        bestAt = m.start();
      }
    }
    if (best == null) {
      m = MY.matcher(head);
      while (m.find()) {
        LocalDate d = build(m.group(2), m.group(1), "15");
        if (d != null) {
          return d;
        }
      }
    }
    return best;
  }

  private static LocalDate iso(String s) {
    try {
      if (s.length() == 4) {
        return LocalDate.of(Integer.parseInt(s), 7, 1);
      }
      if (s.length() == 7) {
        return LocalDate.parse(s + "-15");
      }
      String day = s.substring(0, Math.min(10, s.length()));
      if (plainIsoDay(day)) { // the usual case, without the formatter (same result, same rejections)
        return LocalDate.of(Integer.parseInt(day.substring(0, 4)), Integer.parseInt(day.substring(5, 7)),
            Integer.parseInt(day.substring(8, 10)));
      }
      return LocalDate.parse(day);
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /** "2002-05-24": four ASCII digits, dash, two, dash, two. */
  private static boolean plainIsoDay(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return false;
    }
    for (int k = 0; k < 10; k++) {
      if (k != 4 && k != 7 && (s.charAt(k) < '0' || s.charAt(k) > '9')) {
        return false;
      }
    }
    return true;
  }

  private static LocalDate build(String year, String month, String day) {
    Integer mm = month(month);
    if (mm == null) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(year), mm, Integer.parseInt(day));
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static Integer month(String word) {
    for (DateTimeFormatter f : new DateTimeFormatter[] {FULL, SHORT}) {
      try {
        return f.parse(word).get(ChronoField.MONTH_OF_YEAR);
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return null;
  }
}
