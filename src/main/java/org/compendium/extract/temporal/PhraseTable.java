package org.compendium.extract.temporal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-word phrases ("the following day", "by the end of") looked up by their first token, matched
 * case-insensitively against a token list, longest first.
 */
final class PhraseTable<V> {
  /** A phrase that matched at some token: its value and the token index just after it. */
  record Hit<V>(V value, int end) {}

  private record Entry<V>(String[] tokens, V value) {}

  private final Map<String, List<Entry<V>>> byFirst = new HashMap<>();

  void add(String phrase, V value) {
    List<Token> toks = Token.tokenize(phrase);
    if (toks.isEmpty()) {
      throw new IllegalArgumentException("empty phrase");
    }
    String[] lower = toks.stream().map(Token::lower).toArray(String[]::new);
    List<Entry<V>> list = byFirst.computeIfAbsent(lower[0], k -> new ArrayList<>());
    list.add(new Entry<>(lower, value));
    list.sort(Comparator.comparingInt((Entry<V> e) -> e.tokens.length).reversed());
  }

  boolean startsAny(Token t) {
    return byFirst.containsKey(t.lower());
  }

  /** Every phrase that matches at {@code i}, longest first. */
  List<Hit<V>> matchAt(List<Token> tokens, int i) {
    List<Entry<V>> list = byFirst.get(tokens.get(i).lower());
    if (list == null) {
      return List.of();
    }
    List<Hit<V>> hits = new ArrayList<>(2);
    for (Entry<V> e : list) {
      if (i + e.tokens.length > tokens.size()) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < e.tokens.length && ok; k++) {
        ok = tokens.get(i + k).lower().equals(e.tokens[k]);
      }
      if (ok) {
        hits.add(new Hit<>(e.value, i + e.tokens.length));
      }
    }
    return hits;
  }
}
