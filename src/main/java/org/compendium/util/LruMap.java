package org.compendium.util;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map that holds at most {@code capacity} entries, forgetting the least recently used (read or written) when
 * it would hold more: a cache of what is asked again and again. Not synchronized.
 */
public final class LruMap<K, V> extends LinkedHashMap<K, V> {
  private final int capacity;

  public LruMap(int capacity) {
    super(Math.min(capacity, 256), 0.75f, true);
    this.capacity = capacity;
  }

  @Override
  protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
    return size() > capacity;
  }
}
