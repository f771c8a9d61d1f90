package org.compendium.extract;

import java.util.Arrays;
import java.util.Locale;

/**
 * An open-addressing table from lower-case words to dense ids (0, 1, 2... in insertion order) that is looked up
 * by a range of a text's characters, lower-casing on the fly: a word is hashed once, without making a substring
 * or a lower-case copy. Lower-casing is {@code String.toLowerCase(Locale.ROOT)}; the few characters where that
 * is not one char to one char ('İ', 'Σ', surrogates) take a slow path through a real lower-case string.
 *
 * <p>Laid out for few cache misses, as it is probed once per token of every document: each slot is four ints
 * in one array (hash, id + 1, offset and length of the word in one char pool), so a probe reads one slot and,
 * when the hashes agree, the word's chars. Not thread-safe while growing; {@link Vocabulary} publishes a
 * finished table, {@link Tokens} keeps one per document.
 */
final class WordTable {
  /** Per slot: mixed hash, id + 1 (0: empty), offset in {@link #pool}, length. */
  private int[] slots;
  private int mask;
  private char[] pool = new char[256];
  private int poolSize;
  private String[] words = new String[16];
  private int size;

  WordTable(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    slots = new int[cap * 4];
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
    int id = get(lower, h);
    return id >= 0 ? id : insert(h, lower);
  }

  /** The id of an already lower-case word, or -1. */
  int get(String lower) {
    return get(lower, mix(lower.hashCode()));
  }

  private int get(String lower, int h) {
    int len = lower.length();
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      int b = slot << 2;
      int id = slots[b + 1];
      if (id == 0) {
        return -1;
      }
      if (slots[b] == h && slots[b + 3] == len) {
        int off = slots[b + 2];
        boolean same = true;
        for (int k = 0; k < len && same; k++) {
          same = pool[off + k] == lower.charAt(k);
        }
        if (same) {
          return id - 1;
        }
      }
    }
  }

  /** The id of the lower-case form of {@code s[start, end)}, or -1. */
  int get(char[] s, int start, int end) {
    int h = lowerHash(s, start, end);
    if (h == SLOW) {
      return get(new String(s, start, end - start).toLowerCase(Locale.ROOT));
    }
    return find(s, start, end, mix(h));
  }

  /** {@link #get(char[], int, int)} for a range without slow characters whose {@link #lowerHash} is known. */
  int get(char[] s, int start, int end, int lowerHash) {
    return find(s, start, end, mix(lowerHash));
  }

  /** The id of the lower-case form of {@code s[start, end)}, added if new. */
  int add(char[] s, int start, int end) {
    int h = lowerHash(s, start, end);
    if (h == SLOW) {
      return add(new String(s, start, end - start).toLowerCase(Locale.ROOT));
    }
    int hm = mix(h);
    int id = find(s, start, end, hm);
    return id >= 0 ? id : insert(hm, lowerString(s, start, end));
  }

  private int find(char[] s, int start, int end, int hm) {
    int len = end - start;
    for (int slot = hm & mask; ; slot = (slot + 1) & mask) {
      int b = slot << 2;
      int id = slots[b + 1];
      if (id == 0) {
        return -1;
      }
      if (slots[b] == hm && slots[b + 3] == len && sameLower(slots[b + 2], s, start, end)) {
        return id - 1;
      }
    }
  }

  private boolean sameLower(int off, char[] s, int start, int end) {
    char[] p = pool;
    for (int i = start; i < end; i++, off++) {
      char c = s[i];
      char l = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
      if (l != p[off]) {
        return false;
      }
    }
    return true;
  }

  private int insert(int hm, String word) {
    int id = size++;
    if (id == words.length) {
      words = Arrays.copyOf(words, id * 2);
    }
    words[id] = word;
    if (poolSize + word.length() > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + word.length()));
    }
    word.getChars(0, word.length(), pool, poolSize);
    place(hm, id, poolSize, word.length());
    poolSize += word.length();
    if (size * 2 > mask + 1) {
      grow();
    }
    return id;
  }

  private void place(int hm, int id, int off, int len) {
    int slot = hm & mask;
    while (slots[(slot << 2) + 1] != 0) {
      slot = (slot + 1) & mask;
    }
    int b = slot << 2;
    slots[b] = hm;
    slots[b + 1] = id + 1;
    slots[b + 2] = off;
    slots[b + 3] = len;
  }

  private void grow() {
    int[] old = slots;
    slots = new int[old.length * 2];
    mask = (slots.length >> 2) - 1;
    for (int b = 0; b < old.length; b += 4) {
      if (old[b + 1] != 0) {
        place(old[b], old[b + 1] - 1, old[b + 2], old[b + 3]);
      }
    }
  }

  /** Marks a range whose lower-case form is not one char per char. */
  private static final int SLOW = 0x9E3779B9;

  /** {@code String.hashCode} of the range's lower-case form, or {@link #SLOW}. */
  static int lowerHash(char[] s, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      char c = s[i];
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

  /** The lower-case form of a range that {@link #lowerHash} accepted (one char per char). */
  private static String lowerString(char[] s, int start, int end) {
    char[] out = new char[end - start];
    for (int i = start; i < end; i++) {
      char c = s[i];
      out[i - start] = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
    }
    return new String(out);
  }

  private static int mix(int h) {
    return h ^ (h >>> 16);
  }
}
