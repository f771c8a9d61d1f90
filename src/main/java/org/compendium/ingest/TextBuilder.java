package org.compendium.ingest;

import org.compendium.model.Span;

/**
 * Builds a reader's normalized text from a stream of inline text and block boundaries, the way a browser lays
 * out text: runs of whitespace collapse to one space, block ends become a line break, paragraph ends a blank
 * line, and no line starts or ends with a space. Separators are written lazily (only when more text follows),
 * so an element's span is found by remembering {@link #length()} at its start and calling {@link #span} at its
 * end. Fails with {@link Overflow} past a size limit so hostile input cannot grow it without bound.
 */
public final class TextBuilder {
  /** Thrown when the text grows past the builder's limit. */
  public static final class Overflow extends RuntimeException {
    public Overflow(String message) {
      super(message);
    }
  }

  private final StringBuilder sb = new StringBuilder();
  private final long limit;
  private int pendingBreaks;
  private boolean pendingSpace;
  private int pendingIndent;

  public TextBuilder(long limit) {
    this.limit = limit;
  }

  /** Appends inline text, collapsing whitespace. */
  public void text(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B') {
        pendingSpace = true;
      } else {
        flush();
        sb.append(c);
      }
    }
    check();
  }

  /** Appends preformatted text: spaces and line breaks are kept (CR normalized to LF). */
  public void preformatted(CharSequence s) {
    flush();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r') {
        if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          continue;
        }
        c = '\n';
      }
      sb.append(c);
    }
    check();
  }

  /** Ends the current line (a block boundary). */
  public void lineBreak() {
    pendingBreaks = Math.max(pendingBreaks, 1);
  }

  /** Ends the current paragraph: the next text starts after a blank line. */
  public void paragraphBreak() {
    pendingBreaks = 2;
  }

  /**
   * Indents the next line by {@code spaces} (nested list items), if the next text starts a new line. Like a
   * text browser's rendering, this keeps the nesting of a printed outline visible in the text.
   */
  public void indent(int spaces) {
    pendingIndent = Math.max(0, Math.min(spaces, 40));
  }

  /** An explicit line break ({@code <br>}, {@code <lb/>}): written at once, at most one blank line in a row. */
  public void hardBreak() {
    if (sb.length() == 0 || endsWithNewlines() >= 2) {
      return;
    }
    sb.append('\n');
    pendingSpace = false;
  }

  /** Length of the text written so far (pending separators excluded). */
  public int length() {
    return sb.length();
  }

  /** The span of what was written since {@code start}, trimmed of surrounding whitespace; null when empty. */
  public Span span(int start) {
    int s = start;
    int e = sb.length();
    while (s < e && Character.isWhitespace(sb.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(sb.charAt(e - 1))) {
      e--;
    }
    return e > s ? new Span(s, e) : null;
  }

  /** The text in {@code span}. */
  public String slice(Span span) {
    return sb.substring(span.start(), span.end());
  }

  /** Whether any non-separator text has been written. */
  public boolean isEmpty() {
    return sb.length() == 0;
  }

  /** The finished text, without trailing line breaks. */
  public String build() {
    int e = sb.length();
    while (e > 0 && Character.isWhitespace(sb.charAt(e - 1))) {
      e--;
    }
    return sb.substring(0, e);
  }

  private void flush() {
    if (sb.length() > 0) {
      if (pendingBreaks > 0) {
        int have = endsWithNewlines();
        for (int i = have; i < pendingBreaks; i++) {
          sb.append('\n');
        }
      } else if (pendingSpace && sb.charAt(sb.length() - 1) != '\n') {
        sb.append(' ');
      }
    }
    if (pendingIndent > 0 && (sb.length() == 0 || sb.charAt(sb.length() - 1) == '\n')) {
      sb.append(" ".repeat(pendingIndent));
    }
    pendingBreaks = 0;
    pendingSpace = false;
    pendingIndent = 0;
  }

  private int endsWithNewlines() {
    int n = 0;
    for (int i = sb.length() - 1; i >= 0 && sb.charAt(i) == '\n' && n < 2; i--) {
      n++;
    }
    return n;
  }

  private void check() {
    if (sb.length() > limit) {
      throw new Overflow("text too large (more than " + limit + " characters)");
    }
  }
}
