package org.compendium.extract.place;

import java.util.ArrayList;
import java.util.List;
import org.compendium.extract.place.Tokens.Tok;
import org.compendium.model.Span;
import org.compendium.resolve.Countries;
import org.compendium.resolve.Gazetteer.Entry;

/**
 * Finds venues the gazetteer lacks from how the text names them: a capitalized name right after "in" or "at"
 * that follows a word of meeting ("talks in Kawana", "the summit meetings in Krasnoyarsk and Kawana", "signed
 * at Brdo"), the cue words coming from resolve/place-words.tsv (kind "venue"). Such a place has type "other"
 * and no country or coordinates. Conservative by design: the name must be one to three capitalized words
 * followed by punctuation or a lower-case word, and none of them may be a title, a head noun of a non-place
 * name, a nationality adjective, an acronym, a function word or part of a date. Stateless.
 */
final class VenueFinder {
  private static final int MAX_WORDS = 3;

  private final PlaceWords words;
  private final Countries countries;

  VenueFinder(PlaceWords words, Countries countries) {
    this.words = words;
    this.countries = countries;
  }

  /** Venues not among {@code known} and outside the {@code dates} spans. */
  List<PlaceFinder.Hit> find(Tokens t, List<PlaceFinder.Hit> known, List<Span> dates) {
    List<PlaceFinder.Hit> out = new ArrayList<>();
    for (int k = 0; k + 2 < t.size(); k++) {
      if (!t.get(k).venueCue()) {
        continue;
      }
      String prep = t.get(k + 1).key();
      if (!(prep.equals("in") || prep.equals("at")) || !t.sameLineSpace(k + 1)) {
        continue;
      }
      int i = k + 2;
      while (i < t.size()) {
        int end = nameEnd(t, i);
        if (end < 0) {
          break;
        }
        Span span = new Span(t.get(i).start(), t.get(end - 1).end());
        if (known.stream().noneMatch(h -> h.span().overlaps(span)) && dates.stream().noneMatch(d -> d.overlaps(span))) {
          String name = span.of(t.text);
          out.add(new PlaceFinder.Hit(span, new Entry(name, "other", null, null, null)));
        }
        // A list of venues: "in Krasnoyarsk and Kawana", "in Lima, Quito and Cusco".
        if (end + 1 < t.size() && (t.get(end).key().equals("and") || t.listGap(end))) {
          i = t.get(end).key().equals("and") ? end + 1 : end;
        } else {
          break;
        }
      }
    }
    return out;
  }

  /** The end (exclusive) of a venue name starting at token i, or -1 if none starts there. */
  private int nameEnd(Tokens t, int i) {
    int j = i;
    while (j < t.size() && j - i < MAX_WORDS + 1 && t.get(j).upper() && (j == i || joined(t, j))) {
      if (!plainNameWord(t, j)) {
        return -1;
      }
      j++;
    }
    if (j == i || j - i > MAX_WORDS) {
      return -1;
    }
    // A name that runs on into a capitalized word, a number or a possessive is something else ("in Kim's
    // office", "in Room 3").
    if (j < t.size() && joined(t, j) && (t.get(j).upper() || t.get(j).digit() || t.get(j).key().equals("'s"))) {
      return -1;
    }
    return j;
  }

  private static boolean joined(Tokens t, int j) {
    return t.gapIs(j, '-') || t.sameLineSpace(j);
  }

  private boolean plainNameWord(Tokens t, int j) {
    Tok tok = t.get(j);
    String printed = t.text.substring(tok.start(), tok.end());
    boolean acronym = printed.length() > 1 && printed.equals(printed.toUpperCase(java.util.Locale.ROOT));
    return !acronym && !Tokens.FUNCTION.contains(tok.key()) && !words.isTitle(tok.key())
        && words.head(tok.key()) == null && !tok.venueCue() && !words.isLanguage(tok.key())
        && countries.byNameOrAdjective(tok.key()).isEmpty();
  }
}
