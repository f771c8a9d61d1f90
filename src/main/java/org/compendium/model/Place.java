package org.compendium.model;

import java.util.List;

/** A geographic name as printed at its first mention, with gazetteer facts when known. */
public record Place(String name, String type, String country, Double lat, Double lon, List<Span> mentions) {
  public Place {
    mentions = List.copyOf(mentions);
  }
}
