package org.compendium.extract.temporal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-word phrases ("the following day", "by the end of") in a word trie, matched case-insensitively against
 * a token list, longest first. Built once, then read-only.
 */
final class PhraseTrie<V> {
  /** A phrase that matched at some token: its value and the token index just after it. */
  record Hit<V>(V value, int end) {}

  private static final class Node<V> {
    final Map<String, Node<V>> next = new HashMap<>();
    V value;
  }

  private final Node<V> root = new Node<>();

  void add(String phrase, V value) {
    List<Token> toks = Token.tokenize(phrase);
    if (toks.isEmpty()) {
      throw new IllegalArgumentException("empty phrase");
    }
    Node<V> n = root;
    for (Token t : toks) {
      n = n.next.computeIfAbsent(t.lower(), k -> new Node<>());
    }
    if (n.value == null) {
      n.value = value;
    }
  }

  /** The first words of the phrases (lower case). */
  java.util.Set<String> firstWords() {
    return java.util.Set.copyOf(root.next.keySet());
  }

  boolean startsAny(Token t) {
    return root.next.containsKey(t.lower());
  }

  /** Every phrase that matches at {@code i}, longest first. */
  List<Hit<V>> matchAt(List<Token> tokens, int i) {
    List<Hit<V>> hits = null;
    Node<V> n = root;
    for (int k = i; k < tokens.size(); k++) {
      n = n.next.get(tokens.get(k).lower());
      if (n == null) {
        break;
      }
      if (n.value != null) {
        if (hits == null) {
          hits = new ArrayList<>(2);
        }
        hits.add(0, new Hit<>(n.value, k + 1));
      }
    }
    return hits == null ? List.of() : hits;
  }
}
