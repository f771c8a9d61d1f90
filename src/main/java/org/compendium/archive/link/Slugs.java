package org.compendium.archive.link;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Readable ids from names: ASCII lower case, words joined by hyphens, at most 60 characters. */
final class Slugs {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
  private static final int MAX = 60;

  private Slugs() {}

  /** The slug of {@code name}, or {@code fallback} when nothing of it is ASCII. */
  static String of(String name, String fallback) {
    String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    s = NON_WORD.matcher(s).replaceAll("-");
    s = trim(s);
    if (s.length() > MAX) {
      int cut = s.lastIndexOf('-', MAX);
      s = trim(s.substring(0, cut > 20 ? cut : MAX));
    }
    return s.isEmpty() ? fallback : s;
  }

  private static String trim(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && s.charAt(a) == '-') {
      a++;
    }
    while (b > a && s.charAt(b - 1) == '-') {
      b--;
    }
    return s.substring(a, b);
  }
}
