package org.compendium.extract.commitment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.compendium.model.Span;
import org.compendium.resolve.Countries;

/**
 * Finds state names and nationality adjectives ("Japan", "the Russian Federation", "Russian", "U.S.") in a
 * piece of text, case-sensitively, with their ISO codes: names are token sequences indexed by their first
 * token, longest first. Built once from {@link Countries}; thread-safe. A name must not be glued to other
 * letters, but hyphens separate: "Japan-Russia" yields both.
 */
final class CountryMentions {
  /** One mention. */
  record Mention(Span span, String code) {}

  private record Name(String[] tokens, String code) {}

  /** Characters inside a word token that separate names: "Japan-Russia", "Japan's". */
  private static final String SEPARATORS = "-'\u2019";

  private final Map<String, List<Name>> byFirst = new HashMap<>();

  CountryMentions(Countries countries) {
    for (Countries.Country c : countries.all()) {
      List<String> names = new ArrayList<>(c.names());
      names.addAll(c.adjectives());
      for (String n : names) {
        if (n.length() < 2) {
          continue;
        }
        List<Token> toks = tokens(n, 0, n.length());
        if (toks.isEmpty()) {
          continue;
        }
        String[] raw = toks.stream().map(Token::raw).toArray(String[]::new);
        byFirst.computeIfAbsent(raw[0], k -> new ArrayList<>()).add(new Name(raw, c.code()));
      }
    }
    for (List<Name> list : byFirst.values()) {
      list.sort(Comparator.comparingInt((Name n) -> n.tokens().length).reversed());
    }
  }

  /** Words split at hyphens and apostrophes too, so "Japan-Russia" gives "Japan", "-", "Russia". */
  private static List<Token> tokens(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    for (Token t : Token.split(text, from, to)) {
      if (!t.word() || t.raw().indexOf('-') < 0 && t.raw().indexOf('\'') < 0 && t.raw().indexOf('\u2019') < 0) {
        out.add(t);
        continue;
      }
      int start = t.start();
      for (int i = t.start(); i <= t.end(); i++) {
        if (i == t.end() || SEPARATORS.indexOf(text.charAt(i)) >= 0) {
          if (i > start) {
            String raw = text.substring(start, i);
            out.add(new Token(raw.toLowerCase(java.util.Locale.ROOT), raw, start, i, true));
          }
          if (i < t.end()) {
            String sep = String.valueOf(text.charAt(i));
            out.add(new Token(sep, sep, i, i + 1, false));
          }
          start = i + 1;
        }
      }
    }
    return out;
  }

  List<Mention> find(String text, int from, int to) {
    List<Mention> out = new ArrayList<>();
    if (from >= to) {
      return out;
    }
    List<Token> toks = tokens(text, from, to);
    for (int i = 0; i < toks.size(); i++) {
      List<Name> names = byFirst.get(toks.get(i).raw());
      if (names == null) {
        continue;
      }
      for (Name n : names) {
        if (matches(n.tokens(), toks, i, text, to)) {
          int last = i + n.tokens().length - 1;
          out.add(new Mention(new Span(toks.get(i).start(), toks.get(last).end()), n.code()));
          i = last;
          break;
        }
      }
    }
    return out;
  }

  private static boolean matches(String[] name, List<Token> toks, int i, String text, int to) {
    if (i + name.length > toks.size()) {
      return false;
    }
    for (int k = 0; k < name.length; k++) {
      if (!toks.get(i + k).raw().equals(name[k])) {
        return false;
      }
    }
    // "U.S" must not stop inside "U.S.A": the next character may not be a letter or digit
    int end = toks.get(i + name.length - 1).end();
    return end >= to || !Character.isLetterOrDigit(text.charAt(end));
  }
}
