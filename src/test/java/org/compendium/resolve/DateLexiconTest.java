package org.compendium.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.compendium.resolve.DateExpr.Base;
import org.compendium.resolve.DateExpr.Unit;
import org.junit.jupiter.api.Test;

/** Loads every date data file under resolve/ and checks a few entries of each. */
class DateLexiconTest {
  private final DateLexicon lex = DateLexicon.load();

  @Test
  void monthsAndAbbreviations() {
    assertEquals(1, lex.month("january"));
    assertEquals(9, lex.month("sept"));
    assertEquals(12, lex.month("december"));
    assertTrue(lex.isMonthAbbreviation("sept"));
    assertFalse(lex.isMonthAbbreviation("may"));
    assertFalse(lex.isMonthAbbreviation("june"));
    assertNull(lex.month("monday"));
  }

  @Test
  void weekdaysSeasonsNumbersUnitsDeictics() {
    assertEquals(1, lex.weekday("monday"));
    assertEquals(7, lex.weekday("sun"));
    assertTrue(lex.isSeason("autumn"));
    assertFalse(lex.isSeason("august"));
    assertEquals(8, lex.number("eight"));
    assertEquals(1, lex.number("a"));
    assertEquals(Unit.MONTH, lex.unit("months"));
    assertEquals(1, lex.deictic("next"));
    assertEquals(-1, lex.deictic("last"));
  }

  @Test
  void relativeExpressions() {
    DateLexicon.Relative following = lex.relatives().stream()
        .filter(r -> r.phrase().equals("the following day")).findFirst().orElseThrow();
    assertEquals(Base.PREVIOUS, following.base());
    assertEquals(Unit.DAY, following.unit());
    assertEquals(1, following.offset());
    DateLexicon.Relative year = lex.relatives().stream()
        .filter(r -> r.phrase().equals("the year")).findFirst().orElseThrow();
    assertTrue(year.leads().contains("within"));
  }

  @Test
  void modifiersContextAndNameHeads() {
    assertTrue(lex.modifiers().stream().anyMatch(m -> m.phrase().equals("by the end of") && m.kinds().isEmpty()));
    assertTrue(lex.modifiers().stream().anyMatch(m -> m.phrase().equals("the year") && m.kinds().contains("year")));
    assertTrue(lex.isLead("since"));
    assertTrue(lex.isDeterminer("the"));
    assertTrue(lex.isStop("would"));
    assertFalse(lex.isStop("summit"));
    assertEquals("instrument", lex.nameHead("declaration"));
    assertEquals("event", lex.nameHead("summit"));
    assertEquals("publication", lex.nameHead("book"));
    assertTrue(lex.isFutureMarker("will"));
    assertFalse(lex.isFutureMarker("would"));
    assertTrue(lex.isSubjectVerb("marks"));
  }
}
