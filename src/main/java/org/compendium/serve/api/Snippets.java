package org.compendium.serve.api;

import java.util.ArrayList;
import java.util.List;

/**
 * A search snippet as parts of plain text, each marked as a match or not. The index marks matches with
 * {@code <b>} and {@code </b>} in otherwise raw record text; splitting on exactly those markers means no other
 * markup in a record can ever reach a page or a client as markup (a record's own {@code <b>} at worst shows as
 * a highlight, never as HTML).
 */
public final class Snippets {
  private Snippets() {}

  /** One piece of a snippet. */
  public record Part(String text, boolean match) {}

  public static List<Part> parts(String snippet) {
    List<Part> out = new ArrayList<>();
    if (snippet == null) {
      return out;
    }
    int i = 0;
    while (i < snippet.length()) {
      int open = snippet.indexOf("<b>", i);
      if (open < 0) {
        out.add(new Part(snippet.substring(i), false));
        break;
      }
      if (open > i) {
        out.add(new Part(snippet.substring(i, open), false));
      }
      int close = snippet.indexOf("</b>", open + 3);
      if (close < 0) {
        out.add(new Part(snippet.substring(open + 3), true));
        break;
      }
      out.add(new Part(snippet.substring(open + 3, close), true));
      i = close + 4;
    }
    return out;
  }
}
