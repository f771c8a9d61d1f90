package org.compendium.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.compendium.model.Record;

/**
 * Facts derived across records (such as the evidence that a later record reports an earlier commitment), kept
 * in step with the stored records inside the store's own transactions. A derivation must give the same result
 * whatever order the records arrive in, so it can be brought up to date at any time by {@link #heal}.
 * Derivations are found with {@link java.util.ServiceLoader} (listed in
 * {@code META-INF/services/org.compendium.store.Derivation}), so the store knows none of them by name.
 */
public interface Derivation {
  /**
   * Called inside the savepoint of a record just written (a new source, or a new version replacing
   * {@code replaced}, which may be null). Throwing rolls that record back like any other write failure.
   */
  void stored(Connection c, Record r, String replaced) throws SQLException;

  /**
   * Work on the record alone (no store access), which the store may run on another thread before the write (the
   * ingest runs it on its extraction threads) and hands to {@link #stored(Connection, Record, String, Object)}.
   * Must be thread-safe. By default nothing.
   */
  default Object prepare(Record r) {
    return null;
  }

  /** {@link #stored(Connection, Record, String)} with what {@link #prepare} gave for {@code r} (null: nothing). */
  default void stored(Connection c, Record r, String replaced, Object prepared) throws SQLException {
    stored(c, r, replaced);
  }

  /**
   * Called when the store opens, in a transaction of its own: catches up on current records stored while this
   * derivation was not present (or under an older version of its data), and drops what no longer holds.
   * Should be cheap when there is nothing to do. A long catch-up may commit {@code c} along the way (every
   * {@link #HEAL_COMMIT_EVERY} records), so that a million records are not one transaction and a crash keeps
   * what was done (it does not change the catch-up's rate, bench/ARCHIVE.md); each commit must leave a state the next
   * heal resumes from (some records caught up, the others not, as after an ordinary ingest of some of them).
   */
  void heal(Connection c) throws SQLException;

  /** Records a catch-up ({@link #heal}) handles between two commits. */
  int HEAL_COMMIT_EVERY = 2_000;
}
