package org.compendium.util;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * Read-only word sets for membership tests in hot loops. {@code Set.of} finds a word by a modulo of its hash
 * (an integer division per lookup) and linear probing; a hash set uses a mask, which matters when every token
 * of every sentence is tested against several sets. Use only for {@code contains}: the iteration order is
 * the hash set's.
 */
public final class WordSet {
  private WordSet() {}

  /** A read-only set of the given words (duplicates allowed). */
  public static Set<String> of(String... words) {
    return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(words)));
  }

  /** A read-only copy of {@code words}. */
  public static Set<String> copyOf(Collection<String> words) {
    return Collections.unmodifiableSet(new HashSet<>(words));
  }
}
