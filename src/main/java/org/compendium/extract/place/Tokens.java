package org.compendium.extract.place;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.compendium.extract.Vocabulary;
import org.compendium.resolve.Gazetteer;
import org.compendium.resolve.NameTokenizer;
import org.compendium.util.WordSet;

/**
 * One document's word tokens (as {@link NameTokenizer} splits them, joined on the document's shared
 * {@link org.compendium.extract.Tokens}) with what the place finder asks of them: capitalization, the text
 * between two tokens, sentence and line starts, title-case heading lines. Built per document call; not shared.
 */
final class Tokens {
  /**
   * A word token: {@code key} is its {@link Gazetteer#tokenKey}; {@code upper} if it starts with a capital;
   * {@code startsName} if some gazetteer name starts with it, {@code venueCue} if it is a venue cue word.
   */
  record Tok(int start, int end, String key, boolean upper, boolean digit, boolean startsName, boolean venueCue) {}

  /** The word lists looked up once per token, by shared vocabulary id. */
  static final class Ids {
    private final boolean[] startsName;
    private final boolean[] venueCue;

    Ids(Gazetteer gazetteer, PlaceWords words, Vocabulary vocabulary) {
      startsName = idSet(gazetteer.firstTokens(), vocabulary);
      venueCue = idSet(words.venueCues(), vocabulary);
    }

    private static boolean[] idSet(java.util.Set<String> keys, Vocabulary vocabulary) {
      int[] ids = keys.stream().mapToInt(vocabulary::intern).toArray();
      boolean[] out = new boolean[Arrays.stream(ids).max().orElse(-1) + 1];
      for (int id : ids) {
        out[id] = true;
      }
      return out;
    }

    private static boolean in(boolean[] set, int id) {
      return id >= 0 && id < set.length && set[id];
    }
  }

  /** Grammatical function words that may open a sentence or precede a name without being part of it. */
  static final java.util.Set<String> FUNCTION = WordSet.of("the", "a", "an", "in", "at", "on", "of", "to",
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

  /**
   * The tokens of the shared tokens' text (numbered by the vocabulary {@code ids} was built with). A name token
   * starts where a shared token does, so {@link NameTokenizer#tokenEnd} is asked only there; a plain ASCII word
   * that is one shared token takes its shared lower-case form as key, without cutting it out.
   */
  Tokens(org.compendium.extract.Tokens shared, int[] sentenceStarts, Ids ids) {
    this.text = shared.text();
    this.sentenceStarts = sentenceStarts.clone();
    Arrays.sort(this.sentenceStarts);
    int n = shared.size();
    int len = text.length();
    int i = 0;
    while (i < n) {
      int start = shared.start(i);
      int end = NameTokenizer.tokenEnd(text, start, len);
      if (end < 0) {
        i++;
        continue;
      }
      String key;
      int id;
      if (shared.end(i) == end && shared.is(i, org.compendium.extract.Tokens.ASCII)) {
        key = shared.lower(i);
        id = shared.id(i);
      } else {
        key = Gazetteer.tokenKey(text.substring(start, end));
        id = shared.vocabulary().id(key);
      }
      char c = text.charAt(start);
      list.add(new Tok(start, end, key, Character.isUpperCase(c) || elidedCapital(text, start, end),
          Character.isDigit(c), Ids.in(ids.startsName, id), Ids.in(ids.venueCue, id)));
      i++;
      while (i < n && shared.start(i) < end) {
        i++;
      }
    }
  }

  /** A lower-case elided article before a capital counts as capitalized ("d'Ivoire", "l'Est"). */
  private static boolean elidedCapital(String text, int start, int end) {
    return end - start > 2 && Character.isLowerCase(text.charAt(start))
        && (text.charAt(start + 1) == '\'' || text.charAt(start + 1) == '\u2019')
        && Character.isUpperCase(text.charAt(start + 2));
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

  private int gapStart(int i) {
    return i <= 0 ? 0 : list.get(i - 1).end();
  }

  private int gapEnd(int i) {
    return i <= 0 ? 0 : list.get(i).start();
  }

  private static boolean blank(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\r';
  }

  /** Index of the first non-blank char in [from, to). */
  private int skipBlank(int from, int to) {
    while (from < to && blank(text.charAt(from))) {
      from++;
    }
    return from;
  }

  /** Gap before token i is only spaces, with at most one line break if {@code newline}; may be empty. */
  boolean space(int i, boolean newline) {
    int to = gapEnd(i);
    int p = skipBlank(gapStart(i), to);
    if (p < to && newline && text.charAt(p) == '\n') {
      p = skipBlank(p + 1, to);
    }
    return p == to;
  }

  /** Gap before token i is one or more spaces on the same line. */
  boolean sameLineSpace(int i) {
    int from = gapStart(i);
    int to = gapEnd(i);
    return from < to && skipBlank(from, to) == to;
  }

  /** Gap before token i is the single character {@code c}. */
  boolean gapIs(int i, char c) {
    int from = gapStart(i);
    return gapEnd(i) == from + 1 && text.charAt(from) == c;
  }

  /** Gap before token i may sit inside a place name: spaces (one line break), a hyphen, a period and spaces. */
  boolean inNameGap(int i) {
    int from = gapStart(i);
    int to = gapEnd(i);
    if (to == from + 1 && "-‐‑–".indexOf(text.charAt(from)) >= 0) {
      return true;
    }
    if (from < to && text.charAt(from) == '.') {
      return skipBlank(from + 1, to) == to;
    }
    return space(i, true);
  }

  /** Gap before token i follows a title: an optional period, then spaces on the same line ("Mr. X"). */
  boolean titleGap(int i) {
    int from = gapStart(i);
    int to = gapEnd(i);
    if (from < to && text.charAt(from) == '.') {
      from++;
    }
    return from < to && skipBlank(from, to) == to;
  }

  /** Gap before token i separates list items: a comma, then spaces with at most one line break. */
  boolean listGap(int i) {
    int from = gapStart(i);
    int to = gapEnd(i);
    if (from >= to || text.charAt(from) != ',') {
      return false;
    }
    int p = skipBlank(from + 1, to);
    if (p < to && text.charAt(p) == '\n') {
      p = skipBlank(p + 1, to);
    }
    return p == to;
  }

  /** Gap before token i is a plural possessive's apostrophe and spaces ("Ministers' Meeting"). */
  boolean apostropheGap(int i) {
    int from = gapStart(i);
    int to = gapEnd(i);
    return from < to && (text.charAt(from) == '\'' || text.charAt(from) == '’') && skipBlank(from + 1, to) == to;
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
    int[] counts = new int[2];
    NameTokenizer.tokenize(text, lineStart, le, (start, end) -> {
      char c = text.charAt(start);
      if (Character.isLetter(c) && !FUNCTION.contains(text.substring(start, end).toLowerCase(java.util.Locale.ROOT))) {
        counts[0]++;
        if (Character.isUpperCase(c)) {
          counts[1]++;
        }
      }
    });
    int words = counts[0];
    int caps = counts[1];
    // Long lines full of capitals are lists of names and titles, and a line ending in a full stop is a
    // sentence: neither is a heading.
    String line = text.substring(lineStart, le).strip();
    if (line.endsWith(".") && !line.endsWith("..")) {
      return false;
    }
    return words >= 2 && words <= 30 && le - lineStart < 250 && caps * 5 >= words * 4;
  }
}
