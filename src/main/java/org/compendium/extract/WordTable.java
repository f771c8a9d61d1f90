package org.compendium.extract;

import java.util.Arrays;
import java.util.Locale;

/**
 * An open-addressing table from lower-case words to dense ids (0, 1, 2... in insertion order) that is looked up
 * by a range of any text, lower-casing on the fly: a word is hashed once, without making a substring or a
 * lower-case copy. Lower-casing is {@code String.toLowerCase(Locale.ROOT)}; the few characters where that is not
 * one char to one char ('İ', 'Σ', surrogates) take a slow path through a real lower-case string. Not thread-safe
 * while growing; {@link Vocabulary} publishes a finished table, {@link Tokens} keeps one per document.
 */
final class WordTable {
  private String[] keys;
  private int[] ids;
  /** The mixed hash of each slot's key: compared first, so a probe rarely touches a key that cannot match. */
  private int[] hashes;
  private String[] words = new String[16];
  private int size;
  private int mask;

  WordTable(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new String[cap];
    ids = new int[cap];
    hashes = new int[cap];
    mask = cap - 1;
  }

  int size() {
    return size;
  }

  /** The word of an id of this table. */
  String word(int id) {
    return words[id];
  }

  /** The id of an already lower-case word, added if new. */
  int add(String lower) {
    int h = mix(lower.hashCode());
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      String k = keys[slot];
      if (k == null) {
        return insert(slot, lower, h);
      }
      if (hashes[slot] == h && k.equals(lower)) {
        return ids[slot];
      }
    }
  }

  /** The id of an already lower-case word, or -1. */
  int get(String lower) {
    int h = mix(lower.hashCode());
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      String k = keys[slot];
      if (k == null) {
        return -1;
      }
      if (hashes[slot] == h && k.equals(lower)) {
        return ids[slot];
      }
    }
  }

  /** The id of the lower-case form of {@code s[start, end)}, or -1. */
  int get(String s, int start, int end) {
    int h = lowerHash(s, start, end);
    if (h == SLOW) {
      return get(s.substring(start, end).toLowerCase(Locale.ROOT));
    }
    return find(s, start, end, mix(h));
  }

  /** {@link #get(String, int, int)} for a range without slow characters whose {@link #lowerHash} is known. */
  int get(String s, int start, int end, int lowerHash) {
    return find(s, start, end, mix(lowerHash));
  }

  /** The id of the lower-case form of {@code s[start, end)}, added if new. */
  int add(String s, int start, int end) {
    int h = lowerHash(s, start, end);
    if (h == SLOW) {
      return add(s.substring(start, end).toLowerCase(Locale.ROOT));
    }
    int hm = mix(h);
    int slot = hm & mask;
    for (; ; slot = (slot + 1) & mask) {
      String k = keys[slot];
      if (k == null) {
        return insert(slot, lowerString(s, start, end), hm);
      }
      if (hashes[slot] == hm && sameLower(k, s, start, end)) {
        return ids[slot];
      }
    }
  }

  private int find(String s, int start, int end, int hm) {
    for (int slot = hm & mask; ; slot = (slot + 1) & mask) {
      String k = keys[slot];
      if (k == null) {
        return -1;
      }
      if (hashes[slot] == hm && sameLower(k, s, start, end)) {
        return ids[slot];
      }
    }
  }

  private int insert(int slot, String word, int hm) {
    int id = size++;
    keys[slot] = word;
    ids[slot] = id;
    hashes[slot] = hm;
    if (id == words.length) {
      words = Arrays.copyOf(words, id * 2);
    }
    words[id] = word;
    if (size * 2 > keys.length) {
      grow();
    }
    return id;
  }

  private void grow() {
    String[] oldKeys = keys;
    int[] oldIds = ids;
    int[] oldHashes = hashes;
    keys = new String[oldKeys.length * 2];
    ids = new int[oldKeys.length * 2];
    hashes = new int[oldKeys.length * 2];
    mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        int slot = oldHashes[i] & mask;
        while (keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        ids[slot] = oldIds[i];
        hashes[slot] = oldHashes[i];
      }
    }
  }

  /** Marks a range whose lower-case form is not one char per char. */
  private static final int SLOW = 0x9E3779B9;

  /** {@code String.hashCode} of the range's lower-case form, or {@link #SLOW}. */
  static int lowerHash(String s, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      char l;
      if (c < 128) {
        l = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
      } else if (c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c)) {
        return SLOW;
      } else {
        l = Character.toLowerCase(c);
      }
      h = 31 * h + l;
    }
    // SLOW is a legal hash value too: such a range simply takes the slow path (same result).
    return h;
  }

  private static boolean sameLower(String key, String s, int start, int end) {
    if (key.length() != end - start) {
      return false;
    }
    for (int i = start, k = 0; i < end; i++, k++) {
      char c = s.charAt(i);
      char l = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
      if (l != key.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The lower-case form of a range that {@link #lowerHash} accepted (one char per char). */
  private static String lowerString(String s, int start, int end) {
    char[] out = new char[end - start];
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      out[i - start] = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
    }
    return new String(out);
  }

  private static int mix(int h) {
    return h ^ (h >>> 16);
  }
}
