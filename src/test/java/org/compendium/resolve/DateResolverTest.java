package org.compendium.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.compendium.resolve.DateExpr.Base;
import org.compendium.resolve.DateExpr.Calendar;
import org.compendium.resolve.DateExpr.Distance;
import org.compendium.resolve.DateExpr.NamedMonth;
import org.compendium.resolve.DateExpr.NamedWeekday;
import org.compendium.resolve.DateExpr.Shift;
import org.compendium.resolve.DateExpr.Unit;
import org.compendium.resolve.DateResolver.Anchors;
import org.junit.jupiter.api.Test;

class DateResolverTest {
  private final DateResolver resolver = new DateResolver();

  private String at(String record, DateExpr e) {
    PartialDate v = resolver.resolve(e, Anchors.of(PartialDate.parse(record)));
    return v == null ? null : v.iso();
  }

  @Test
  void partialDateParsesAndPrints() {
    assertEquals("2000-09-05", PartialDate.parse("2000-09-05").iso());
    assertEquals("2000-09", PartialDate.parse("2000-09").iso());
    assertEquals("0999", PartialDate.ofYear(999).iso());
    assertNull(PartialDate.parse("2000-02-30"));
    assertNull(PartialDate.parse("5 May 2000"));
    assertNull(PartialDate.parse(null));
  }

  @Test
  void calendarDates() {
    assertEquals("2003-05-09", at("2000-01-01", new Calendar(2003, null, 5, 9)));
    assertEquals("2000-11", at("2000-09-05", new Calendar(null, 0, 11, null)));
    assertEquals("2001-09", at("2000-09-05", new Calendar(null, 1, 9, null)));
    assertNull(at(null, new Calendar(null, 0, 11, null)));
    assertNull(at(null, new Calendar(null, null, 7, 16)));
    assertEquals("2023-04", at(null, new Calendar(2023, null, 4, null)));
  }

  @Test
  void yearlessDateTakesTheNearYear() {
    assertEquals("2005-05-09", at("2005-05-10", new Calendar(null, null, 5, 9)));
    assertEquals("2005-11", at("2005-06-23", new Calendar(null, null, 11, null)));
    assertEquals("2004-12-28", at("2005-01-05", new Calendar(null, null, 12, 28)));
    assertEquals("2005-01", at("2005-12-20", new Calendar(null, null, 1, null)));
    assertEquals("2004-10", at("2005-01-20", new Calendar(null, null, 10, null)));
    assertEquals("2005-09", at("2005-01-20", new Calendar(null, null, 9, null)));
    assertEquals("2005-03", at("2005", new Calendar(null, null, 3, null)));
  }

  @Test
  void shiftsAcrossBoundaries() {
    assertEquals("2001-01", at("2000-12-15", new Shift(Base.RECORD, Unit.MONTH, 1)));
    assertEquals("1999-12", at("2000-01-15", new Shift(Base.RECORD, Unit.MONTH, -1)));
    assertEquals("2000-03-01", at("2000-02-29", new Shift(Base.RECORD, Unit.DAY, 1)));
    assertEquals("2019-04-14", at("2019-04-15", new Shift(Base.RECORD, Unit.DAY, -1)));
    assertEquals("2018", at("2019-04-15", new Shift(Base.RECORD, Unit.YEAR, -1)));
    assertEquals("2018", at("2019", new Shift(Base.RECORD, Unit.YEAR, -1)));
    assertNull(at("2019", new Shift(Base.RECORD, Unit.DAY, -1)));
    assertNull(at(null, new Shift(Base.RECORD, Unit.YEAR, 0)));
    assertEquals("2001-01", at("2000-12-29", new Shift(Base.RECORD, Unit.WEEK, 1)));
  }

  @Test
  void previousDateAnchorsAnaphora() {
    Anchors a = Anchors.of(PartialDate.parse("2000-09-05")).after(PartialDate.parse("2000-12-31"));
    assertEquals("2001-01-01", resolver.resolve(new Shift(Base.PREVIOUS, Unit.DAY, 1), a).iso());
    // a month-precise mention does not move the day anchor
    a = a.after(PartialDate.parse("1998-04"));
    assertEquals("2001-01-01", resolver.resolve(new Shift(Base.PREVIOUS, Unit.DAY, 1), a).iso());
    assertEquals("1999", resolver.resolve(new Shift(Base.PREVIOUS, Unit.YEAR, 1), a).iso());
    // with nothing mentioned, the record's date
    assertEquals("2000-09-06", resolver.resolve(new Shift(Base.PREVIOUS, Unit.DAY, 1),
        Anchors.of(PartialDate.parse("2000-09-05"))).iso());
  }

  @Test
  void distances() {
    assertEquals("2002-09", at("2004-05-22", new Distance(Base.RECORD, -1, 1, 8, 0, 0)));
    assertEquals("1964", at("2004-07-22", new Distance(Base.RECORD, -1, 40, 0, 0, 0)));
    assertEquals("2004-07-08", at("2004-07-22", new Distance(Base.RECORD, -1, 0, 0, 2, 0)));
    assertNull(at("2004", new Distance(Base.RECORD, -1, 0, 3, 0, 0)));
  }

  @Test
  void upcomingDatesAreTheNextOnes() {
    assertEquals("2016-05-07", at("2015-12-12", new DateExpr.Upcoming(5, 7)));
    assertEquals("2016-05", at("2015-12-12", new DateExpr.Upcoming(5, null)));
    assertEquals("2015-12-10", at("2015-12-12", new DateExpr.Upcoming(12, 10)));
    assertEquals("2015-11-20", at("2015-12-12", new DateExpr.Upcoming(11, 20)));
    assertEquals("2016-11-02", at("2015-12-12", new DateExpr.Upcoming(11, 2)));
    assertEquals("2015-02-03", at("2015-01-20", new DateExpr.Upcoming(2, 3)));
    assertNull(at(null, new DateExpr.Upcoming(2, 3)));
  }

  @Test
  void namedMonthsAndWeekdays() {
    assertEquals("2001-03", at("2000-09-05", new NamedMonth(3, 1)));
    assertEquals("2000-10", at("2000-09-05", new NamedMonth(10, 1)));
    assertEquals("2000-03", at("2000-09-05", new NamedMonth(3, -1)));
    assertEquals("1999-09", at("2000-09-05", new NamedMonth(9, -1)));
    assertEquals("2000-03", at("2000-09-05", new NamedMonth(3, 0)));
    // 2000-09-05 was a Tuesday
    assertEquals("2000-09-04", at("2000-09-05", new NamedWeekday(1, 0)));
    assertEquals("2000-09-01", at("2000-09-05", new NamedWeekday(5, 0)));
    assertEquals("2000-09-05", at("2000-09-05", new NamedWeekday(2, 0)));
    assertEquals("2000-09-11", at("2000-09-05", new NamedWeekday(1, 1)));
    assertEquals("2000-09-01", at("2000-09-05", new NamedWeekday(5, -1)));
  }
}
