package org.compendium.extract.person;

import static org.compendium.util.SpaceSplit.isSpace;

import java.util.ArrayList;
import java.util.List;
import org.compendium.extract.Header;
import org.compendium.resolve.Countries;
import org.compendium.util.SpaceSplit;

/**
 * The states a record's heading names as parties: both sides of a hyphenated pair ("Japan-Russia Summit
 * Meeting", "Japan-Republic of Korea", "Russian-Japanese talks") and "between X and Y" in the heading lines,
 * in the order printed. The heading is the header's title when known, else the short lines that open the text.
 */
public final class TitleParties {
  private static final int MAX_LINES = 10;

  private TitleParties() {}

  public static List<String> of(String text, Header header, Countries countries) {
    List<String> out = new ArrayList<>();
    for (String line : heading(text, header)) {
      scan(line, countries, out);
    }
    return out;
  }

  /** Every state of a hyphenated pair anywhere in {@code text}, once per occurrence ("U.S.-India talks"). */
  public static List<String> pairs(String text, Countries countries) {
    List<String> out = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int nl = text.indexOf('\n', start);
      String line = nl < 0 ? text.substring(start) : text.substring(start, nl);
      start = nl < 0 ? text.length() : nl + 1;
      if ((line.indexOf('-') >= 0 || line.indexOf('\u2013') >= 0) && mayName(line)) {
        List<String> found = new ArrayList<>();
        scanPairs(line, countries, found, true);
        out.addAll(found);
      }
    }
    return out;
  }

  /**
   * Whether a line with a hyphen can yield a state at all: a hyphen before a capital (the right side of a pair
   * must be capitalized, after any opening bracket or quote), or "visit" or "between" for the other two forms.
   * Most lines with a hyphen ("long-term", "follow-up") have none and are not split into words.
   */
  private static boolean mayName(String line) {
    int n = line.length();
    for (int h = 0; h < n; h++) {
      char c = line.charAt(h);
      if (c == '-' || c == '\u2013') {
        int k = h + 1;
        while (k < n && "(\"'".indexOf(line.charAt(k)) >= 0) {
          k++;
        }
        if (k < n && Character.isUpperCase(line.charAt(k))) {
          return true;
        }
      }
    }
    return visitTo(line) || (containsIgnoreCase(line, "between") && line.contains("and"));
  }

  /** Whether a word "visit" (any case) is followed, after spaces, by the word "to" (as scanPairs reads them). */
  private static boolean visitTo(String line) {
    int from = 0;
    int at;
    while ((at = indexIgnoreCase(line, "visit", from)) >= 0) {
      int k = at + 5;
      int spaces = k;
      while (k < line.length() && isSpace(line.charAt(k))) {
        k++;
      }
      if (k > spaces && line.startsWith("to", k) && (k + 2 == line.length() || isSpace(line.charAt(k + 2)))) {
        return true;
      }
      from = at + 1;
    }
    return false;
  }

  /** Whether {@code s} holds {@code lower} (an ASCII word) as {@code equalsIgnoreCase} would match it. */
  private static boolean containsIgnoreCase(String s, String lower) {
    return indexIgnoreCase(s, lower, 0) >= 0;
  }

  private static int indexIgnoreCase(String s, String lower, int from) {
    char first = lower.charAt(0);
    for (int i = from; i + lower.length() <= s.length(); i++) {
      char c = s.charAt(i);
      // only an ASCII letter of either case, or a non-ASCII char (some fold to ASCII letters), can start a match
      if ((c < 128 && (c | 0x20) != first) || !s.regionMatches(true, i, lower, 0, lower.length())) {
        continue;
      }
      return i;
    }
    return -1;
  }

  /** The heading lines: the header title, or the opening lines up to the first line of running text. */
  static List<String> heading(String text, Header header) {
    List<String> lines = new ArrayList<>();
    if (header != null && header.title() != null) {
      lines.add(header.title());
    }
    int start = 0;
    for (int n = 0; n < MAX_LINES && start < text.length(); n++) {
      int nl = text.indexOf('\n', start);
      String line = (nl < 0 ? text.substring(start) : text.substring(start, nl)).strip();
      start = nl < 0 ? text.length() : nl + 1;
      if (line.isEmpty()) {
        continue;
      }
      if (line.length() > 150 || (line.endsWith(".") && SpaceSplit.count(line) > 12)) {
        break;
      }
      lines.add(line);
    }
    return lines;
  }

  private static void scan(String line, Countries countries, List<String> out) {
    scanPairs(line, countries, out, false);
  }

  private static void scanPairs(String line, Countries countries, List<String> out, boolean every) {
    String[] words = SpaceSplit.split(line.replace('\u2013', '-'));
    for (int w = 0; w < words.length; w++) {
      String word = words[w];
      int h = word.indexOf('-');
      int prev = -1;
      while (h > 0 && h < word.length() - 1) {
        // "Japan-U.S.-Australia": each pair of neighbours; only the first part may reach back over words.
        List<String> rightWords = new ArrayList<>();
        int next = word.indexOf('-', h + 1);
        rightWords.add(next > 0 ? word.substring(h + 1, next) : word.substring(h + 1));
        for (int k = w + 1; k < Math.min(words.length, w + 4); k++) {
          rightWords.add(words[k]);
        }
        String right = longestRight(rightWords, countries);
        // the left side is looked up only when the right one names a state (most hyphens join no states)
        String left = right == null ? null : prev < 0 ? longestLeft(words, w, word.substring(0, h), countries)
            : code(clean(word.substring(prev + 1, h)), countries);
        if (left != null && right != null) {
          if (every) {
            out.add(left);
            out.add(right);
          } else {
            add(out, left);
            add(out, right);
          }
        }
        prev = h;
        h = word.indexOf('-', h + 1);
      }
      if (word.equals("to") && w > 0 && words[w - 1].equalsIgnoreCase("visit")) {
        String host = longestRight(List.of(words).subList(w + 1, Math.min(words.length, w + 6)), countries);
        if (host != null) {
          add(out, host);
        }
      }
      if (word.equalsIgnoreCase("between")) {
        int and = -1;
        for (int k = w + 1; k < words.length; k++) {
          if (words[k].equals("and")) {
            and = k;
            break;
          }
        }
        if (and > 0) {
          String a = longestRight(List.of(words).subList(w + 1, and), countries);
          String b = longestRight(List.of(words).subList(and + 1, Math.min(words.length, and + 6)), countries);
          if (a != null && b != null) {
            add(out, a);
            add(out, b);
          }
        }
      }
    }
  }

  private static void add(List<String> out, String code) {
    if (!out.contains(code)) {
      out.add(code);
    }
  }

  private static String longestLeft(String[] words, int w, String first, Countries countries) {
    String best = null;
    String acc = clean(first);
    for (int k = w; k >= Math.max(0, w - 3); k--) {
      if (k < w) {
        acc = clean(words[k]) + " " + acc;
      }
      String code = code(acc, countries);
      if (code != null) {
        best = code;
      }
    }
    return best;
  }

  private static String longestRight(List<String> words, Countries countries) {
    String best = null;
    StringBuilder acc = new StringBuilder();
    int start = !words.isEmpty() && words.get(0).equalsIgnoreCase("the") ? 1 : 0;
    if (start < words.size()) {
      // every name tried begins with the first word, and a name must begin with a capital
      String first = clean(words.get(start));
      if (first.isEmpty() || !Character.isUpperCase(first.charAt(0))) {
        return null;
      }
    }
    for (int k = start; k < Math.min(words.size(), start + 5); k++) {
      acc.append(k > start ? " " : "").append(clean(words.get(k)));
      String code = code(acc.toString(), countries);
      if (code != null) {
        best = code;
      }
    }
    return best;
  }

  private static String clean(String w) {
    String s = w;
    if (s.endsWith("'s") || s.endsWith("\u2019s")) {
      s = s.substring(0, s.length() - 2);
    }
    while (!s.isEmpty() && ",;:()\"'\u2019".indexOf(s.charAt(s.length() - 1)) >= 0) {
      s = s.substring(0, s.length() - 1);
    }
    while (!s.isEmpty() && "(\"'".indexOf(s.charAt(0)) >= 0) {
      s = s.substring(1);
    }
    return s;
  }

  private static String code(String name, Countries countries) {
    if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
      return null;
    }
    return countries.byNameOrAdjective(name).map(Countries.Country::code).orElse(null);
  }
}
