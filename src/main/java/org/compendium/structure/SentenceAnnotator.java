package org.compendium.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.extract.Annotator;
import org.compendium.extract.Document;
import org.compendium.extract.Layer;
import org.compendium.extract.Layers;
import org.compendium.extract.Sentence;
import org.compendium.model.Span;
import org.compendium.resolve.Months;
import org.compendium.util.Resources;

/**
 * Splits the text into sentences. Every printed line is its own block, except in hard-wrapped text (all lines
 * short, paragraphs broken at a fixed width), where a line that stops mid-sentence is joined to the next. An
 * outline label that opens a block ("1.", "(2)", "a)", "A.", "IV.", "--", bullets, and a bare "1" before a
 * short heading) is kept apart from the sentence; inline "--" bullets after a colon start new items. Within a
 * block a sentence ends at . ! or ? followed by space and a capital, digit or quote, unless the word before is
 * a known abbreviation (also after a hyphen: "Japan-U.S."), an initial, a dotted abbreviation such as "p.m."
 * not followed by a capital, or the stop sits inside a quotation closed in the same block. No-break spaces
 * count as spaces.
 */
public final class SentenceAnnotator implements Annotator {
  /** An outline label at the start of a line, then whitespace. */
  static final Pattern LABEL = Pattern.compile("^(\\(\\d{1,3}\\)|\\d{1,3}\\)|\\d{1,3}\\.(?!\\d)|\\([a-zA-Z]\\)"
      + "|[a-z]\\)|\\([ivx]{1,5}\\)|[IVX]{1,5}\\.|[A-Z]\\.(?=\\s+[\\p{Lu}\\d])|--+"
      + "|[-\u2013\u2014\u2022\u30fb*\u25cf\u25cb\u25a0\u25c6])\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  /** A bare number opening a short heading line ("1 Opening Remarks"). */
  private static final Pattern BARE_NUMBER = Pattern.compile("^(\\d{1,2})\\s+(\\p{Lu}\\p{L}*)",
      Pattern.UNICODE_CHARACTER_CLASS);

  private static final Pattern INLINE_BULLET =
      Pattern.compile("(?<=[:;.])\\s+(--+)\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  /** Once a list has opened inline, every further " -- " on the line starts an item. */
  private static final Pattern NEXT_BULLET = Pattern.compile("\\s(--+)\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  /** Longest line of a hard-wrapped text, and how many near-full lines show the wrapping. */
  private static final int WRAP_WIDTH_MIN = 45;
  private static final int WRAP_WIDTH_MAX = 100;
  private static final int WRAP_MIN_FULL_LINES = 3;

  private final Set<String> abbreviations;
  private final Months months;

  public SentenceAnnotator() {
    this.abbreviations = new HashSet<>(Resources.lines("structure/abbreviations.txt"));
    this.months = new Months();
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.SENTENCES);
  }

  @Override
  public void annotate(Document doc) {
    doc.put(Layers.SENTENCES, split(doc.text()));
  }

  /** Splits {@code text} into sentences (exposed for tests and for other annotators' helpers). */
  public List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    int block = 0;
    for (int[] b : blocks(text)) {
      int before = out.size();
      splitBlock(text, b[0], b[1], block, out);
      if (out.size() > before) {
        block++;
      }
    }
    return out;
  }

  /** The non-blank printed lines as [start, end) pairs, lines of a hard-wrapped paragraph joined. */
  static List<int[]> blocks(String text) {
    List<int[]> lines = new ArrayList<>();
    int pos = 0;
    while (pos <= text.length()) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? text.length() : nl;
      int s = skipSpace(text, pos, end);
      int e = end;
      while (e > s && isSpace(text.charAt(e - 1))) {
        e--;
      }
      lines.add(new int[] {s, e});
      if (nl < 0) {
        break;
      }
      pos = nl + 1;
    }
    // The wrap width: a high percentile of line lengths, so one long stray line does not hide the wrapping.
    int[] lengths = lines.stream().filter(l -> l[1] > l[0]).mapToInt(l -> l[1] - l[0]).sorted().toArray();
    int width = lengths.length == 0 ? 0 : lengths[(lengths.length - 1) * 9 / 10];
    int full = 0;
    for (int[] l : lines) {
      full += l[1] - l[0] >= width * 3 / 4 ? 1 : 0;
    }
    boolean wrapped = width >= WRAP_WIDTH_MIN && width <= WRAP_WIDTH_MAX && full >= WRAP_MIN_FULL_LINES
        && full * 10 >= lengths.length * 4;
    // Paragraph starts of wrapped text are often indented beyond the continuation lines.
    int minIndent = Integer.MAX_VALUE;
    for (int[] l : lines) {
      if (l[0] < l[1]) {
        minIndent = Math.min(minIndent, indent(text, l[0]));
      }
    }
    List<int[]> out = new ArrayList<>();
    int[] open = null;
    for (int i = 0; i < lines.size(); i++) {
      int[] l = lines.get(i);
      if (l[0] == l[1]) {
        open = null;
        continue;
      }
      if (open != null && wrapped && indent(text, l[0]) <= minIndent && continuesBelow(text, open, l, width)) {
        open[1] = l[1];
      } else {
        open = new int[] {l[0], l[1]};
        out.add(open);
      }
    }
    return out;
  }

  /** In hard-wrapped text: does line {@code next} carry on the sentence that {@code block} broke off? */
  private static boolean continuesBelow(String text, int[] block, int[] next, int width) {
    int lastLineStart = text.lastIndexOf('\n', block[1] - 1) + 1;
    int lastLineLength = block[1] - Math.max(lastLineStart, block[0]);
    if (lastLineLength < width * 3 / 5 || LABEL.matcher(text).region(next[0], next[1]).find()
        || BARE_NUMBER.matcher(text).region(next[0], next[1]).find()) {
      return false;
    }
    char last = text.charAt(block[1] - 1);
    if (".!?:;\"\u201d)]".indexOf(last) >= 0) {
      return false;
    }
    boolean nextFullOrEnding = next[1] - next[0] >= width * 3 / 4 || ".!?:;".indexOf(text.charAt(next[1] - 1)) >= 0;
    if (last == ',' || last == '-' || Character.isLowerCase(text.charAt(next[0]))
        || (lastLineLength >= width * 3 / 4 && nextFullOrEnding)) {
      return true;
    }
    int w = block[1];
    while (w > block[0] && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    return w < block[1] && Character.isLowerCase(text.charAt(w));
  }

  /** Spaces before position {@code start} on its line. */
  private static int indent(String text, int start) {
    int lineStart = text.lastIndexOf('\n', start - 1) + 1;
    return start - lineStart;
  }

  /** Whether "--" stands within {@code text[start, end)} (looked for there only, not to the text's end). */
  static boolean holdsDoubleDash(String text, int start, int end) {
    for (int i = start; i + 1 < end; i++) {
      if (text.charAt(i) == '-' && text.charAt(i + 1) == '-') {
        return true;
      }
    }
    return false;
  }

  private void splitBlock(String text, int start, int end, int block, List<Sentence> out) {
    // Pieces of the block separated by inline "--" bullets; each piece after the first carries the bullet label.
    if (!holdsDoubleDash(text, start, end)) {
      splitPiece(text, start, end, null, block, out); // no bullet can match without a "--" inside the block
      return;
    }
    Matcher m = INLINE_BULLET.matcher(text).region(start, end);
    int pieceStart = start;
    String pieceLabel = null;
    while (pieceLabel == null ? m.find() : (m = NEXT_BULLET.matcher(text).region(pieceStart, end)).find()) {
      splitPiece(text, pieceStart, m.start(), pieceLabel, block, out);
      pieceLabel = m.group(1);
      pieceStart = m.end();
    }
    splitPiece(text, pieceStart, end, pieceLabel, block, out);
  }

  private void splitPiece(String text, int start, int end, String label, int block, List<Sentence> out) {
    start = skipSpace(text, start, end);
    if (label == null) {
      Matcher lm = LABEL.matcher(text).region(start, end);
      if (lm.find()) {
        label = lm.group(1);
        start = skipSpace(text, lm.end(), end);
      } else {
        Matcher bm = BARE_NUMBER.matcher(text).region(start, end);
        if (bm.find() && isShortHeading(text, start, end) && months.number(bm.group(2)) == 0) {
          label = bm.group(1);
          start = skipSpace(text, bm.end(1), end);
        }
      }
    }
    boolean[] quoted = quotedRegions(text, start, end);
    int sentenceStart = start;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c != '.' && c != '!' && c != '?') {
        continue;
      }
      int j = i + 1;
      while (j < end && isCloser(text.charAt(j))) {
        j++;
      }
      if (j >= end || !isSpace(text.charAt(j))) {
        continue;
      }
      int next = skipSpace(text, j, end);
      if (next >= end || !opensSentence(text.charAt(next))) {
        continue;
      }
      if (quoted[i - start] && j == i + 1) {
        continue;
      }
      if (c == '.' && j == i + 1 && isAbbreviation(text, sentenceStart, i, text.charAt(next))) {
        continue;
      }
      add(text, sentenceStart, j, label, block, out);
      label = null;
      sentenceStart = next;
      i = next - 1;
    }
    add(text, sentenceStart, end, label, block, out);
  }

  /** A heading-like line: a few words, no final stop. */
  private static boolean isShortHeading(String text, int start, int end) {
    int e = end;
    while (e > start && isSpace(text.charAt(e - 1))) {
      e--;
    }
    if (e == start || ".!?;:".indexOf(text.charAt(e - 1)) >= 0) {
      return false;
    }
    int words = 0;
    boolean inWord = false;
    for (int i = start; i < e; i++) {
      boolean space = isSpace(text.charAt(i));
      words += !space && !inWord ? 1 : 0;
      inWord = !space;
    }
    return words <= 8;
  }

  private static void add(String text, int start, int end, String label, int block, List<Sentence> out) {
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Sentence(new Span(start, end), label, block));
    }
  }

  /** Marks characters inside a quotation that opens and closes within [start, end). */
  private static boolean[] quotedRegions(String text, int start, int end) {
    boolean[] quoted = new boolean[end - start + 1];
    int open = -1;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\u201c' || (c == '"' && open < 0)) {
        open = i;
      } else if ((c == '\u201d' || c == '"') && open >= 0) {
        for (int k = open; k < i; k++) {
          quoted[k - start] = true;
        }
        open = -1;
      }
    }
    return quoted;
  }

  private boolean isAbbreviation(String text, int sentenceStart, int dot, char nextChar) {
    int w = dot;
    while (w > sentenceStart && !isSpace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') {
      w--;
    }
    String word = text.substring(w, dot);
    if (word.isEmpty()) {
      return false;
    }
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true; // an initial: "Vladimir V. Putin"
    }
    if (abbreviations.contains(word)) {
      return true;
    }
    // The last part of a hyphenated word: "Japan-U.S. relations".
    int hyphen = Math.max(word.lastIndexOf('-'), word.lastIndexOf('/'));
    if (hyphen >= 0 && hyphen + 1 < word.length() && abbreviations.contains(word.substring(hyphen + 1))) {
      return true;
    }
    // A dotted abbreviation ("p.m.", "a.m.") ends a sentence only when a capital follows.
    return word.indexOf('.') > 0 && !Character.isUpperCase(nextChar);
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\u201d' || c == '\u2019' || c == '\'' || c == ')' || c == ']';
  }

  private static boolean opensSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201c' || c == '('
        || c == '\u2018' || c == '-' || c == '\u2013' || c == '\u2014';
  }

  /** Whitespace including no-break and other Unicode spaces (pasted web text is full of them). */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static int skipSpace(String text, int i, int end) {
    while (i < end && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
