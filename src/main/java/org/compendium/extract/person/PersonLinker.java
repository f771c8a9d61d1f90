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
    // Each name's words are cut once: every mention is compared with every cluster.
    java.util.Map<String, List<String>> words = new java.util.HashMap<>();
    java.util.function.Function<String, List<String>> wordsOf = n -> words.computeIfAbsent(n, PersonNames::words);
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.titleOnly()) {
        continue;
      }
      Cluster best = null;
      List<String> mw = wordsOf.apply(m.name());
      for (Cluster c : clusters) {
        List<String> cw = wordsOf.apply(c.fullest);
        boolean fits = PersonNames.canDenote(mw, cw) || PersonNames.canDenote(cw, mw);
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
      if (mw.size() > wordsOf.apply(best.fullest).size()) {
        best.fullest = m.name();
      }
      if (best.country == null && m.country() != null) {
        best.country = m.country();
      }
      if (best.sideCountry == null && side[i] != null) {
        best.sideCountry = side[i];
      }
      int len = mw.size();
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
          country = directory.countryOf(entry, date);
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
   * The person each title-only mention refers to (null for named mentions or when none fits): one with that
   * title (and the mention's country, if any) named nearest before it, else nearest after it; when no one
   * carries the title, the only untitled person of the mention's country.
   */
  Cluster[] titleReferents(List<Cluster> clusters, List<Mention> mentions) {
    int n = clusters.size();
    List<java.util.Set<String>> heads = new ArrayList<>(n);
    List<int[]> positions = new ArrayList<>(n);
    for (Cluster c : clusters) {
      java.util.Set<String> h = new java.util.HashSet<>();
      int[] pos = new int[c.mentions.size()];
      for (int k = 0; k < pos.length; k++) {
        Mention m = mentions.get(c.mentions.get(k));
        pos[k] = m.start();
        if (m.head() != null) {
          h.add(m.head());
        }
      }
      java.util.Arrays.sort(pos);
      heads.add(h);
      positions.add(pos);
    }
    Cluster[] out = new Cluster[mentions.size()];
    for (int i = 0; i < mentions.size(); i++) {
      Mention t = mentions.get(i);
      if (t.titleOnly()) {
        out[i] = referent(clusters, heads, positions, t);
      }
    }
    return out;
  }

  private static Cluster referent(List<Cluster> clusters, List<java.util.Set<String>> heads, List<int[]> positions,
      Mention t) {
    Cluster before = null;
    int beforePos = -1;
    Cluster after = null;
    int afterPos = Integer.MAX_VALUE;
    String suffix = " " + t.head();
    for (int ci = 0; ci < clusters.size(); ci++) {
      Cluster c = clusters.get(ci);
      boolean titled = heads.get(ci).contains(t.head());
      if (!titled) {
        for (String h : heads.get(ci)) {
          titled |= h.endsWith(suffix);
        }
      }
      if (!titled || (t.country() != null && c.country != null && !t.country().equals(c.country))) {
        continue;
      }
      int[] pos = positions.get(ci);
      int at = java.util.Arrays.binarySearch(pos, t.start());
      int ins = at >= 0 ? at : -at - 1;
      if (ins > 0 && pos[ins - 1] > beforePos) {
        beforePos = pos[ins - 1];
        before = c;
      }
      int nextAt = at >= 0 ? at + 1 : ins;
      if (nextAt < pos.length && pos[nextAt] < afterPos) {
        afterPos = pos[nextAt];
        after = c;
      }
    }
    if (before != null || after != null) {
      return before != null ? before : after;
    }
    Cluster only = null;
    if (t.country() != null) {
      for (int ci = 0; ci < clusters.size(); ci++) {
        Cluster c = clusters.get(ci);
        if (t.country().equals(c.country) && heads.get(ci).isEmpty()) {
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
