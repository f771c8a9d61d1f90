package org.compendium.extract.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.compendium.extract.Document;
import org.compendium.extract.Header;
import org.compendium.extract.Layers;
import org.compendium.extract.Tokens;
import org.compendium.extract.Vocabulary;
import org.compendium.ingest.Markup;
import org.compendium.ingest.SourceDocument;
import org.compendium.model.Source;
import org.compendium.model.Span;
import org.compendium.model.Temporal;
import org.compendium.resolve.PartialDate;
import org.compendium.structure.TokenAnnotator;
import org.junit.jupiter.api.Test;

/** Per-pattern tests on sentences written for them. */
class TemporalAnnotatorTest {
  private static final TemporalAnnotator ANNOTATOR = new TemporalAnnotator();

  /** "text=value" for each temporal found, joined by "; ". */
  private static String found(String text, String recordDate) {
    return ANNOTATOR.find(text, PartialDate.parse(recordDate)).stream()
        .map(t -> t.text() + "=" + t.value())
        .collect(Collectors.joining("; "));
  }

  @Test
  void annotatesADocumentAgainstItsHeaderDate() {
    String text = "Talks in Lisbon\n\nMarch 3, 2011\n\nThe ministers met on March 2 and will meet again next month.";
    Document doc = new Document(new SourceDocument(text, new Source(null, "text", "0")));
    doc.put(Layers.TOKENS, Tokens.of(text, new Vocabulary())); // another vocabulary: the annotator cuts its own
    doc.put(Layers.HEADER, new Header("Talks in Lisbon", null, "2011-03-03", null, null, 0));
    ANNOTATOR.annotate(doc);
    List<Temporal> ts = doc.get(Layers.TEMPORALS);
    assertEquals(3, ts.size());
    assertEquals("2011-03-02", ts.get(1).value());
    assertEquals("next month", ts.get(2).span().of(text));
    assertEquals("2011-04", ts.get(2).value());
  }

  @Test
  void markedUpDatesGiveTheirValues() {
    String text = "Bern, March 3, 1961, 4 p.m.\nThe envoy will call on Tuesday and again on the 9th. He leaves Friday next.";
    int tuesday = text.indexOf("Tuesday");
    int ninth = text.indexOf("the 9th");
    int time = text.indexOf("4 p.m.");
    int friday = text.indexOf("Friday");
    List<Markup> markup = List.of(
        new Markup(Markup.Type.DATE, new Span(tuesday, tuesday + 7), "1961-03-07"),
        new Markup(Markup.Type.DATE, new Span(ninth, ninth + 7), "1961-03-09T10:00:00"),
        new Markup(Markup.Type.DATE, new Span(time, time + 6), "1961-03-03T16:00:00"),
        new Markup(Markup.Type.DATE, new Span(friday, friday + 11), "1961-03-10"),
        new Markup(Markup.Type.PLACE, new Span(0, 4), null));
    Document doc = new Document(new SourceDocument(text, new Source(null, "tei", "0"), null, markup));
    new TokenAnnotator(new Vocabulary()).annotate(doc);
    doc.put(Layers.HEADER, new Header(null, null, null, null, null, 0));
    ANNOTATOR.annotate(doc);
    String got = doc.get(Layers.TEMPORALS).stream().map(t -> t.text() + "=" + t.value())
        .collect(Collectors.joining("; "));
    // "Tuesday" is found and takes the marked value; "the 9th" names no month or year; "4 p.m." is a time;
    // "Friday next" is not found by the text search but is marked up
    assertEquals("March 3, 1961=1961-03-03; Tuesday=1961-03-07; Friday next=1961-03-10", got);
  }

  @Test
  void fullDatesInPrintedOrders() {
    assertEquals("October 12, 1998=1998-10-12", found("The treaty entered into force on October 12, 1998.", null));
    assertEquals("12 October 1998=1998-10-12", found("It entered into force on 12 October 1998.", null));
    assertEquals("12th of October, 1998=1998-10-12", found("Signed on the 12th of October, 1998.", null));
    assertEquals("Monday, 12 October 1998=1998-10-12", found("Dated Monday, 12 October 1998, Vienna.", null));
    assertEquals("1998/10/12=1998-10-12", found("Reference date 1998/10/12.", null));
    assertEquals("1998-10-12=1998-10-12", found("Reference date 1998-10-12.", null));
    assertEquals("Oct. 12, 1998=1998-10-12", found("He arrived on Oct. 12, 1998 in Oslo.", null));
    assertEquals("25/12/2001=2001-12-25", found("Valid from 25/12/2001.", null));
    assertEquals("05/06/2001=null", found("Valid from 05/06/2001.", null));
  }

  @Test
  void monthsAndYears() {
    assertEquals("March 2011=2011-03; 1999=1999", found("Since March 2011 the talks, begun in 1999, stalled.", null));
    assertEquals("June, 2007=2007-06", found("Archive June, 2007", null));
    assertEquals("April=2011-04", found("They will meet in April to review it.", "2011-03-03"));
    assertEquals("April=null", found("They will meet in April to review it.", null));
    assertEquals("", found("Grants may rise. April Smith said so.", "2011-03-03"));
  }

  @Test
  void dayAndMonthWithoutYearTakeTheRecordsYear() {
    assertEquals("Tuesday 8 March=2011-03-08", found("The envoy left on Tuesday 8 March.", "2011-03-10"));
    assertEquals("December 30=2010-12-30", found("The letter of December 30 was answered.", "2011-01-04"));
    assertEquals("8 March=null", found("The envoy left on 8 March.", null));
  }

  @Test
  void yearlessDatesInSentencesAboutTheFutureAreTheNextOnes() {
    assertEquals("12 February=2012-02-12", found("The next round will be held on 12 February in Oslo.", "2011-11-20"));
    assertEquals("12 February=2011-02-12", found("The last round was held on 12 February in Oslo.", "2011-11-20"));
    assertEquals("January=2012-01", found("The committee is scheduled to meet in January.", "2011-11-20"));
    // 2011-03-09 was a Wednesday
    assertEquals("Monday=2011-03-07", found("On Monday, the minister met the envoy.", "2011-03-09"));
    assertEquals("Monday=2011-03-14", found("On Monday, the minister will meet the envoy.", "2011-03-09"));
  }

  @Test
  void dayRangesWithinAMonthAreTheMonth() {
    assertEquals("14-15 March 2011=2011-03", found("The forum was held on 14-15 March 2011 in Rome.", null));
    assertEquals("March 14 and 15=2011-03", found("The forum was held on March 14 and 15.", "2011-03-20"));
    assertEquals("March 14=2011-03-14; 16=2011-03-16",
        found("The envoy stayed from March 14 to 16 in Rome.", "2011-03-20"));
    assertEquals("14=2011-03-14; 16 March 2011=2011-03-16", found("The envoy stayed from 14 to 16 March 2011.", null));
  }

  @Test
  void rangesShareTheirYear() {
    assertEquals("February=2012-02; June next year=2012-06",
        found("The exhibition runs from February to June next year.", "2011-09-01"));
    assertEquals("May=2009-05; July 2009=2009-07", found("Works continue between May and July 2009.", null));
  }

  @Test
  void relativeExpressions() {
    String rec = "2011-03-03";
    assertEquals("this year=2011; next year=2012; last year=2010",
        found("Trade grew this year, will grow next year and fell last year.", rec));
    assertEquals("next month=2011-04; last month=2011-02", found("A mission goes next month; one came last month.", rec));
    assertEquals("today=2011-03-03; Yesterday=2011-03-02; tomorrow=2011-03-04",
        found("I arrived today. Yesterday's talks were useful, and tomorrow I leave.", rec));
    assertEquals("within the year=2011", found("The plan will be adopted within the year.", rec));
    assertEquals("the end of this year=2011", found("A decision is due at the end of this year.", rec));
    assertEquals("early next year=2012", found("A visit is planned for early next year.", rec));
    assertEquals("later this month=2011-03", found("Experts will meet later this month.", rec));
    assertEquals("December of this year=2011-12", found("The minister will visit in December of this year.", rec));
    assertEquals("this autumn=2011; the spring of 2013=2013",
        found("The line opens this autumn and the bridge in the spring of 2013.", rec));
    assertEquals("next March=2012-03", found("The rules change next March.", rec));
    assertEquals("three years ago=2008; two months ago=2011-01",
        found("Talks began three years ago and paused two months ago.", rec));
    assertEquals("this year=null", found("We hope to finish this year.", null));
    assertEquals("Thirty-two years ago=1979", found("Thirty-two years ago the border was opened.", rec));
    assertEquals("end-2012=2012; 1998=1998", found("The pipeline is due by end-2012; since 1998 onwards it grew.", rec));
  }

  @Test
  void anaphoraCountsFromTheLastDateMentioned() {
    assertEquals("4 May 2010=2010-05-04; the following day=2010-05-05; the same day=2010-05-05",
        found("The envoy landed on 4 May 2010 and met the king the following day. A dinner followed the same day.",
            "2011-03-03"));
    assertEquals("the following day=2011-03-04", found("Talks resume the following day.", "2011-03-03"));
    assertEquals("1995=1995; two years later=1997", found("Founded in 1995, it was renamed two years later.", null));
  }

  @Test
  void yearlessDatesTakeAYearPrintedEarlierInTheSentence() {
    String rec = "2011-03-03";
    assertEquals("1986=1986; 2 June=1986-06-02",
        found("The accord was initialled in 1986 and signed on 2 June in Bern.", rec));
    assertEquals("1986=1986; 2 June=2011-06-02", found("It was initialled in 1986. Talks resume on 2 June.", rec));
    assertEquals("1986=1986; 2 June of the same year=1986-06-02",
        found("It was initialled in 1986. It was signed on 2 June of the same year.", rec));
    assertEquals("9 May next year=2012-05-09", found("The bridge opens on 9 May next year.", rec));
  }

  @Test
  void yearsOpeningAClauseAndQuarters() {
    String rec = "2011-03-03";
    assertEquals("2012=2012", found("2012 marks the 40th anniversary of normal relations.", rec));
    assertEquals("2012=2012", found("They agreed that 2012 will be a year of exchanges.", rec));
    assertEquals("the third quarter of 2010=2010", found("Exports fell in the third quarter of 2010.", rec));
    assertEquals("", found("The office is open from 0900 to 1700 hrs and from 1800 to 1900 hours.", rec));
    assertEquals("fiscal 2012=2012", found("The budget for fiscal 2012 was approved.", rec));
    assertEquals("2001=2001; 2002=2002", found("Output grew in the years 2001 and 2002.", rec));
  }

  @Test
  void vagueMonthsAndWeeks() {
    String rec = "2011-03-30";
    assertEquals("", found("Talks continued during the month of fasting.", rec));
    assertEquals("the month=2011-03", found("Three debates are planned for the month.", rec));
    assertEquals("2 March=2011-03-02; the following week=2011-03",
        found("He left on 2 March and returned the following week.", rec));
    assertEquals("next week=2011-04", found("The envoy arrives next week.", rec));
  }

  @Test
  void deadlinesForCommitments() {
    String rec = "1999-06-10";
    assertEquals("by the end of 1999=1999", found("The sides will sign a treaty by the end of 1999.", rec));
    assertEquals("by the year 2001=2001", found("They will complete the work by the year 2001.", rec));
    assertEquals("within the year=1999", found("A summit will take place within the year.", rec));
    assertEquals("November of this year=1999-11", found("The minister would visit in November of this year.", rec));
  }

  @Test
  void notDates() {
    String rec = "2011-03-03";
    assertEquals("", found("The talks lasted for 55 minutes, from 10:00 to 11:30.", rec));
    assertEquals("", found("Their friendship has grown over two years.", rec));
    assertEquals("", found("Cooperation in the 21st century will deepen in the future.", rec));
    assertEquals("", found("In recent years trade has grown so far at an early date.", rec));
    assertEquals("", found("The press conference began at 1400 hrs.", rec));
    assertEquals("", found("Some 2000 people attended the 50th anniversary.", rec));
    assertEquals("", found("The meeting was attended by 2000 delegates.", rec));
  }

  @Test
  void datesInsideOrBeforeNamesAreNotDates() {
    String rec = "2011-03-03";
    assertEquals("", found("Both sides recalled the 1972 Joint Communique.", rec));
    assertEquals("", found("They recalled the April 2, 1999 Joint Statement on Energy.", rec));
    assertEquals("", found("Leaders met at the 2008 Hokkaido Toyako Summit.", rec));
    assertEquals("", found("They discussed Expo 2010 and the Asian Cup 2011.", rec));
    assertEquals("", found("He praised the 2004 informal meeting in Sochi.", rec));
    assertEquals("", found("They reaffirmed the Lisbon Declaration of 5 June 1995.", rec));
    assertEquals("", found("They reaffirmed the Joint Declaration of 1995, which remains valid.", rec));
    assertEquals("", found("Public Papers of the Presidents (1999, Book II)", rec));
    assertEquals("", found("The upcoming October 2011 Group of Twenty summit was discussed.", rec));
  }

  @Test
  void datesNextToNamesStillCount() {
    String rec = "2011-03-03";
    assertEquals("1972=1972", found("The Joint Communique was signed in 1972.", rec));
    assertEquals("In 2008=2008", found("In 2008 Japan hosted the summit.", rec).replace("2008=", "In 2008="));
    assertEquals("5 June 1995=1995-06-05", found("The Declaration was signed on 5 June 1995.", rec));
    assertTrue(found("Summit meetings took place in May 2009 and in June 2010.", rec).contains("May 2009=2009-05"));
  }
}
