package org.compendium.track;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.compendium.util.Resources;

/**
 * The report and lapse cues of {@code track/cues.tsv}: phrases that say an undertaking was carried out
 * ("was signed", "held", "welcomed the conclusion of") or was not ("failed to", "has yet to", "remains
 * unresolved"). A lapse cue anywhere in a sentence wins. A report cue right after a planning word ("will be
 * held", "to be signed") does not count; one with a negation just before it ("were not held") is a lapse.
 * Works on lower-case word tokens ({@link Words}); knows nothing of what the sentence is about.
 */
public final class Cues {
  /** Which way a sentence reports on an undertaking. */
  public enum Kind { reported, lapsed }

  /** A cue found in a sentence: its kind and the phrase that matched. */
  public record Cue(Kind kind, String phrase) {}

  private final List<String[]> reported = new ArrayList<>();
  private final List<String[]> lapsed = new ArrayList<>();
  private final Map<String, List<String[]>> reportedByFirst = new HashMap<>();
  private final Map<String, List<String[]>> lapsedByFirst = new HashMap<>();
  private final Set<String> block = new HashSet<>();
  private final Set<String> negation = new HashSet<>();

  private Cues() {}

  /** The bundled cues. */
  public static Cues load() {
    Cues c = new Cues();
    for (String[] row : Resources.tsv("track/cues.tsv", 2)) {
      String phrase = row[1].toLowerCase(Locale.ROOT);
      switch (row[0]) {
        case "reported" -> c.reported.add(phrase.split(" +"));
        case "lapsed" -> c.lapsed.add(phrase.split(" +"));
        case "block" -> c.block.add(phrase);
        case "negation" -> c.negation.add(phrase);
        default -> throw new IllegalStateException("track/cues.tsv: unknown kind " + row[0]);
      }
    }
    // longest first, so the reported phrase is the fullest one ("was signed" over "signed")
    Comparator<String[]> longest = Comparator.comparingInt((String[] p) -> -p.length);
    c.reported.sort(longest);
    c.lapsed.sort(longest);
    for (String[] p : c.reported) {
      c.reportedByFirst.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p);
    }
    for (String[] p : c.lapsed) {
      c.lapsedByFirst.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p);
    }
    return c;
  }

  /** The cue of a sentence given as lower-case words, if it has one. */
  public Optional<Cue> find(List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      String[] p = longestAt(words, i, lapsedByFirst);
      if (p != null) {
        return Optional.of(new Cue(Kind.lapsed, String.join(" ", p)));
      }
    }
    Cue found = null;
    int foundLength = 0;
    for (int i = 0; i < words.size(); i++) {
      String[] p = longestAt(words, i, reportedByFirst);
      if (p == null) {
        continue;
      }
      if (negated(words, i)) {
        return Optional.of(new Cue(Kind.lapsed, "not " + String.join(" ", p)));
      }
      if (p.length > foundLength && !blocked(words, i)) {
        found = new Cue(Kind.reported, String.join(" ", p));
        foundLength = p.length;  // the fullest phrase names the cue ("was signed" over "signed")
      }
    }
    return Optional.ofNullable(found);
  }

  /** The longest phrase of {@code byFirst} starting at word {@code at}, or null. */
  private static String[] longestAt(List<String> words, int at, Map<String, List<String[]>> byFirst) {
    List<String[]> candidates = byFirst.get(words.get(at));
    if (candidates != null) {
      for (String[] p : candidates) {  // longest first
        if (matchesAt(words, p, at)) {
          return p;
        }
      }
    }
    return null;
  }

  private boolean blocked(List<String> words, int at) {
    return at > 0 && block.contains(words.get(at - 1));
  }

  private boolean negated(List<String> words, int at) {
    for (int i = Math.max(0, at - 2); i < at; i++) {
      if (negation.contains(words.get(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesAt(List<String> words, String[] phrase, int at) {
    if (at + phrase.length > words.size()) {
      return false;
    }
    for (int j = 0; j < phrase.length; j++) {
      if (!words.get(at + j).equals(phrase[j])) {
        return false;
      }
    }
    return true;
  }
}
