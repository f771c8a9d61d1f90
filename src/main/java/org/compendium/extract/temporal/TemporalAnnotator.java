package org.compendium.extract.temporal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.compendium.extract.Annotator;
import org.compendium.extract.Document;
import org.compendium.extract.Header;
import org.compendium.extract.Layer;
import org.compendium.extract.Layers;
import org.compendium.extract.Tokens;
import org.compendium.extract.Vocabulary;
import org.compendium.model.Span;
import org.compendium.model.Temporal;
import org.compendium.resolve.DateExpr.Calendar;
import org.compendium.resolve.DateExpr.NamedWeekday;
import org.compendium.resolve.DateExpr.Upcoming;
import org.compendium.resolve.DateLexicon;
import org.compendium.resolve.DateResolver;
import org.compendium.resolve.DateResolver.Anchors;
import org.compendium.resolve.PartialDate;

/**
 * Finds every date expression of the text (headings included), one entry per occurrence, and resolves each
 * against the record's date ({@link Layers#HEADER}) and the dates mentioned before it: full dates, months,
 * years, day ranges within a month (valued as the month), seasons (valued as the year), relative expressions
 * ("this year", "the following day", "November of this year", "by the end of 2000", "40 years ago").
 * Durations, times of day, centuries and dates that belong to a name ("the 2006 G8 Summit") are left out.
 *
 * <p>Dates the source marks up ({@code <date when>}) give their value to the expressions they cover.
 *
 * <p>A month without a year takes the year of the date it forms a range with ("March" in "from March to
 * September next year"). Values are null where the record's date is unknown and the text does not fix them.
 */
public final class TemporalAnnotator implements Annotator {
  /** What may stand between the two ends of a range ("from March to September next year"). */
  private static final Pattern RANGE_GAP = Pattern.compile("\\s*(?:to|and|or|through|until|till|-|\u2013|\u2014)\\s*",
      Pattern.CASE_INSENSITIVE);

  /** Ends a sentence: a stop before a space, or a line end. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'\u201d\u2019)\\]]*\\s|\n");

  /** How far to look either side of a date for the ends of its sentence. */
  private static final int SENTENCE_REACH = 400;

  private final DateLexicon lexicon;
  private final TemporalParser parser;
  private final NameGuard guard;
  private final MarkedDates marked;
  private final DateResolver resolver = new DateResolver();

  /** The shared vocabulary the parser's start words are numbered in. */
  private final Vocabulary vocabulary;

  public TemporalAnnotator() {
    this(DateLexicon.load(), new Vocabulary());
  }

  public TemporalAnnotator(Vocabulary vocabulary) {
    this(DateLexicon.load(), vocabulary);
  }

  public TemporalAnnotator(DateLexicon lexicon, Vocabulary vocabulary) {
    this.lexicon = lexicon;
    this.vocabulary = vocabulary;
    this.parser = new TemporalParser(lexicon, vocabulary);
    this.guard = new NameGuard(lexicon);
    this.marked = new MarkedDates(lexicon);
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.HEADER);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.TEMPORALS);
  }

  @Override
  public void annotate(Document doc) {
    Header header = doc.get(Layers.HEADER);
    Tokens shared = doc.get(Layers.TOKENS);
    if (shared.vocabulary() != vocabulary) {
      shared = Tokens.of(doc.text(), vocabulary); // a chain assembled with another vocabulary (tests)
    }
    List<Temporal> found = find(doc.text(), Token.of(shared), PartialDate.parse(header.date()));
    doc.put(Layers.TEMPORALS, List.copyOf(marked.apply(found, doc.source().markup(), doc.text())));
  }

  /** The date expressions of {@code text} resolved against {@code recordDate} (null: unknown). */
  public List<Temporal> find(String text, PartialDate recordDate) {
    return find(text, Token.of(Tokens.of(text, vocabulary)), recordDate);
  }

  private List<Temporal> find(String text, List<Token> toks, PartialDate recordDate) {
    List<Candidate> found = new ArrayList<>();
    for (Candidate c : parser.parse(text, toks)) {
      if (guard.accept(c, text, toks)) {
        found.add(c);
      }
    }
    shareYears(found, text, toks);
    sentenceYears(found, text, toks);
    futureDates(found, text, toks);
    List<Temporal> out = new ArrayList<>(found.size());
    Anchors anchors = Anchors.of(recordDate);
    for (Candidate c : found) {
      PartialDate value = c.expr() == null ? null : resolver.resolve(c.expr(), anchors);
      anchors = anchors.after(value);
      int start = toks.get(c.first()).start();
      int end = toks.get(c.end() - 1).end();
      out.add(new Temporal(text.substring(start, end), value == null ? null : value.iso(), new Span(start, end)));
    }
    return out;
  }

  /**
   * Gives a yearless date the year printed with an earlier date of the same sentence: "concluded in 1978 and
   * entered into force on 23 October" is 1978-10-23, whatever the record's date.
   */
  private static void sentenceYears(List<Candidate> found, String text, List<Token> toks) {
    Candidate dated = null;
    for (int k = 0; k < found.size(); k++) {
      Candidate c = found.get(k);
      if (!(c.expr() instanceof Calendar cal)) {
        continue;
      }
      if (cal.year() != null) {
        dated = c;
      } else if (!cal.hasYear() && dated != null) {
        String gap = text.substring(toks.get(dated.end() - 1).end(), toks.get(c.first()).start());
        if (!SENTENCE_END.matcher(gap).find()) {
          found.set(k, c.withExpr(cal.withYearOf((Calendar) dated.expr())));
        }
      }
    }
  }

  /**
   * Reads a date still without a year, or a bare day name, as the next one to come when its sentence speaks of
   * the future.
   */
  private void futureDates(List<Candidate> found, String text, List<Token> toks) {
    for (int k = 0; k < found.size(); k++) {
      Candidate c = found.get(k);
      boolean yearless = c.expr() instanceof Calendar cal && !cal.hasYear();
      boolean weekday = c.expr() instanceof NamedWeekday w && w.direction() == 0;
      if ((yearless || weekday) && inFutureSentence(text, toks.get(c.first()).start(), toks.get(c.end() - 1).end())) {
        found.set(k, c.withExpr(c.expr() instanceof Calendar cal ? new Upcoming(cal.month(), cal.day())
            : new NamedWeekday(((NamedWeekday) c.expr()).dayOfWeek(), 1)));
      }
    }
  }

  private boolean inFutureSentence(String text, int start, int end) {
    int from = start;
    while (from > 0 && start - from < SENTENCE_REACH && !sentenceEndsAt(text, from - 1)) {
      from--;
    }
    int to = end;
    while (to < text.length() && to - end < SENTENCE_REACH && !sentenceEndsAt(text, to)) {
      to++;
    }
    for (Token t : Token.tokenize(text.substring(from, to))) {
      if (t.isWord() && lexicon.isFutureMarker(t.lower())) {
        return true;
      }
    }
    return false;
  }

  /** A line end, or a stop followed by a space, at {@code i}. */
  private static boolean sentenceEndsAt(String text, int i) {
    char c = text.charAt(i);
    if (c == '\n') {
      return true;
    }
    return (c == '.' || c == '!' || c == '?') && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)));
  }

  /** Gives a yearless date the year of the date it forms a range with, either side. */
  private static void shareYears(List<Candidate> found, String text, List<Token> toks) {
    for (int k = 0; k + 1 < found.size(); k++) {
      Candidate a = found.get(k);
      Candidate b = found.get(k + 1);
      if (!(a.expr() instanceof Calendar ca) || !(b.expr() instanceof Calendar cb) || ca.month() == null
          || cb.month() == null || ca.hasYear() == cb.hasYear()) {
        continue;
      }
      String gap = text.substring(toks.get(a.end() - 1).end(), toks.get(b.first()).start());
      if (!RANGE_GAP.matcher(gap).matches()) {
        continue;
      }
      if (!ca.hasYear()) {
        found.set(k, a.withExpr(ca.withYearOf(cb)));
      } else {
        found.set(k + 1, b.withExpr(cb.withYearOf(ca)));
      }
    }
  }
}
