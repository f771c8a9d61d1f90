package org.compendium.structure;

import java.util.List;
import java.util.regex.Pattern;
import org.compendium.util.SpaceSplit;
import org.compendium.util.WordScanner;

/**
 * Regex-free forms of the line-shape patterns the structure annotators test on every sentence and heading line.
 * Each method gives exactly what its pattern gives (checked against the pattern by {@code LineShapesTest}); a
 * line ending in a line terminator, where {@code $} has its own rules, goes to the pattern itself.
 */
final class LineShapes {
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;,][\"'\u201d\u2019)\\]]*$");
  private static final Pattern ENDS_WITH_INITIAL = Pattern.compile("(?:^|\\s)\\p{Lu}\\.$");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2007\\u202f\\u3000]+");

  private LineShapes() {}

  /** {@code [\p{L}\p{N}][\p{L}\p{N}'\u2019.&-]*}, each match in order, added to {@code out}. */
  static List<String> words(String line, List<String> out) {
    int n = line.length();
    int i = 0;
    while (i < n) {
      int cp = line.codePointAt(i);
      if (!WordScanner.letterOrNumber(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      i += Character.charCount(cp);
      while (i < n) {
        char c = line.charAt(i);
        if (c == '\'' || c == '\u2019' || c == '.' || c == '&' || c == '-') {
          i++;
          continue;
        }
        int d = line.codePointAt(i);
        if (!WordScanner.letterOrNumber(d)) {
          break;
        }
        i += Character.charCount(d);
      }
      out.add(line.substring(start, i));
    }
    return out;
  }

  /** {@code [.!?:;,]["'\u201d\u2019)\]]*$} found in {@code line}. */
  static boolean sentenceEnd(String line) {
    if (endsWithTerminator(line)) {
      return SENTENCE_END.matcher(line).find();
    }
    int k = line.length() - 1;
    while (k >= 0 && "\"'\u201d\u2019)]".indexOf(line.charAt(k)) >= 0) {
      k--;
    }
    return k >= 0 && ".!?:;,".indexOf(line.charAt(k)) >= 0;
  }

  /** {@code (?:^|\s)\p{Lu}\.$} found in {@code line}. */
  static boolean endsWithInitial(String line) {
    if (endsWithTerminator(line)) {
      return ENDS_WITH_INITIAL.matcher(line).find();
    }
    int n = line.length();
    if (n < 2 || line.charAt(n - 1) != '.') {
      return false;
    }
    int cp = line.codePointBefore(n - 1);
    if (Character.getType(cp) != Character.UPPERCASE_LETTER) {
      return false;
    }
    int before = n - 1 - Character.charCount(cp);
    return before == 0 || SpaceSplit.isSpace(line.charAt(before - 1));
  }

  /** {@code SPACES.matcher(s).replaceAll(" ").strip()} with SPACES {@code [\s\u00a0\u2007\u202f\u3000]+}. */
  static String collapseSpaces(String s) {
    int n = s.length();
    StringBuilder b = null;
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (!isCollapsed(c)) {
        if (b != null) {
          b.append(c);
        }
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && isCollapsed(s.charAt(j))) {
        j++;
      }
      if (b == null && (j - i > 1 || c != ' ')) {
        b = new StringBuilder(n).append(s, 0, i);
      }
      if (b != null) {
        b.append(' ');
      }
      i = j;
    }
    return (b == null ? s : b.toString()).strip();
  }

  /** The pattern used by {@link #collapseSpaces}, for tests. */
  static Pattern spaces() {
    return SPACES;
  }

  private static boolean isCollapsed(char c) {
    return SpaceSplit.isSpace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f' || c == '\u3000';
  }

  /** {@code \s} without UNICODE_CHARACTER_CLASS. */

  private static boolean endsWithTerminator(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(s.length() - 1);
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }
}
