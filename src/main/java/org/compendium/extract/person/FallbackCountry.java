package org.compendium.extract.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.compendium.model.Place;

/**
 * A country for persons nothing else placed: the state the record's places and hyphenated pairs ("U.S.-India")
 * point to most often, among those no placed person already represents (a Washington memorandum naming a
 * Japanese ambassador gives the other persons the United States), skipping states that have no such office as the person's role names (a
 * "Prime Minister" is not American: person/offices-absent.tsv). Limits: a guess; used only when the mentions,
 * lists, heading and directory say nothing.
 */
final class FallbackCountry {
  private FallbackCountry() {}

  static void fill(List<PersonLinker.Cluster> clusters, List<Place> places, List<String> pairCountries,
      PersonLexicon lex) {
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
    // each pointer to a state, in text order: a place's mentions, a hyphenated pair
    List<Map.Entry<String, Integer>> pointers = new ArrayList<>();
    for (Place p : places) {
      if (p.country() != null) {
        pointers.add(Map.entry(p.country(), p.mentions().size()));
      }
    }
    for (String code : pairCountries) {
      pointers.add(Map.entry(code, 1));
    }
    for (PersonLinker.Cluster c : clusters) {
      if (c.country == null && !c.resolved) {
        Set<String> ruledOut = lex.statesWithoutOffice(c.role);
        String best = best(pointers, code -> !known.contains(code) && !ruledOut.contains(code));
        if (best == null && !ruledOut.isEmpty()) {
          // "Prime Minister Kishi" in a Washington memorandum: the one other state present, though represented
          best = best(pointers, code -> !ruledOut.contains(code));
        }
        c.country = best;
      }
    }
  }

  /** The allowed state pointed to most often; on a tie, the one that reached that count first. */
  private static String best(List<Map.Entry<String, Integer>> pointers, Predicate<String> allowed) {
    Map<String, Integer> counts = new HashMap<>();
    String best = null;
    for (Map.Entry<String, Integer> e : pointers) {
      if (!allowed.test(e.getKey())) {
        continue;
      }
      int n = counts.merge(e.getKey(), e.getValue(), Integer::sum);
      if (best == null || n > counts.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }
}
