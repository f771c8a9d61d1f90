package org.compendium.extract;

import java.util.Arrays;

/**
 * A document's text cut once into base tokens, shared by the annotators (layer {@link Layers#TOKENS}).
 *
 * <p>A base token is one of: a run of letters ({@link Character#isLetter(char)}), a run of digits
 * ({@link Character#isDigit(char)}), or any one other character that is not whitespace
 * ({@link Character#isWhitespace(char)}) — punctuation, symbols, combining marks, each half of a surrogate
 * pair. Whitespace separates tokens and is no token. So "U.S.-Japan" is seven base tokens ("U", ".", "S", ".",
 * "-", "Japan") and "G20's" four ("G", "20", "'", "s").
 *
 * <p>What a token is not: a word in any one annotator's sense. Each annotator keeps its own joining rules
 * (inner hyphens and periods, apostrophes, possessives, abbreviations with their period, letters with digits)
 * and expresses them on top of these tokens, reading {@link #SPACE_BEFORE} and the character flags; a joined
 * word's id comes from {@link #idOf}.
 *
 * <p>Per token the layer keeps, in parallel int arrays: its UTF-16 offsets, its shape {@link #flags} and the
 * {@link Vocabulary} id of its lower-case form ({@code Locale.ROOT}), so a lexicon looks a word up by index
 * instead of hashing a new string. Words no lexicon knows get ids private to this document, from
 * {@code vocabulary().size()} up. Built by one thread; read-only afterwards, except that {@link #idOf} may add
 * a document word (use it from the annotator's own thread, as annotators run one after another).
 */
public final class Tokens {
  /** A run of letters. */
  public static final int LETTER = 1;
  /** A run of digits. */
  public static final int DIGIT = 1 << 1;
  /** One character that is neither letter, digit nor whitespace. */
  public static final int PUNCT = 1 << 2;
  /** The first character is upper case ({@link Character#isUpperCase(char)}). */
  public static final int UPPER = 1 << 3;
  /** The first character is lower case ({@link Character#isLowerCase(char)}). */
  public static final int LOWER = 1 << 4;
  /** Letters only, every one upper case ("UN", "PM", "A"). */
  public static final int ALL_CAPS = 1 << 5;
  /** Whitespace separates this token from the one before (always set on the first token). */
  public static final int SPACE_BEFORE = 1 << 6;
  /** The first token, or a line break ('\n' or '\r') stands between this token and the one before. */
  public static final int LINE_START = 1 << 7;
  /** Two or more '\n' stand between this token and the one before (a blank line). */
  public static final int BLANK_LINE_BEFORE = 1 << 8;
  /** A hyphen-like character: '-', U+2010, U+2011, U+2013. */
  public static final int HYPHEN = 1 << 9;
  /** A period '.'. */
  public static final int PERIOD = 1 << 10;
  /** An apostrophe: '\'' or U+2019. */
  public static final int APOSTROPHE = 1 << 11;
  /** Every character is ASCII. */
  public static final int ASCII = 1 << 12;
  /**
   * Whitespace before this token holds a character other than the six ASCII spaces (' ', tab, line feed,
   * vertical tab, form feed, carriage return): for tokenizers whose {@code \S} sees such a character as a token.
   */
  public static final int ODD_SPACE_BEFORE = 1 << 13;
  /** The token's text is its own lower-case form (no character changes in lower case): "talks", "2024", ",". */
  public static final int SAME_LOWER = 1 << 14;

  private final String text;
  /** The text's chars, scanned and hashed without String's per-char checks. */
  private final char[] chars;
  private final Vocabulary vocabulary;
  private final WordTable base;
  private final int baseSize;
  /** Words of this document that the vocabulary does not hold (ids from baseSize up); made on demand. */
  private WordTable local;
  private int size;
  /** Entries of the word cache: hash, id + 1 (0: empty), start and length of a range with that id. */
  private static final int CACHE = 512;
  private final int[] cache = new int[CACHE * 4];
  private int[] starts;
  private int[] ends;
  private int[] ids;
  private int[] flags;

  private Tokens(String text, Vocabulary vocabulary) {
    this.text = text;
    this.chars = text.toCharArray();
    this.vocabulary = vocabulary;
    this.base = vocabulary.table();
    this.baseSize = base.size();
    int cap = Math.max(16, text.length() / 4);
    starts = new int[cap];
    ends = new int[cap];
    ids = new int[cap];
    flags = new int[cap];
  }

  /** Cuts {@code text} into base tokens, numbering words by {@code vocabulary} (which this freezes). */
  public static Tokens of(String text, Vocabulary vocabulary) {
    Tokens t = new Tokens(text, vocabulary);
    t.scan();
    return t;
  }

  private void scan() {
    char[] s = chars;
    int n = s.length;
    int i = 0;
    int gap = SPACE_BEFORE | LINE_START;
    int newlines = 0;
    while (i < n) {
      char c = s[i];
      if (c <= ' ' || c >= 128) {
        if (Character.isWhitespace(c)) {
          gap |= SPACE_BEFORE;
          if (c >= 128 || (c < '\t' || c > '\r') && c != ' ') {
            gap |= ODD_SPACE_BEFORE;
          }
          if (c == '\n') {
            gap |= LINE_START;
            if (++newlines > 1) {
              gap |= BLANK_LINE_BEFORE;
            }
          } else if (c == '\r') {
            gap |= LINE_START;
          }
          i++;
          continue;
        }
      }
      int start = i;
      int f = gap;
      if (isLetter(c)) {
        boolean caps = true;
        boolean ascii = true;
        boolean same = true;
        int h = 0;
        boolean slow = false;
        while (i < n) {
          char d = s[i];
          if (d < 128) {
            if (d >= 'a' && d <= 'z') {
              caps = false;
              h = 31 * h + d;
            } else if (d >= 'A' && d <= 'Z') {
              same = false;
              h = 31 * h + (d + 32);
            } else {
              break;
            }
          } else if (Character.isLetter(d)) {
            ascii = false;
            caps &= Character.isUpperCase(d);
            if (d == '\u0130' || d == '\u03A3') {
              slow = true;
            }
            char l = Character.toLowerCase(d);
            same &= l == d;
            h = 31 * h + l;
          } else {
            break;
          }
          i++;
        }
        f |= LETTER | (caps ? ALL_CAPS : 0) | (ascii ? ASCII : 0) | (same ? SAME_LOWER : 0)
            | (Character.isUpperCase(c) ? UPPER : Character.isLowerCase(c) ? LOWER : 0);
        add(start, i, f, slow ? lookupSlow(start, i) : lookup(start, i, h));
      } else if (isDigit(c)) {
        int h = 0;
        int ascii = ASCII;
        while (i < n) {
          char d = s[i];
          if (d >= '0' && d <= '9') {
            h = 31 * h + d;
            i++;
          } else if (d >= 128 && Character.isDigit(d)) {
            ascii = 0;
            h = 31 * h + d;
            i++;
          } else {
            break;
          }
        }
        add(start, i, f | DIGIT | ascii | SAME_LOWER, lookup(start, i, h)); // digits have no case
      } else {
        i++;
        f |= PUNCT | (c < 128 ? ASCII | SAME_LOWER : Character.toLowerCase(c) == c ? SAME_LOWER : 0);
        if (c == '.') {
          f |= PERIOD;
        } else if (c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013') {
          f |= HYPHEN;
        } else if (c == '\'' || c == '\u2019') {
          f |= APOSTROPHE;
        } else if (Character.isUpperCase(c)) {
          f |= UPPER; // not a letter yet upper case: a few symbols (Ⓐ)
        } else if (Character.isLowerCase(c)) {
          f |= LOWER;
        }
        add(start, i, f, Character.isSurrogate(c) ? lookupSlow(start, i) : lookup(start, i, WordTable.lowerHash(s, start, i)));
      }
      gap = 0;
      newlines = 0;
    }
  }

  private static boolean isLetter(char c) {
    return c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : Character.isLetter(c);
  }

  private static boolean isDigit(char c) {
    return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
  }

  /** The id of a range without slow characters (see {@link WordTable}) whose lower-case hash is known. */
  private int lookup(int start, int end, int hash) {
    // A small direct-mapped cache of this document's words first: most tokens repeat a recent word, and the
    // cache (a few KB) stays in the CPU cache where the vocabulary's table does not.
    int slot = ((hash ^ (hash >>> 13)) & (CACHE - 1)) << 2;
    int[] c = cache;
    if (c[slot] == hash && c[slot + 3] == end - start && c[slot + 1] != 0 && sameLower(c[slot + 2], start, end)) {
      return c[slot + 1] - 1;
    }
    int id = base.get(chars, start, end, hash);
    if (id < 0) {
      id = localId(start, end);
    }
    c[slot] = hash;
    c[slot + 1] = id + 1;
    c[slot + 2] = start;
    c[slot + 3] = end - start;
    return id;
  }

  /** Whether the text at {@code from} reads, lower-cased char by char, as {@code [start, end)} does. */
  private boolean sameLower(int from, int start, int end) {
    char[] s = chars;
    for (int i = start, j = from; i < end; i++, j++) {
      char a = s[i];
      char b = s[j];
      if (a != b && lower(a) != lower(b)) {
        return false;
      }
    }
    return true;
  }

  private static char lower(char c) {
    return c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
  }

  private int lookupSlow(int start, int end) {
    return idOf(start, end);
  }

  private int localId(int start, int end) {
    if (local == null) {
      local = new WordTable(Math.max(64, text.length() / 24)); // sized so that it seldom grows
    }
    return baseSize + local.add(chars, start, end);
  }

  private void add(int start, int end, int f, int id) {
    if (size == starts.length) {
      int cap = size * 2;
      starts = Arrays.copyOf(starts, cap);
      ends = Arrays.copyOf(ends, cap);
      ids = Arrays.copyOf(ids, cap);
      flags = Arrays.copyOf(flags, cap);
    }
    starts[size] = start;
    ends[size] = end;
    ids[size] = id;
    flags[size] = f;
    size++;
  }

  public String text() {
    return text;
  }

  public Vocabulary vocabulary() {
    return vocabulary;
  }

  public int size() {
    return size;
  }

  public int start(int i) {
    return starts[i];
  }

  public int end(int i) {
    return ends[i];
  }

  /** The id of token {@code i}'s lower-case form. */
  public int id(int i) {
    return ids[i];
  }

  public int flags(int i) {
    return flags[i];
  }

  /** Whether token {@code i} has every flag of {@code mask}. */
  public boolean is(int i, int mask) {
    return (flags[i] & mask) == mask;
  }

  /** Whether token {@code i} has any flag of {@code mask}. */
  public boolean any(int i, int mask) {
    return (flags[i] & mask) != 0;
  }

  /** The char a one-character token holds (a punctuation mark), or 0 for longer tokens. */
  public char ch(int i) {
    return ends[i] - starts[i] == 1 ? text.charAt(starts[i]) : 0;
  }

  /** Token {@code i}'s text (a new string). */
  public String string(int i) {
    return text.substring(starts[i], ends[i]);
  }

  /** Whether token {@code i}'s text is exactly {@code s} (case-sensitive; no allocation). */
  public boolean textIs(int i, String s) {
    return ends[i] - starts[i] == s.length() && text.startsWith(s, starts[i]);
  }

  /** The lower-case form of the word with id {@code id} (shared; no allocation). */
  public String word(int id) {
    return id < baseSize ? base.word(id) : local.word(id - baseSize);
  }

  /** Token {@code i}'s lower-case form (shared; no allocation). */
  public String lower(int i) {
    return word(ids[i]);
  }

  /**
   * The id of the lower-case form of any range of the text — a word an annotator joined from several base
   * tokens ("u.s.", "secretary-general") — added to this document's words if new.
   */
  public int idOf(int start, int end) {
    int id = base.get(chars, start, end);
    return id >= 0 ? id : localId(start, end);
  }

  /** The index of the first token that ends after {@code offset} ({@link #size()} when none). */
  public int indexAfter(int offset) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
