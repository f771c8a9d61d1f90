package org.compendium.extract.commitment;

import java.util.ArrayList;
import java.util.List;
import org.compendium.extract.Sentence;
import org.compendium.model.Span;

/**
 * Sentences re-joined across hard line wraps, the unit commitments are read from. A sentence that ends a
 * printed line without closing punctuation continues on the next line when that line carries no outline label,
 * no blank line sits between, and the wrap is visibly mid-sentence (the next line starts in lower case, or the
 * line ends with a comma or a lower-case word). Headings (title-case lines) stay apart.
 *
 * @param span the joined text
 * @param label the outline label of the first sentence, or null
 * @param blankBefore whether a blank line separates this unit from the previous one
 */
record Unit(Span span, String label, boolean blankBefore) {

  static List<Unit> join(String text, List<Sentence> sentences) {
    List<Unit> out = new ArrayList<>();
    int i = 0;
    int prevEnd = 0;
    while (i < sentences.size()) {
      Sentence first = sentences.get(i);
      int end = first.span().end();
      int j = i + 1;
      while (j < sentences.size() && continues(text, end, sentences.get(j))) {
        end = sentences.get(j).span().end();
        j++;
      }
      boolean blank = i > 0 && blankBetween(text, prevEnd, first.span().start());
      out.add(new Unit(new Span(first.span().start(), end), first.label(), blank));
      prevEnd = end;
      i = j;
    }
    return out;
  }

  private static boolean continues(String text, int end, Sentence next) {
    if (next.label() != null) {
      return false;
    }
    String gap = text.substring(end, next.span().start());
    int newlines = (int) gap.chars().filter(c -> c == '\n').count();
    if (newlines != 1 || !gap.isBlank()) {
      return false;
    }
    char last = text.charAt(end - 1);
    if (".!?:;\"\u201d)]".indexOf(last) >= 0) {
      return false;
    }
    char nextFirst = text.charAt(next.span().start());
    if (Character.isLowerCase(nextFirst) || last == ',') {
      return true;
    }
    int w = end;
    while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    return w < end && Character.isLowerCase(text.charAt(w));
  }

  private static boolean blankBetween(String text, int from, int to) {
    if (from >= to) {
      return false;
    }
    return hasBlankLine(text.substring(from, to));
  }

  private static boolean hasBlankLine(String gap) {
    int nl = gap.indexOf('\n');
    while (nl >= 0) {
      int next = gap.indexOf('\n', nl + 1);
      if (next < 0) {
        return false;
      }
      if (gap.substring(nl + 1, next).isBlank()) {
        return true;
      }
      nl = next;
    }
    return false;
  }
}
