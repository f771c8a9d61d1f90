package org.compendium.track;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lower-case words of a sentence for cue matching: runs of letters, digits and inner apostrophes; "n't" is
 * split off as its own word ("hasn't" gives "has", "n't") so negations are seen.
 */
final class Words {
  private Words() {}

  static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && (Character.isLetterOrDigit(text.charAt(i))
          || (isApostrophe(text.charAt(i)) && i + 1 < n && Character.isLetter(text.charAt(i + 1))))) {
        i++;
      }
      if (i > start) {
        String w = text.substring(start, i).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (w.endsWith("n't") && w.length() > 3) {
          out.add(w.substring(0, w.length() - 3));
          out.add("n't");
        } else {
          out.add(w);
        }
      }
    }
    return out;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }
}
