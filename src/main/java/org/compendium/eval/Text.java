package org.compendium.eval;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Name normalization of the scoring rules (ANNOTATION.md "Scoring"): lowercase, Unicode NFKC, punctuation and
 * hyphens to spaces, possessive "'s" dropped, leading "the " removed, whitespace collapsed. Mirrors
 * {@code norm()} and {@code words()} of the reference scorer.
 */
final class Text {
  private static final Pattern NOT_WORD = Pattern.compile("(?U)[^\\w\\s']|_");
  private static final Pattern SPACES = Pattern.compile("(?U)\\s+");

  private Text() {}

  static String norm(String s) {
    if (s == null) {
      return "";
    }
    String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    t = NOT_WORD.matcher(t).replaceAll(" ");
    t = t.replace("'s ", " ").replace("'", "");
    t = SPACES.matcher(t).replaceAll(" ").strip();
    return t.startsWith("the ") ? t.substring(4) : t;
  }

  static List<String> words(String s) {
    String n = norm(s);
    return n.isEmpty() ? List.of() : Arrays.asList(n.split(" "));
  }
}
