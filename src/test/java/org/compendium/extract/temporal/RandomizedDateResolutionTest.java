package org.compendium.extract.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.compendium.resolve.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * Seeded randomized test of recognition and resolution: random record dates, random expressions printed in
 * several styles inside a sentence, checked against a simple reference computed here with plain integer
 * arithmetic (no java.time). The seed is printed on failure; rerun with {@code -Dtests.seed=N}.
 */
class RandomizedDateResolutionTest {
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December"};
  private static final String[] ABBR = {"Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.",
      "Oct.", "Nov.", "Dec."};
  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
      "Sunday"};
  private static final String[] NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten"};
  private static final TemporalAnnotator ANNOTATOR = new TemporalAnnotator();

  /** A date of the reference implementation. */
  private record Ymd(int y, int m, int d) {
    String iso() {
      return String.format("%04d-%02d-%02d", y, m, d);
    }
  }

  // ---- reference implementation: plain arithmetic

  private static boolean leap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  }

  private static int daysIn(int y, int m) {
    int[] len = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : len[m - 1];
  }

  private static Ymd addDays(Ymd a, int n) {
    int y = a.y();
    int m = a.m();
    int d = a.d();
    for (; n > 0; n--) {
      if (++d > daysIn(y, m)) {
        d = 1;
        if (++m > 12) {
          m = 1;
          y++;
        }
      }
    }
    for (; n < 0; n++) {
      if (--d < 1) {
        if (--m < 1) {
          m = 12;
          y--;
        }
        d = daysIn(y, m);
      }
    }
    return new Ymd(y, m, d);
  }

  private static String addMonths(int y, int m, int n) {
    int idx = y * 12 + (m - 1) + n;
    return String.format("%04d-%02d", Math.floorDiv(idx, 12), Math.floorMod(idx, 12) + 1);
  }

  /** Zeller's congruence; 0 = Monday. */
  private static int weekday(Ymd a) {
    int m = a.m() < 3 ? a.m() + 12 : a.m();
    int y = a.m() < 3 ? a.y() - 1 : a.y();
    int h = (a.d() + 13 * (m + 1) / 5 + y % 100 + (y % 100) / 4 + (y / 100) / 4 + 5 * (y / 100)) % 7;
    return (h + 5) % 7;
  }

  /** The year a yearless month takes: the record's, or the year before when that is within three months. */
  private static int nearYear(int month, Ymd rec) {
    int gapBack = (rec.y() * 12 + rec.m()) - ((rec.y() - 1) * 12 + month);
    return gapBack <= 3 ? rec.y() - 1 : rec.y();
  }

  /** The year of a yearless day in a sentence about the future: the next such day, unless it is at most a month past. */
  private static int upcomingYear(int month, int day, Ymd rec) {
    Ymd thisYear = new Ymd(rec.y(), month, day);
    boolean past = month < rec.m() || (month == rec.m() && day < rec.d());
    boolean withinAMonth = month == rec.m() || (month == rec.m() - 1 && day >= rec.d());
    return past && !withinAMonth ? rec.y() + 1 : thisYear.y();
  }

  private static Ymd randomDate(Random r, int fromYear, int years) {
    int y = fromYear + r.nextInt(years);
    int m = 1 + r.nextInt(12);
    return new Ymd(y, m, 1 + r.nextInt(daysIn(y, m)));
  }

  /** One generated case: the sentence, the record's date, and the expected "text=value" list. */
  private record Case(String sentence, Ymd record, List<String> expected) {}

  private static Case generate(Random r) {
    Ymd rec = randomDate(r, 1950, 100);
    Ymd d = randomDate(r, 1900, 200);
    String mon = MONTHS[d.m() - 1];
    String text;
    String value;
    switch (r.nextInt(17)) {
      case 0 -> {
        text = mon + " " + d.d() + ", " + d.y();
        value = d.iso();
      }
      case 1 -> {
        text = d.d() + " " + mon + " " + d.y();
        value = d.iso();
      }
      case 2 -> {
        text = DAYS[weekday(d)] + ", " + mon + " " + d.d() + ", " + d.y();
        value = d.iso();
      }
      case 3 -> {
        String suffix = d.d() % 10 == 1 && d.d() != 11 ? "st" : d.d() % 10 == 2 && d.d() != 12 ? "nd"
            : d.d() % 10 == 3 && d.d() != 13 ? "rd" : "th";
        text = d.d() + suffix + " of " + mon + " " + d.y();
        value = d.iso();
      }
      case 4 -> {
        text = r.nextBoolean() ? d.iso() : d.y() + "/" + d.m() + "/" + d.d();
        value = d.iso();
      }
      case 5 -> {
        text = ABBR[d.m() - 1] + " " + d.d() + ", " + d.y();
        value = d.iso();
      }
      case 6 -> {
        text = mon + " " + d.y();
        value = String.format("%04d-%02d", d.y(), d.m());
      }
      case 7 -> {
        String[] words = {"by the end of ", "by the year ", "the beginning of ", "early "};
        text = words[r.nextInt(words.length)] + d.y();
        value = String.format("%04d", d.y());
      }
      case 8 -> {
        int k = r.nextInt(3);
        String[] units = {"today", "yesterday", "tomorrow"};
        text = units[k];
        value = addDays(rec, k == 0 ? 0 : k == 1 ? -1 : 1).iso();
      }
      case 9 -> {
        int k = r.nextInt(3) - 1;
        text = (k == 0 ? "this" : k == 1 ? "next" : "last") + " month";
        value = addMonths(rec.y(), rec.m(), k);
      }
      case 10 -> {
        int k = r.nextInt(3) - 1;
        text = (k == 0 ? "this" : k == 1 ? "next" : "last") + " year";
        value = String.format("%04d", rec.y() + k);
      }
      case 11 -> {
        int k = r.nextInt(2);
        text = mon + (k == 0 ? " of this year" : " next year");
        value = String.format("%04d-%02d", rec.y() + k, d.m());
      }
      case 12 -> {
        int n = 1 + r.nextInt(10);
        String num = r.nextBoolean() ? NUMBER_WORDS[n - 1] : Integer.toString(n);
        int unit = r.nextInt(3);
        text = num + (unit == 0 ? " year" : unit == 1 ? " month" : " day") + (n > 1 ? "s" : "") + " ago";
        value = unit == 0 ? String.format("%04d", rec.y() - n)
            : unit == 1 ? addMonths(rec.y(), rec.m(), -n) : addDays(rec, -n).iso();
      }
      case 13 -> {
        text = d.d() + " " + mon;
        value = new Ymd(nearYear(d.m(), rec), d.m(), Math.min(d.d(), daysIn(nearYear(d.m(), rec), d.m()))).iso();
        if (d.d() > daysIn(nearYear(d.m(), rec), d.m())) {
          text = "1 " + mon;
          value = new Ymd(nearYear(d.m(), rec), d.m(), 1).iso();
        }
      }
      case 15 -> {
        int day = Math.min(d.d(), 28);
        int y = upcomingYear(d.m(), day, rec);
        String printed = day + " " + mon;
        return new Case("The ministers will meet again on " + printed + " in Geneva.", rec,
            List.of(printed + "=" + new Ymd(y, d.m(), day).iso()));
      }
      case 14 -> {
        text = mon;
        value = String.format("%04d-%02d", nearYear(d.m(), rec), d.m());
      }
      default -> {
        // anaphora: a full date, then a day counted from it
        int k = r.nextInt(3) - 1;
        String first = d.d() + " " + mon + " " + d.y();
        String second = k == 0 ? "the same day" : k == 1 ? "the following day" : "the previous day";
        return new Case("The envoy arrived on " + first + " and met the minister " + second + ".", rec,
            List.of(first + "=" + d.iso(), second + "=" + addDays(d, k).iso()));
      }
    }
    String sentence = switch (text.isEmpty() ? 0 : Character.isDigit(text.charAt(0)) && text.length() <= 12
        && !text.contains("ago") ? 1 : 2) {
      case 1 -> "The two sides met on " + text + ", as agreed.";
      default -> "The two sides said they would meet " + (text.equals(mon) ? "in " : "") + text + ", as agreed.";
    };
    return new Case(sentence, rec, List.of(text + "=" + value));
  }

  @Test
  void resolvesRandomExpressionsLikeTheReference() {
    long seed = Long.getLong("tests.seed", System.nanoTime());
    Random r = new Random(seed);
    for (int i = 0; i < 3000; i++) {
      Case c = generate(r);
      List<String> got = new ArrayList<>();
      ANNOTATOR.find(c.sentence(), PartialDate.parse(c.record().iso()))
          .forEach(t -> got.add(t.text() + "=" + t.value()));
      assertEquals(c.expected(), got, () -> "seed " + seed + " (-Dtests.seed=" + seed + "), record "
          + c.record().iso() + ": " + c.sentence());
    }
  }

  @Test
  void referenceWeekdayAgreesWithKnownDates() {
    // guards the reference itself: 2000-09-05 was a Tuesday, 1969-07-20 a Sunday
    assertEquals(1, weekday(new Ymd(2000, 9, 5)));
    assertEquals(6, weekday(new Ymd(1969, 7, 20)));
    assertEquals("2001-03-01", addDays(new Ymd(2001, 2, 28), 1).iso());
    assertEquals("1999-12", addMonths(2000, 1, -1));
  }
}
