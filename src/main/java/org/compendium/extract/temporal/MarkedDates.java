package org.compendium.extract.temporal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.ingest.Markup;
import org.compendium.model.Span;
import org.compendium.model.Temporal;
import org.compendium.resolve.DateLexicon;
import org.compendium.resolve.PartialDate;

/**
 * Uses the dates a source format marks up (TEI {@code <date when>}, HTML {@code <time datetime>}): a found
 * expression inside such markup takes the markup's value, cut to the precision the expression has, and a
 * marked-up date the text search missed is added when its words name a date (a month, a day name or a year),
 * so a marked-up time of day ("11 a.m.") is not.
 */
final class MarkedDates {
  private static final Pattern ISO = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  /** Longer marked-up text is a passage, not a date expression. */
  private static final int MAX_TEXT = 60;

  private final DateLexicon lex;

  MarkedDates(DateLexicon lex) {
    this.lex = lex;
  }

  List<Temporal> apply(List<Temporal> found, List<Markup> markup, String text) {
    List<Markup> marks = new ArrayList<>();
    for (Markup m : markup) {
      if (m.type() == Markup.Type.DATE && value(m) != null) {
        marks.add(m);
      }
    }
    if (marks.isEmpty()) {
      return found;
    }
    List<Temporal> out = new ArrayList<>(found.size() + marks.size());
    boolean[] used = new boolean[marks.size()];
    for (Temporal t : found) {
      int k = overlapping(marks, t.span());
      if (k < 0) {
        out.add(t);
        continue;
      }
      used[k] = true;
      PartialDate marked = value(marks.get(k));
      PartialDate own = PartialDate.parse(t.value());
      PartialDate v = own == null ? marked
          : marked.hasAtLeast(own.precision()) ? marked.truncate(own.precision()) : own;
      out.add(new Temporal(t.text(), v.iso(), t.span()));
    }
    for (int k = 0; k < marks.size(); k++) {
      Span s = marks.get(k).span();
      if (!used[k] && s.length() <= MAX_TEXT && namesADate(s.of(text)) && overlappingTemporal(out, s) < 0) {
        String covered = s.of(text);
        int lead = covered.length() - covered.stripLeading().length();
        String t = covered.strip();
        Span span = new Span(s.start() + lead, s.start() + lead + t.length());
        out.add(new Temporal(t, value(marks.get(k)).iso(), span));
      }
    }
    out.sort(Comparator.comparing(Temporal::span));
    return out;
  }

  private boolean namesADate(String covered) {
    for (Token t : Token.tokenize(covered)) {
      if (t.isNumber() && t.text().length() == 4) {
        return true;
      }
      if (t.isWord() && (lex.month(t.lower()) != null || lex.weekday(t.lower()) != null)) {
        return true;
      }
    }
    return false;
  }

  private static int overlapping(List<Markup> marks, Span s) {
    for (int k = 0; k < marks.size(); k++) {
      if (marks.get(k).span().overlaps(s)) {
        return k;
      }
    }
    return -1;
  }

  private static int overlappingTemporal(List<Temporal> ts, Span s) {
    for (int k = 0; k < ts.size(); k++) {
      if (ts.get(k).span().overlaps(s)) {
        return k;
      }
    }
    return -1;
  }

  /** The date an ISO markup value starts with ("1957-06-19T11:00:00-04:00" is 1957-06-19), or null. */
  static PartialDate value(Markup m) {
    if (m.value() == null) {
      return null;
    }
    Matcher x = ISO.matcher(m.value().strip());
    if (!x.find()) {
      return null;
    }
    return PartialDate.valid(Integer.parseInt(x.group(1)), x.group(2) == null ? null : Integer.valueOf(x.group(2)),
        x.group(3) == null ? null : Integer.valueOf(x.group(3)));
  }
}
