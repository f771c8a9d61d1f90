package org.compendium.resolve;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import org.compendium.resolve.DateExpr.Base;
import org.compendium.resolve.DateExpr.Calendar;
import org.compendium.resolve.DateExpr.Distance;
import org.compendium.resolve.DateExpr.NamedMonth;
import org.compendium.resolve.DateExpr.NamedWeekday;
import org.compendium.resolve.DateExpr.Shift;
import org.compendium.resolve.DateExpr.Unit;
import org.compendium.resolve.DateExpr.Upcoming;
import org.compendium.resolve.PartialDate.Precision;

/**
 * Resolves a {@link DateExpr} to a calendar value against the record's date and the dates the text mentioned
 * before it. Returns null where the text and the record's date do not fix the value (a relative expression in a
 * record with no date, a day and month whose year nothing gives). Stateless: one instance serves every thread.
 *
 * <p>A month or day printed without a year takes the record's year, or the year before when that puts the
 * date within three months before the record's date while the record's year would put it nine or more months
 * after it ("December" in a record of 10 January means the December just past). In a sentence about the
 * future ({@link DateExpr.Upcoming}) it is the next such date, unless it falls in the month before the record's
 * date.
 */
public final class DateResolver {
  /** Months of distance from the record's date beyond which a yearless date is read in the adjacent year. */
  private static final int FAR = 9;

  /**
   * What relative expressions count from: the record's date and the most recent dates mentioned so far, known
   * at least to the year, to the month and to the day. Immutable; {@link #after} gives the next state.
   */
  public record Anchors(PartialDate record, PartialDate lastYear, PartialDate lastMonth, PartialDate lastDay) {
    public static Anchors of(PartialDate record) {
      return new Anchors(record, null, null, null);
    }

    /** The most recent date mentioned that is known to {@code need}, else the record's date if it is. */
    public PartialDate previous(Precision need) {
      PartialDate p = switch (need) {
        case YEAR -> lastYear;
        case MONTH -> lastMonth;
        case DAY -> lastDay;
      };
      if (p != null) {
        return p;
      }
      return record != null && record.hasAtLeast(need) ? record : null;
    }

    /** These anchors after the text mentioned {@code d} (null: nothing changes). */
    public Anchors after(PartialDate d) {
      if (d == null) {
        return this;
      }
      return new Anchors(record, d,
          d.hasAtLeast(Precision.MONTH) ? d : lastMonth,
          d.hasAtLeast(Precision.DAY) ? d : lastDay);
    }
  }

  /** The value of {@code e}, or null where it cannot be resolved. */
  public PartialDate resolve(DateExpr e, Anchors anchors) {
    if (e instanceof Calendar c) {
      return calendar(c, anchors);
    } else if (e instanceof Shift s) {
      return shift(s, anchors);
    } else if (e instanceof Distance d) {
      return distance(d, anchors);
    } else if (e instanceof NamedMonth m) {
      return namedMonth(m, anchors.record());
    } else if (e instanceof NamedWeekday w) {
      return namedWeekday(w, anchors.record());
    } else if (e instanceof Upcoming u) {
      return upcoming(u, anchors.record());
    }
    throw new IllegalArgumentException("unknown expression " + e);
  }

  private static PartialDate calendar(Calendar c, Anchors anchors) {
    if (c.year() != null) {
      return PartialDate.valid(c.year(), c.month(), c.day());
    }
    if (c.yearOffset() != null) {
      PartialDate base = base(c.yearBase(), Precision.YEAR, anchors);
      return base == null ? null : PartialDate.valid(base.year() + c.yearOffset(), c.month(), c.day());
    }
    PartialDate record = anchors.record();
    if (record == null) {
      return null;
    }
    return PartialDate.valid(nearestYear(c.month(), record), c.month(), c.day());
  }

  /** The year for a yearless month: the record's, unless the adjacent year is much nearer (see class doc). */
  static int nearestYear(int month, PartialDate record) {
    if (record.month() == null) {
      return record.year();
    }
    // outside sentences about the future, dates are past or present: only the year before is considered
    return month - record.month() >= FAR ? record.year() - 1 : record.year();
  }

  private static PartialDate shift(Shift s, Anchors anchors) {
    Precision need = switch (s.unit()) {
      case YEAR -> Precision.YEAR;
      case MONTH -> Precision.MONTH;
      case WEEK, DAY -> Precision.DAY;
    };
    PartialDate base = base(s.base(), need, anchors);
    if (base == null) {
      return null;
    }
    int n = s.amount();
    return switch (s.unit()) {
      case YEAR -> PartialDate.ofYear(base.year() + n);
      case MONTH -> month(YearMonth.of(base.year(), base.month()).plusMonths(n));
      case DAY -> PartialDate.of(base.toLocalDate().plusDays(n));
      case WEEK -> PartialDate.of(base.toLocalDate().plusWeeks(n)).truncate(Precision.MONTH);
    };
  }

  private static PartialDate base(Base base, Precision need, Anchors anchors) {
    if (base == Base.PREVIOUS) {
      return anchors.previous(need);
    }
    PartialDate r = anchors.record();
    return r != null && r.hasAtLeast(need) ? r : null;
  }

  private static PartialDate distance(Distance d, Anchors anchors) {
    Precision need = d.days() != 0 || d.weeks() != 0 ? Precision.DAY
        : d.months() != 0 ? Precision.MONTH : Precision.YEAR;
    PartialDate base = base(d.base(), need, anchors);
    if (base == null) {
      return null;
    }
    int s = d.sign();
    return switch (need) {
      case YEAR -> PartialDate.ofYear(base.year() + s * d.years());
      case MONTH -> month(YearMonth.of(base.year(), base.month()).plusYears(s * d.years()).plusMonths(s * d.months()));
      case DAY -> PartialDate.of(base.toLocalDate().plusYears(s * d.years()).plusMonths(s * d.months())
          .plusWeeks(s * d.weeks()).plusDays(s * d.days()));
    };
  }

  private static PartialDate namedMonth(NamedMonth m, PartialDate record) {
    if (record == null || (m.direction() != 0 && record.month() == null)) {
      return null;
    }
    int y = record.year();
    if (m.direction() > 0 && m.month() <= record.month()) {
      y++;
    } else if (m.direction() < 0 && m.month() >= record.month()) {
      y--;
    }
    return PartialDate.ofMonth(y, m.month());
  }

  private static PartialDate upcoming(Upcoming u, PartialDate record) {
    if (record == null) {
      return null;
    }
    if (record.month() == null) {
      return PartialDate.valid(record.year(), u.month(), u.day());
    }
    // months before the record's: next year; a date just before it (within a month) is more likely a past
    // date mentioned in a sentence about the future
    int monthsBefore = record.month() - u.month();
    boolean recent = monthsBefore == 0 || (monthsBefore == 1 && u.day() != null && record.day() != null
        && u.day() >= record.day());
    boolean next = monthsBefore > 0 && !recent;
    return PartialDate.valid(next ? record.year() + 1 : record.year(), u.month(), u.day());
  }

  private static PartialDate namedWeekday(NamedWeekday w, PartialDate record) {
    if (record == null || record.day() == null) {
      return null;
    }
    LocalDate r = record.toLocalDate();
    DayOfWeek dow = DayOfWeek.of(w.dayOfWeek());
    LocalDate d;
    if (w.direction() > 0) {
      d = r.with(TemporalAdjusters.next(dow));
    } else if (w.direction() < 0) {
      d = r.with(TemporalAdjusters.previous(dow));
    } else {
      d = r.with(TemporalAdjusters.previousOrSame(dow));
    }
    return PartialDate.of(d);
  }

  private static PartialDate month(YearMonth ym) {
    return PartialDate.ofMonth(ym.getYear(), ym.getMonthValue());
  }
}
