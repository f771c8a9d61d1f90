package org.compendium.store.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefArray;
import org.apache.lucene.util.BytesRefBuilder;
import org.apache.lucene.util.BytesRefIterator;
import org.apache.lucene.util.Counter;

/**
 * The ids of the records a search matches, each once, in ascending UTF-8 byte order (SQLite's order for text),
 * for walking a query's whole result (export). Held as UTF-8 bytes in one pool (Lucene's {@link BytesRefArray})
 * plus a sorted index: 24-27 bytes an id where a {@code TreeSet<String>} took 96-99 (100k matches, retained heap),
 * so a query that matches most of a large archive holds its ids, not an object graph per id. Strings are made
 * only while iterating. Not thread-safe while being built; immutable afterwards (each iterator is its own).
 */
public final class MatchingIds implements Iterable<String> {
  private final BytesRefArray ids;
  private final BytesRefArray.SortState order;
  private final int distinct;

  private MatchingIds(BytesRefArray ids) {
    this.ids = ids;
    this.order = ids.sort(Comparator.naturalOrder(), false);
    int n = 0;
    for (Distinct it = new Distinct(); it.next() != null; ) {
      n++;
    }
    this.distinct = n;
  }

  /** Collects ids in any order, with repeats; {@link #build} sorts them. */
  static final class Builder {
    private final BytesRefArray ids = new BytesRefArray(Counter.newCounter());

    /** Adds an id (its bytes are copied). */
    void add(BytesRef id) {
      ids.append(id);
    }

    MatchingIds build() {
      return new MatchingIds(ids);
    }
  }

  static Builder builder() {
    return new Builder();
  }

  /** Some ids (tests). */
  static MatchingIds of(Iterable<String> given) {
    Builder b = builder();
    for (String id : given) {
      b.add(new BytesRef(id));
    }
    return b.build();
  }

  /** How many distinct ids. */
  public int size() {
    return distinct;
  }

  /** The ids in ascending order, each once. */
  @Override
  public Iterator<String> iterator() {
    Distinct distinct = new Distinct();
    return new Iterator<>() {
      private BytesRef next = distinct.next();

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public String next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        String id = next.utf8ToString();
        next = distinct.next();
        return id;
      }
    };
  }

  /** The sorted ids' bytes with repeats skipped; each one returned is valid until the next call. */
  private final class Distinct {
    private final BytesRefIterator sorted = ids.iterator(order);
    private final BytesRefBuilder last = new BytesRefBuilder();
    private boolean started;

    BytesRef next() {
      try {
        for (BytesRef b = sorted.next(); b != null; b = sorted.next()) {
          if (!started || !b.bytesEquals(last.get())) {
            started = true;
            last.copyBytes(b);
            return last.get();
          }
        }
        return null;
      } catch (IOException e) {
        throw new UncheckedIOException(e); // in memory: does not happen
      }
    }
  }
}
