package org.compendium.store;

/** What storing one record did. */
public enum Stored {
  /** A source seen for the first time. */
  NEW,
  /** A changed file at a known path: stored as the next version, the old one kept as history. */
  VERSION,
  /** The same content again: nothing written. */
  UNCHANGED
}
