package org.compendium.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MonthsTest {
  private final Months months = new Months();

  @Test
  void loadsAllTwelveMonthsWithAbbreviations() {
    for (int n = 1; n <= 12; n++) {
      final int month = n;
      assertTrue(months.names().stream().anyMatch(name -> months.number(name) == month), "month " + n);
    }
    assertEquals(1, months.number("January"));
    assertEquals(9, months.number("Sept."));
    assertEquals(9, months.number("SEP"));
    assertEquals(12, months.number("dec"));
    assertEquals(0, months.number("Monday"));
  }

  @Test
  void alternationPutsLongerNamesFirst() {
    String alt = months.alternation();
    assertTrue(alt.indexOf("\\Qsept\\E") < alt.indexOf("\\Qsep\\E"), alt);
  }
}
