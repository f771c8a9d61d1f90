package org.compendium.store.link;

import java.util.List;

/**
 * What a name typed by a user found: nothing, one match, or several candidates (ambiguous). Best matches only:
 * an exact id or name hides looser matches.
 */
public record Lookup<T>(String query, List<T> matches) {
  public Lookup {
    matches = List.copyOf(matches);
  }

  public boolean isEmpty() {
    return matches.isEmpty();
  }

  public boolean isUnique() {
    return matches.size() == 1;
  }

  public boolean isAmbiguous() {
    return matches.size() > 1;
  }

  /** The one match; only when {@link #isUnique()}. */
  public T single() {
    if (!isUnique()) {
      throw new IllegalStateException(matches.size() + " matches for " + query);
    }
    return matches.get(0);
  }
}
