package org.compendium.model;

import java.util.List;

/** A named international instrument and how the record relates to it. */
public record Instrument(String id, String name, Integer year, Relation relation, List<Span> mentions) {
  public Instrument {
    mentions = List.copyOf(mentions);
  }

  /** How the record relates to an instrument. */
  public enum Relation {
    cited, signed, planned
  }
}
