package org.compendium.extract.person;

import java.util.ArrayList;
import java.util.List;

/**
 * Countries that list context gives the persons of a sentence: "Attendees from Japan side: ...", "U.S. side:
 * ...", "on the Japanese side, ...", "(From China, Mr. X ..., and from Japan, Mr. Y ...)" govern the persons
 * after them; "Mr. X and others on the Chinese side" governs the persons before it.
 */
final class SideMarkers {
  /** A side marker at token {@code at}; {@code before}: it governs the persons after it. */
  record Marker(int at, String country, boolean before) {}

  private final PersonLexicon lex;

  SideMarkers(PersonLexicon lex) {
    this.lex = lex;
  }

  /** The list-context country of the mention starting at token {@code pos} of sentence {@code from..to}, or null. */
  String countryAt(List<Token> toks, int from, int to, int pos) {
    return countryAt(markers(toks, from, to), pos);
  }

  /** The same, given the sentence's {@link #markers} (computed once per sentence). */
  static String countryAt(List<Marker> markers, int pos) {
    Marker prev = null;
    Marker next = null;
    for (Marker mk : markers) {
      if (mk.at() < pos) {
        prev = mk;
      } else if (next == null) {
        next = mk;
      }
    }
    if (next != null && !next.before() && (prev == null || !prev.before())) {
      return next.country();
    }
    return prev != null && prev.before() ? prev.country() : null;
  }

  /** The side markers of the sentence of tokens {@code from..to}, in order. */
  List<Marker> markers(List<Token> toks, int from, int to) {
    List<Marker> out = new ArrayList<>();
    for (int k = from; k < to; k++) {
      PersonLexicon.Match<String> cm = lex.country(toks, k);
      if (cm == null) {
        continue;
      }
      int e = cm.end();
      Token prev = k > from ? toks.get(k - 1) : null;
      boolean fromWord = prev != null && prev.lc().equals("from");
      if (e < to && lex.isCue("side", toks.get(e))) {
        int after = e + 1;
        boolean opens = after >= to || toks.get(after).is(":") || toks.get(after).is(",")
            || toks.get(after).is("|") || fromWord;
        boolean onThe = k >= from + 2 && toks.get(k - 1).lc().equals("the") && toks.get(k - 2).lc().equals("on");
        if (opens || onThe) {
          out.add(new Marker(k, cm.value(), opens));
        }
        k = e;
      } else if (fromWord && e < to && (toks.get(e).is(",") || toks.get(e).is(":"))) {
        out.add(new Marker(k, cm.value(), true));
        k = e;
      }
    }
    return out;
  }
}
