package org.compendium.extract.place;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.resolve.Gazetteer;

/**
 * One document's word tokens (as {@link Gazetteer#TOKEN} splits them) with what the place finder asks of
 * them: capitalization, the text between two tokens, sentence and line starts, title-case heading lines.
 * Built per document call; not shared.
 */
final class Tokens {
  /** A word token: {@code key} is its {@link Gazetteer#tokenKey}; {@code upper} if it starts with a capital. */
  record Tok(int start, int end, String key, boolean upper, boolean digit) {}

  /** Grammatical function words that may open a sentence or precede a name without being part of it. */
  static final java.util.Set<String> FUNCTION = java.util.Set.of("the", "a", "an", "in", "at", "on", "of", "to",
      "from", "for", "by", "with", "and", "or", "but", "as", "into", "near", "via", "between", "both", "this",
      "that", "these", "those", "during", "after", "before", "since", "until", "while", "when", "where", "if",
      "so", "then", "also", "about", "over", "under", "within", "without", "across", "around", "toward",
      "towards", "through", "including", "outside", "inside", "beyond", "against", "like", "unlike", "per",
      "among", "all", "each", "every", "its", "their", "his", "her", "our", "we", "they", "he", "she", "it",
      "there", "here", "which", "who", "whose", "what", "not", "no", "yes", "is", "was", "are", "were");

  /** What may stand before the first word of a line: spaces, punctuation, numbers, an outline label. */
  private static final Pattern LABEL_PREFIX =
      Pattern.compile("[\\s\\p{P}\\p{S}\\d]*+(?:\\(?(?:[A-Za-z]|[ivxIVX]{1,5})[.)][\\s\\p{P}\\p{S}\\d]*+)?");

  final String text;
  final List<Tok> list = new ArrayList<>();
  private final int[] sentenceStarts;
  private final Map<Integer, Boolean> headingLines = new HashMap<>();

  Tokens(String text, int[] sentenceStarts) {
    this.text = text;
    this.sentenceStarts = sentenceStarts.clone();
    Arrays.sort(this.sentenceStarts);
    Matcher m = Gazetteer.TOKEN.matcher(text);
    while (m.find()) {
      char c = text.charAt(m.start());
      list.add(new Tok(m.start(), m.end(), Gazetteer.tokenKey(m.group()), Character.isUpperCase(c),
          Character.isDigit(c)));
    }
  }

  int size() {
    return list.size();
  }

  Tok get(int i) {
    return list.get(i);
  }

  /** The text between token i-1 and token i ("" before the first). */
  String gap(int i) {
    return i <= 0 ? "" : text.substring(list.get(i - 1).end(), list.get(i).start());
  }

  /** Whether token i opens a sentence or an outline item (only punctuation between it and the start). */
  boolean sentenceInitial(int i) {
    int start = list.get(i).start();
    int idx = Arrays.binarySearch(sentenceStarts, start);
    int s = idx >= 0 ? sentenceStarts[idx] : (-idx - 2 >= 0 ? sentenceStarts[-idx - 2] : -1);
    if (s >= 0 && onlyPunctuation(s, start)) {
      return true;
    }
    return lineInitial(i);
  }

  /** Whether only spaces, punctuation and outline labels stand between the line start and token i. */
  boolean lineInitial(int i) {
    int start = list.get(i).start();
    int ls = text.lastIndexOf('\n', start - 1) + 1;
    return LABEL_PREFIX.matcher(text).region(ls, start).matches();
  }

  private boolean onlyPunctuation(int from, int to) {
    for (int k = from; k < to; k++) {
      if (Character.isLetterOrDigit(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Whether token i sits on a title-case line (a heading): most of its longer words are capitalized. */
  boolean inHeading(int i) {
    int start = list.get(i).start();
    int ls = text.lastIndexOf('\n', start - 1) + 1;
    return headingLines.computeIfAbsent(ls, this::headingAt);
  }

  private boolean headingAt(int lineStart) {
    int le = text.indexOf('\n', lineStart);
    if (le < 0) {
      le = text.length();
    }
    Matcher m = Gazetteer.TOKEN.matcher(text).region(lineStart, le);
    int words = 0;
    int caps = 0;
    while (m.find()) {
      String w = m.group();
      if (Character.isLetter(w.charAt(0)) && !FUNCTION.contains(w.toLowerCase(java.util.Locale.ROOT))) {
        words++;
        if (Character.isUpperCase(w.charAt(0))) {
          caps++;
        }
      }
    }
    // Long lines full of capitals are lists of names and titles, and a line ending in a full stop is a
    // sentence: neither is a heading.
    String line = text.substring(lineStart, le).strip();
    if (line.endsWith(".") && !line.endsWith("..")) {
      return false;
    }
    return words >= 2 && words <= 30 && le - lineStart < 250 && caps * 5 >= words * 4;
  }
}
