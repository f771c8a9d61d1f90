package org.compendium.track;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.compendium.model.Span;

/**
 * Splits a record's text into sentence spans for the evidence search: the JDK's sentence breaks inside
 * paragraphs, where a line break is a paragraph break unless it only wraps a sentence (the line before ends
 * without sentence punctuation and the next starts in lower case, or the line before ends with a comma).
 * Outline items and headings thus stand alone. A plain splitter is enough here, since a cue and the words of an
 * action have to meet inside one span; spans are UTF-16 offsets into the text.
 */
final class Sentences {
  private Sentences() {}

  static List<Span> of(String original) {
    String text = unwrap(original);
    List<Span> out = new ArrayList<>();
    int lineStart = 0;
    int n = text.length();
    while (lineStart < n) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      split(text, lineStart, lineEnd, out);
      lineStart = lineEnd + 1;
    }
    return out;
  }

  /** The text with wrapping line breaks turned into spaces (same length, so offsets hold). */
  static String unwrap(String text) {
    char[] c = text.toCharArray();
    for (int i = 0; i < c.length; i++) {
      if (c[i] != '\n') {
        continue;
      }
      int before = i - 1;
      while (before >= 0 && (c[before] == ' ' || c[before] == '\t' || c[before] == '\r')) {
        before--;
      }
      int after = i + 1;
      while (after < c.length && (c[after] == ' ' || c[after] == '\t')) {
        after++;
      }
      if (before < 0 || after >= c.length || c[after] == '\n' || c[after] == '\r') {
        continue;  // a blank line always separates
      }
      char last = c[before];
      boolean open = ".!?:;".indexOf(last) < 0 && Character.isLowerCase(c[after]);
      if (open || last == ',') {
        c[i] = ' ';
      }
    }
    return new String(c);
  }

  private static void split(String text, int from, int to, List<Span> out) {
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    String line = text.substring(from, to);
    it.setText(line);
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      int s = start;
      int e = end;
      while (s < e && Character.isWhitespace(line.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(line.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        out.add(new Span(from + s, from + e));
      }
    }
  }
}
