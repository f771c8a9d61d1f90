package org.compendium.util;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code String.split("\\s+")} gives, without the regex engine (these run on every line of every record):
 * the pieces between runs of the six ASCII spaces of {@code \\s}, a leading empty piece when the string starts
 * with one, no trailing empty pieces.
 */
public final class SpaceSplit {
  private SpaceSplit() {}

  /** Whether {@code c} is one of the characters of the regex class {@code \\s}. */
  public static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * {@code s.split("\\s+")} without the regex engine (this runs on every line of every record): the pieces between
   * runs of {@code \\s} characters, a leading empty piece when {@code s} starts with one, no trailing empty pieces.
   */
  public static String[] split(String s) {
    List<String> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    if (n > 0 && isSpace(s.charAt(0))) {
      out.add("");
      while (i < n && isSpace(s.charAt(i))) {
        i++;
      }
    }
    while (i < n) {
      int start = i;
      while (i < n && !isSpace(s.charAt(i))) {
        i++;
      }
      out.add(s.substring(start, i));
      while (i < n && isSpace(s.charAt(i))) {
        i++;
      }
    }
    if (n == 0) {
      return new String[] {s};
    }
    if (out.size() == 1 && out.get(0).isEmpty()) {
      return new String[0]; // only spaces: the one piece is a trailing empty one
    }
    return out.toArray(new String[0]);
  }

  /** {@code split(s).length}, without making the pieces. */
  public static int count(String s) {
    if (s.isEmpty()) {
      return 1;
    }
    int runs = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = isSpace(s.charAt(i));
      if (!space && !inWord) {
        runs++;
      }
      inWord = !space;
    }
    return runs == 0 ? 0 : runs + (isSpace(s.charAt(0)) ? 1 : 0);
  }
}
