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
import org.compendium.util.Resources;

/**
 * Splits the text into sentences. Every printed line is its own block; an outline label that opens a line
 * ("1.", "(2)", "a)", "--", bullets) is kept apart from the sentence; inline "--" bullets after a colon start
 * new items. Within a line a sentence ends at . ! or ? followed by space and a capital, digit or quote, unless
 * the word before is a known abbreviation or an initial, or the stop sits inside a quotation closed on the
 * same line.
 */
public final class SentenceAnnotator implements Annotator {
  /** An outline label at the start of a line, then whitespace. */
  static final Pattern LABEL =
      Pattern.compile("^(\\(\\d{1,3}\\)|\\d{1,3}\\)|\\d{1,3}\\.(?!\\d)|\\([a-zA-Z]\\)|[a-z]\\)|\\([ivx]{1,5}\\)|--+|[-\u2013\u2014\u2022\u30fb*\u25cf\u25cb\u25a0\u25c6])\\s+");

  private static final Pattern INLINE_BULLET = Pattern.compile("(?<=[:;.])\\s+(--+)\\s+");

  private final Set<String> abbreviations;

  public SentenceAnnotator() {
    this.abbreviations = new HashSet<>(Resources.lines("structure/abbreviations.txt"));
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
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? text.length() : nl;
      if (!text.substring(lineStart, lineEnd).isBlank()) {
        splitLine(text, lineStart, lineEnd, block++, out);
      }
      if (nl < 0) {
        break;
      }
      lineStart = nl + 1;
    }
    return out;
  }

  private void splitLine(String text, int start, int end, int block, List<Sentence> out) {
    // Pieces of the line separated by inline "--" bullets; each piece after the first carries the bullet label.
    String line = text.substring(start, end);
    Matcher m = INLINE_BULLET.matcher(line);
    int pieceStart = 0;
    String pieceLabel = null;
    while (m.find()) {
      splitPiece(text, start + pieceStart, start + m.start(), pieceLabel, block, out);
      pieceLabel = m.group(1);
      pieceStart = m.end();
    }
    splitPiece(text, start + pieceStart, end, pieceLabel, block, out);
  }

  private void splitPiece(String text, int start, int end, String label, int block, List<Sentence> out) {
    start = skipSpace(text, start, end);
    if (label == null) {
      Matcher lm = LABEL.matcher(text.substring(start, end));
      if (lm.find()) {
        label = lm.group(1);
        start = skipSpace(text, start + lm.end(), end);
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
      if (j >= end || !Character.isWhitespace(text.charAt(j))) {
        continue;
      }
      int next = skipSpace(text, j, end);
      if (next >= end || !opensSentence(text.charAt(next))) {
        continue;
      }
      if (quoted[i - start] && j == i + 1) {
        continue;
      }
      if (c == '.' && j == i + 1 && isAbbreviation(text, sentenceStart, i)) {
        continue;
      }
      add(text, sentenceStart, j, label, block, out);
      label = null;
      sentenceStart = next;
      i = next - 1;
    }
    add(text, sentenceStart, end, label, block, out);
  }

  private static void add(String text, int start, int end, String label, int block, List<Sentence> out) {
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
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

  private boolean isAbbreviation(String text, int sentenceStart, int dot) {
    int w = dot;
    while (w > sentenceStart && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') {
      w--;
    }
    String word = text.substring(w, dot);
    if (word.isEmpty()) {
      return false;
    }
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true; // an initial: "Vladimir V. Putin"
    }
    return abbreviations.contains(word);
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\u201d' || c == '\u2019' || c == '\'' || c == ')' || c == ']';
  }

  private static boolean opensSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201c' || c == '('
        || c == '\u2018' || c == '-' || c == '\u2013' || c == '\u2014';
  }

  private static int skipSpace(String text, int i, int end) {
    while (i < end && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
