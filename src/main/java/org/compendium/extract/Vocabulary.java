package org.compendium.extract;

import java.util.Locale;

/**
 * One numbering of lower-case words shared by the annotators of a pipeline, so that a word of a document is
 * hashed once (by {@link Tokens}) and every lexicon looks it up by its int id (an array index) instead of
 * hashing the string again.
 *
 * <p>Life cycle: while the annotators are built (in parallel) each lexicon {@link #intern}s the words it will
 * look up and keeps their ids; the vocabulary is then {@link #freeze frozen} (at the latest when the first
 * document is tokenized) and never changes again, so it can be read by many threads. Words of a document that
 * no lexicon knows get ids from {@link #size()} up, private to that document's {@link Tokens}: an id at or
 * above {@code size()} is in no lexicon.
 */
public final class Vocabulary {
  private final WordTable building = new WordTable(1 << 14);
  /** The finished table, set once by {@link #freeze}; read without locking afterwards. */
  private volatile WordTable frozen;

  /** The id of {@code word}'s lower-case form ({@code Locale.ROOT}), added if new. Only before freezing. */
  public synchronized int intern(String word) {
    if (frozen != null) {
      throw new IllegalStateException("vocabulary is frozen; intern words while building the lexicons");
    }
    return building.add(word.toLowerCase(Locale.ROOT));
  }

  /** Ends the building phase; idempotent. */
  public Vocabulary freeze() {
    if (frozen == null) {
      synchronized (this) {
        if (frozen == null) {
          frozen = building;
        }
      }
    }
    return this;
  }

  /** The finished table (freezing on first use). */
  WordTable table() {
    WordTable t = frozen;
    return t != null ? t : freeze().frozen;
  }

  /** The number of words (frozen); every id below it is a lexicon word. */
  public int size() {
    return table().size();
  }

  /** The id of the lower-case form of {@code s[start, end)}, or -1 when no lexicon interned it (frozen). */
  public int id(String s, int start, int end) {
    return table().get(s.substring(start, end).toLowerCase(Locale.ROOT));
  }

  /** The id of {@code word}'s lower-case form, or -1 (frozen). */
  public int id(String word) {
    return table().get(word.toLowerCase(Locale.ROOT));
  }

  /** The lower-case word of an id below {@link #size()}. */
  public String word(int id) {
    return table().word(id);
  }
}
