package org.compendium.util;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * A table of phrases with a value each ({@code phrase<TAB>value} rows of a data file), found in text as whole
 * words, case-insensitively, longest phrase first at each position (so "prime minister" wins over "minister").
 * Text and phrases are cut into tokens the same way (runs of letters and digits; every other non-space
 * character is a token of its own; spaces only separate), and phrases are looked up in a token trie, so the
 * cost is linear in the text whatever the table's size. Curly apostrophes match straight ones. Immutable.
 */
public final class PhraseTable {
  /** A phrase found in text: the table's value and where it was printed. */
  public record Hit(String value, int start, int end) {}

  /**
   * A trie node: the value of the phrase ending here (or null) and the next tokens. Lookups go through an
   * open-addressing table keyed by the token's characters in the text, so finding phrases makes no key strings.
   */
  private static final class Node {
    String value;
    final Map<String, Node> next = new HashMap<>();
    private String[] keys = new String[0];
    private Node[] nodes = new Node[0];

    /** Builds the lookup tables of this node and its descendants (after all phrases are in). */
    void freeze() {
      int cap = Integer.highestOneBit(Math.max(1, next.size() * 2 + 1)) << 1;
      keys = new String[cap];
      nodes = new Node[cap];
      for (Map.Entry<String, Node> e : next.entrySet()) {
        String k = e.getKey();
        int i = hash(k, 0, k.length()) & (cap - 1);
        while (keys[i] != null) {
          i = (i + 1) & (cap - 1);
        }
        keys[i] = k;
        nodes[i] = e.getValue();
        e.getValue().freeze();
      }
    }

    /** The child for the token {@code text[from, to)} (compared as {@link #token} would key it), or null. */
    Node child(CharSequence text, int from, int to) {
      int mask = keys.length - 1;
      for (int i = hash(text, from, to) & mask; keys[i] != null; i = (i + 1) & mask) {
        if (sameKey(keys[i], text, from, to)) {
          return nodes[i];
        }
      }
      return null;
    }

    private static int hash(CharSequence s, int from, int to) {
      int h = 0;
      for (int k = from; k < to; k++) {
        h = 31 * h + norm(s.charAt(k));
      }
      return h ^ (h >>> 16);
    }

    private static boolean sameKey(String key, CharSequence s, int from, int to) {
      if (key.length() != to - from) {
        return false;
      }
      for (int k = 0; k < key.length(); k++) {
        if (key.charAt(k) != norm(s.charAt(from + k))) {
          return false;
        }
      }
      return true;
    }
  }

  private final Node root = new Node();
  private final int size;

  /** Builds the table from a TSV data file with columns phrase, value. */
  public static PhraseTable load(String resource) {
    Map<String, String> m = new HashMap<>();
    for (String[] row : Resources.tsv(resource, 2)) {
      if (row[0].isEmpty() || row[1].isEmpty()) {
        throw new IllegalStateException(resource + ": row without phrase or value: " + String.join("\t", row));
      }
      m.put(row[0], row[1]);
    }
    return new PhraseTable(m);
  }

  public PhraseTable(Map<String, String> phraseToValue) {
    int n = 0;
    for (Map.Entry<String, String> e : phraseToValue.entrySet()) {
      int[] tokens = tokens(e.getKey(), 0, e.getKey().length());
      if (tokens[0] == 0) {
        continue;
      }
      Node node = root;
      for (int t = 0; t < tokens[0]; t++) {
        node = node.next.computeIfAbsent(token(e.getKey(), tokens[1 + 2 * t], tokens[2 + 2 * t]), k -> new Node());
      }
      node.value = e.getValue();
      n++;
    }
    this.size = n;
    root.freeze();
  }

  /** Every phrase in {@code text[start, end)}, in text order, non-overlapping, longest first. */
  public List<Hit> find(CharSequence text, int start, int end) {
    return find(text, tokens(text, start, end), i -> true);
  }

  /**
   * The same as {@link #find(CharSequence, int, int)} over the range that {@code tokens} cuts, given its tokens
   * as this table cuts text (runs of {@link Character#isLetterOrDigit(char)}, single other characters that are
   * neither {@link Character#isWhitespace(char)} nor {@link Character#isSpaceChar(char)}; in one array: the
   * count, then each token's start and end) and a test that may rule out, without looking it up, a token that
   * starts no phrase (it must pass every token whose key is one of {@link #firstTokens()}).
   */
  public List<Hit> find(CharSequence text, int[] tokens, IntPredicate mayStart) {
    int n = tokens[0];
    List<Hit> out = new ArrayList<>();
    int i = 0;
    while (i < n) {
      if (!mayStart.test(i)) {
        i++;
        continue;
      }
      Node node = root;
      int matchedEnd = -1;
      String value = null;
      for (int j = i; j < n; j++) {
        node = node.child(text, tokens[1 + 2 * j], tokens[2 + 2 * j]);
        if (node == null) {
          break;
        }
        if (node.value != null) {
          matchedEnd = j;
          value = node.value;
        }
      }
      if (matchedEnd >= 0) {
        out.add(new Hit(value, tokens[1 + 2 * i], tokens[2 + 2 * matchedEnd]));
        i = matchedEnd + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  public List<Hit> find(CharSequence text) {
    return find(text, 0, text.length());
  }

  public int size() {
    return size;
  }

  /** The keys of the tokens phrases start with: lower case ({@link Character#toLowerCase(char)}), "\u2019" as "'". */
  public Set<String> firstTokens() {
    return Collections.unmodifiableSet(root.next.keySet());
  }

  /**
   * Token boundaries: runs of letters and digits, and single other non-space characters. In one array (no
   * object per token): the count, then each token's start and end.
   */
  private static int[] tokens(CharSequence s, int start, int end) {
    int[] out = new int[1 + 2 * Math.min(end - start, 64)];
    int i = start;
    while (i < end) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int j = i + 1;
        while (j < end && Character.isLetterOrDigit(s.charAt(j))) {
          j++;
        }
        out = add(out, i, j);
        i = j;
      } else {
        if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
          out = add(out, i, i + 1);
        }
        i++;
      }
    }
    return out;
  }

  private static int[] add(int[] tokens, int start, int end) {
    int at = 1 + 2 * tokens[0];
    if (at + 2 > tokens.length) {
      tokens = java.util.Arrays.copyOf(tokens, tokens.length * 2 + 2);
    }
    tokens[at] = start;
    tokens[at + 1] = end;
    tokens[0]++;
    return tokens;
  }

  /** A token's lookup key: lower case, curly apostrophes straightened. */
  private static String token(CharSequence s, int from, int to) {
    char[] c = new char[to - from];
    for (int k = 0; k < c.length; k++) {
      c[k] = norm(s.charAt(from + k));
    }
    return new String(c);
  }

  private static char norm(char ch) {
    return ch == '\u2019' ? '\'' : Character.toLowerCase(ch);
  }
}
