package org.compendium.query;

import java.util.List;

/**
 * Which entries a timeline shows: of current records with this topic (exact, any case), one of these countries
 * (ISO alpha-3; a commitment's parties must include one), a participant or speaker whose name contains
 * {@code person} (any case; the canonical person's name counts too), citing an instrument whose name or registry
 * title contains {@code instrument}. Null or empty: no filter.
 */
public record TimelineQuery(String topic, List<String> countries, String person, String instrument) {
  public TimelineQuery {
    countries = countries == null ? List.of() : List.copyOf(countries);
  }

  public static TimelineQuery all() {
    return new TimelineQuery(null, List.of(), null, null);
  }
}
