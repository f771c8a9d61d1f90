package org.compendium.resolve;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Name comparison for persons: a lookup key (lower case, NFKC, punctuation and hyphens to spaces), name tokens,
 * and whether a short form ("Koizumi", "President Hu", "V. Putin") can denote a full name. Works on names only:
 * titles must be stripped by the caller.
 */
public final class PersonNames {
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private PersonNames() {}

  /** The lookup key of a name: "Kim Jong-Il" and "KIM JONG IL" both give "kim jong il". */
  public static String key(String name) {
    String ascii = asciiKey(name);
    return ascii != null ? ascii : normalizedKey(name);
  }

  /** The general path of {@link #key}, for any text. */
  static String normalizedKey(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    s = s.replace("\u2019", "").replace("'", "");
    return NON_WORD.matcher(s).replaceAll(" ").strip();
  }

  /**
   * The key of an all-ASCII name without normalizer or regex (the common case, also at directory load), or
   * null for any other name. Same result as the general path: NFKC leaves ASCII alone, apostrophes are dropped
   * and every run of other non-alphanumerics becomes one space, trimmed at both ends.
   */
  private static String asciiKey(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    boolean gap = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 128) {
        return null;
      }
      if (c == '\'') {
        continue;
      }
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
      if (!alnum) {
        gap = true;
        continue;
      }
      if (gap && sb.length() > 0) {
        sb.append(' ');
      }
      gap = false;
      sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
    }
    return sb.toString();
  }

  /** The key's words. */
  public static List<String> words(String name) {
    String k = key(name);
    return k.isEmpty() ? List.of() : List.of(k.split(" "));
  }

  /**
   * Whether {@code shortForm} can be a mention of the person called {@code full}: equal keys; or a one-word
   * form equal to the full name's first or last word (family name, first for Chinese and Korean names); or a
   * longer form with the same last word whose other words each match a word of the full name or are an
   * initial of one.
   */
  public static boolean canDenote(String shortForm, String full) {
    return canDenote(words(shortForm), words(full));
  }

  /** As {@link #canDenote(String, String)}, for names already cut by {@link #words}. */
  public static boolean canDenote(List<String> s, List<String> f) {
    if (s.isEmpty() || f.isEmpty()) {
      return false;
    }
    if (s.equals(f)) {
      return true;
    }
    if (s.size() == 1) {
      // the family name, a one-word given name, or the first of two family names ("Duque" of "Iván Duque Márquez")
      return s.get(0).equals(f.get(f.size() - 1)) || (f.size() > 1 && s.get(0).equals(f.get(0)))
          || (f.size() >= 3 && s.get(0).equals(f.get(f.size() - 2)));
    }
    if (!s.get(s.size() - 1).equals(f.get(f.size() - 1)) || s.size() > f.size() + 1) {
      return false;
    }
    for (int i = 0; i < s.size() - 1; i++) {
      String w = s.get(i);
      boolean ok = false;
      for (int j = 0; j < f.size() - 1 && !ok; j++) {
        String g = f.get(j);
        ok = g.equals(w) || (w.length() == 1 && g.startsWith(w));
      }
      if (!ok && !(w.length() == 1 && i > 0)) {
        return false; // an unmatched middle initial ("Vladimir V. Putin") is allowed, nothing else
      }
    }
    return true;
  }

  /** The scorer's notion of one person: equal keys, or equal last words and equal first letters. */
  public static boolean samePerson(String a, String b) {
    List<String> x = words(a);
    List<String> y = words(b);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    return x.equals(y)
        || (x.get(x.size() - 1).equals(y.get(y.size() - 1)) && x.get(0).charAt(0) == y.get(0).charAt(0));
  }
}
