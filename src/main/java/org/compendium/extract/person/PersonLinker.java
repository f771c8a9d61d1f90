package org.compendium.extract.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.compendium.resolve.PersonDirectory;
import org.compendium.resolve.PersonNames;

/**
 * Groups named mentions into persons (a short form joins the nearest earlier person it can denote: "Mr Mori",
 * "President Hu" for "Hu Jintao"), gives each person a canonical full name (completed from the directory when the
 * text has only a family name), a country (the mentions' own, then list context, then the directory at the
 * record's date, then the fallback) and links title-only mentions ("the Russian President") to the person with
 * that title.
 */
final class PersonLinker {
  /** A person being built: indexes of its mentions (into the mention list), in text order. */
  static final class Cluster {
    final List<Integer> mentions = new ArrayList<>();
    String fullest;
    String country;
    String sideCountry;
    /** Whether the country came from the person's own mentions, list context or the directory. */
    boolean resolved;
    String canonical;
    String role;
    int roleNameLength = -1;
    boolean participant;
    int lastToken;

    String head(List<Mention> all) {
      for (int i : mentions) {
        if (all.get(i).head() != null) {
          return all.get(i).head();
        }
      }
      return null;
    }
  }

  private final PersonDirectory directory;

  PersonLinker(PersonDirectory directory) {
    this.directory = directory;
  }

  /** Clusters the named mentions; {@code side[i]} is the list-context country of mention i (or null). */
  List<Cluster> cluster(List<Mention> mentions, String[] side) {
    List<Cluster> clusters = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.titleOnly()) {
        continue;
      }
      Cluster best = null;
      for (Cluster c : clusters) {
        boolean fits = PersonNames.canDenote(m.name(), c.fullest) || PersonNames.canDenote(c.fullest, m.name());
        boolean countryOk = m.country() == null || c.country == null || m.country().equals(c.country);
        if (fits && countryOk && (best == null || c.lastToken > best.lastToken)) {
          best = c;
        }
      }
      if (best == null) {
        best = new Cluster();
        best.fullest = m.name();
        clusters.add(best);
      }
      best.mentions.add(i);
      best.lastToken = m.start();
      if (PersonNames.words(m.name()).size() > PersonNames.words(best.fullest).size()) {
        best.fullest = m.name();
      }
      if (best.country == null && m.country() != null) {
        best.country = m.country();
      }
      if (best.sideCountry == null && side[i] != null) {
        best.sideCountry = side[i];
      }
      int len = PersonNames.words(m.name()).size();
      if (m.role() != null && len > best.roleNameLength) {
        best.role = m.role();
        best.roleNameLength = len;
      }
    }
    return clusters;
  }

  /** Canonical names and countries. */
  void resolve(List<Cluster> clusters, List<Mention> mentions, LocalDate date, String fallbackCountry) {
    for (Cluster c : clusters) {
      String country = c.country != null ? c.country : c.sideCountry;
      String head = c.head(mentions);
      Optional<PersonDirectory.Entry> e = directory.resolve(c.fullest, country, date, head);
      c.canonical = c.fullest;
      if (e.isPresent()) {
        PersonDirectory.Entry entry = e.get();
        if (!PersonNames.key(entry.name()).equals(PersonNames.key(c.fullest))
            && !sameLetters(entry.name(), c.fullest)) {
          c.canonical = entry.name();
        }
        if (country == null) {
          country = entry.country(date);
        }
      }
      c.resolved = country != null || e.isPresent(); // an official of an international body has none
      c.country = country != null ? country : e.isPresent() ? null : fallbackCountry;
    }
  }

  /** "Kim Jong-Il" and "Kim Jong Il": same words once hyphens are spaces; keep the printed form. */
  private static boolean sameLetters(String a, String b) {
    return PersonNames.key(a).replace(" ", "").equals(PersonNames.key(b).replace(" ", ""));
  }

  /**
   * The person a title-only mention refers to: one with that title (and the mention's country, if any),
   * nearest before it, else nearest after it; null if none.
   */
  Cluster titleReferent(List<Cluster> clusters, List<Mention> mentions, int index) {
    Mention t = mentions.get(index);
    Cluster before = null;
    int beforePos = -1;
    Cluster after = null;
    int afterPos = Integer.MAX_VALUE;
    for (Cluster c : clusters) {
      boolean titled = false;
      for (int i : c.mentions) {
        String h = mentions.get(i).head();
        titled |= h != null && (h.equals(t.head()) || h.endsWith(" " + t.head()));
      }
      if (!titled || (t.country() != null && c.country != null && !t.country().equals(c.country))) {
        continue;
      }
      for (int i : c.mentions) {
        int p = mentions.get(i).start();
        if (p < t.start() && p > beforePos) {
          beforePos = p;
          before = c;
        } else if (p > t.start() && p < afterPos) {
          afterPos = p;
          after = c;
        }
      }
    }
    if (before != null || after != null) {
      return before != null ? before : after;
    }
    // No one carries the title: a title with a country goes to the only untitled person of that country.
    Cluster only = null;
    if (t.country() != null) {
      for (Cluster c : clusters) {
        if (t.country().equals(c.country) && c.head(mentions) == null) {
          if (only != null) {
            return null;
          }
          only = c;
        }
      }
    }
    return only;
  }
}
