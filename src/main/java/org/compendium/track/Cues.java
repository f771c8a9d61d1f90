package org.compendium.track;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
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
    return c;
  }

  /** The cue of a sentence given as lower-case words, if it has one. */
  public Optional<Cue> find(List<String> words) {
    for (String[] p : lapsed) {
      if (indexOf(words, p, 0) >= 0) {
        return Optional.of(new Cue(Kind.lapsed, String.join(" ", p)));
      }
    }
    Cue found = null;
    for (String[] p : reported) {
      for (int at = indexOf(words, p, 0); at >= 0; at = indexOf(words, p, at + 1)) {
        if (negated(words, at)) {
          return Optional.of(new Cue(Kind.lapsed, "not " + String.join(" ", p)));
        }
        if (found == null && !blocked(words, at)) {
          found = new Cue(Kind.reported, String.join(" ", p));
        }
      }
    }
    return Optional.ofNullable(found);
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

  private static int indexOf(List<String> words, String[] phrase, int from) {
    outer:
    for (int i = from; i + phrase.length <= words.size(); i++) {
      for (int j = 0; j < phrase.length; j++) {
        if (!words.get(i + j).equals(phrase[j])) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
