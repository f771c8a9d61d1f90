package org.compendium.extract.person;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compendium.model.Place;

/**
 * A country for persons nothing else placed: the state the record's places and hyphenated pairs ("U.S.-India")
 * point to most often, among those no placed person already represents (a Washington memorandum naming a Japanese ambassador gives the other
 * persons the United States). Limits: a guess; used only when the mentions, lists, heading and directory say
 * nothing.
 */
final class FallbackCountry {
  private FallbackCountry() {}

  static void fill(List<PersonLinker.Cluster> clusters, List<Place> places, List<String> pairCountries) {
    Set<String> known = new HashSet<>();
    boolean missing = false;
    for (PersonLinker.Cluster c : clusters) {
      if (!c.participant) {
        continue; // persons only talked about say nothing about who else is present
      }
      if (c.resolved && c.country != null) {
        known.add(c.country);
      } else if (c.country == null && !c.resolved) {
        missing = true;
      }
    }
    if (!missing) {
      return;
    }
    Map<String, Integer> counts = new HashMap<>();
    String best = null;
    for (Place p : places) {
      if (p.country() == null || known.contains(p.country())) {
        continue;
      }
      int n = counts.merge(p.country(), p.mentions().size(), Integer::sum);
      if (best == null || n > counts.get(best)) {
        best = p.country();
      }
    }
    for (String code : pairCountries) {
      if (!known.contains(code)) {
        int n = counts.merge(code, 1, Integer::sum);
        if (best == null || n > counts.get(best)) {
          best = code;
        }
      }
    }
    if (best == null) {
      return;
    }
    for (PersonLinker.Cluster c : clusters) {
      if (c.country == null && !c.resolved) {
        c.country = best;
      }
    }
  }
}
