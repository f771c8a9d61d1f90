package org.compendium.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** When a predicted item matches a gold item, field by field, as ANNOTATION.md "Scoring" defines it. */
final class Matchers {
  private static final Set<String> STOP = Set.of("the", "of", "on", "and", "between", "a", "an", "for", "in", "to");
  private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
  /** Nationality adjectives read as their country when comparing instrument names (the scorer's table). */
  private static final Map<String, String> DEMONYM = Map.ofEntries(
      Map.entry("japanese", "japan"), Map.entry("russian", "russia"), Map.entry("chinese", "china"),
      Map.entry("korean", "korea"), Map.entry("american", "us"), Map.entry("indian", "india"),
      Map.entry("soviet", "ussr"), Map.entry("u", "us"), Map.entry("s", ""), Map.entry("united", "us"),
      Map.entry("states", ""), Map.entry("ussr", "ussr"), Map.entry("sino", "china"),
      Map.entry("indonesian", "indonesia"), Map.entry("australian", "australia"), Map.entry("european", "eu"),
      Map.entry("eu", "eu"));

  private Matchers() {}

  /** Names equal, or family names equal and the given names' first letters equal. */
  static boolean name(String gold, String pred) {
    String g = Text.norm(gold);
    String p = Text.norm(pred);
    if (g.isEmpty() || p.isEmpty()) {
      return false;
    }
    if (g.equals(p)) {
      return true;
    }
    String[] gw = g.split(" ");
    String[] pw = p.split(" ");
    return gw[gw.length - 1].equals(pw[pw.length - 1]) && gw[0].charAt(0) == pw[0].charAt(0);
  }

  static boolean speaker(String gold, String pred) {
    String g = gold == null ? "" : gold.strip();
    String p = pred == null ? "" : pred.strip();
    if (g.equalsIgnoreCase("joint") || p.equalsIgnoreCase("joint")) {
      return g.equalsIgnoreCase(p);
    }
    if (CODE.matcher(g).matches() || CODE.matcher(p).matches()) {
      return g.equals(p);
    }
    return name(g, p);
  }

  /** At least 60% of the quote's words occur in the text. */
  static boolean covers(String quote, String text) {
    List<String> q = Text.words(quote);
    if (q.isEmpty()) {
      return false;
    }
    Set<String> t = new HashSet<>(Text.words(text));
    long hits = q.stream().filter(t::contains).count();
    return (double) hits / q.size() >= 0.6;
  }

  static Set<String> instrumentWords(String name) {
    Set<String> out = new HashSet<>();
    for (String w : Text.words(name)) {
      if (STOP.contains(w) || w.chars().allMatch(Character::isDigit)) {
        continue;
      }
      w = DEMONYM.getOrDefault(w, w);
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  static boolean instrument(String gold, String pred) {
    Set<String> g = instrumentWords(gold);
    Set<String> p = instrumentWords(pred);
    if (g.isEmpty() || p.isEmpty()) {
      return false;
    }
    Set<String> inter = new HashSet<>(g);
    inter.retainAll(p);
    Set<String> union = new HashSet<>(g);
    union.addAll(p);
    if ((double) inter.size() / union.size() >= 0.5) {
      return true;
    }
    Set<String> small = g.size() <= p.size() ? g : p;
    Set<String> big = small == g ? p : g;
    return small.size() >= 2 && big.containsAll(small);
  }

  static boolean temporal(String gold, String pred) {
    String g = Text.norm(gold);
    String p = Text.norm(pred);
    return !g.isEmpty() && !p.isEmpty() && (g.contains(p) || p.contains(g));
  }
}
