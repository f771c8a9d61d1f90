package org.compendium.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PrintedDatesTest {
  private final PrintedDates dates = new PrintedDates();

  private String first(String text) {
    List<PrintedDates.Found> found = dates.find(text);
    return found.isEmpty() ? null : found.get(0).iso();
  }

  @Test
  void readsCommonPrintedForms() {
    assertEquals("1998-03-14", first("March 14, 1998"));
    assertEquals("1998-03-14", first("14 March 1998"));
    assertEquals("1998-03-14", first("14th of March, 1998"));
    assertEquals("2011-11-02", first("Nov. 2, 2011"));
    assertEquals("1998-03-14", first("1998/03/14"));
    assertEquals("1998-03-14", first("1998-03-14"));
    assertEquals("1998-03-14", first("14.03.1998"));
    assertEquals("1998-03-14", first("1998\u5e743\u670814\u65e5"));
    assertEquals("1987-06", first("June, 1987"));
    assertEquals("1987-06", first("in June 1987 the talks"));
  }

  @Test
  void slashedDayMonthOnlyWhenUnambiguous() {
    assertEquals("1998-03-14", first("14/03/1998"));
    assertEquals("1998-03-14", first("03/14/1998"));
    assertEquals(null, first("03/04/1998"));
  }

  @Test
  void rangeWithinAMonthGivesTheMonth() {
    assertEquals("2004-10", first("October 11-12, 2004"));
    assertEquals("2004-10", first("11\u201312 October 2004"));
  }

  @Test
  void rejectsImpossibleAndYearlessDates() {
    assertEquals(null, first("February 30, 2001"));
    assertEquals(null, first("on 5 May the ministers met"));
    assertEquals(null, first("1998/13/01"));
  }

  @Test
  void spansCoverThePrintedDateAndDoNotOverlap() {
    String text = "Signed at Lima, 3 April 1999, and in force from May 1999.";
    List<PrintedDates.Found> found = dates.find(text);
    assertEquals(2, found.size());
    assertEquals("3 April 1999", found.get(0).span().of(text));
    assertEquals("May 1999", found.get(1).span().of(text));
  }

  @Test
  void randomDatesRoundTripThroughEveryForm() {
    long seed = System.nanoTime();
    Random r = new Random(seed);
    String[] names = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"};
    for (int i = 0; i < 300; i++) {
      int year = 1900 + r.nextInt(130);
      int month = 1 + r.nextInt(12);
      int day = 1 + r.nextInt(java.time.YearMonth.of(year, month).lengthOfMonth());
      String iso = String.format("%04d-%02d-%02d", year, month, day);
      String name = names[month - 1];
      String[] forms = {name + " " + day + ", " + year, day + " " + name + " " + year,
          String.format("%04d/%02d/%02d", year, month, day), iso};
      for (String form : forms) {
        String text = "Text before. " + form + " text after";
        List<PrintedDates.Found> found = dates.find(text);
        assertEquals(1, found.size(), "seed " + seed + ": " + text);
        assertEquals(iso, found.get(0).iso(), "seed " + seed + ": " + text);
        assertTrue(found.get(0).span().of(text).equals(form), "seed " + seed + ": " + text);
      }
    }
  }
}
