package org.compendium.extract.instrument;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.compendium.util.Resources;

/**
 * The cue words for finding instruments ({@code instrument/cues.tsv}): head nouns, connectors, determiners,
 * signing verbs, future and prior markers, and the phrases that are never instruments. Every lookup takes a
 * lower-case word. Immutable after loading.
 */
public final class InstrumentCues {
  /** A head noun and how much it needs around it to name an instrument. */
  public record Head(String word, boolean strong, boolean plural, boolean needsSubject) {}

  private final Map<String, Head> heads = new HashMap<>();
  private final Map<String, Set<String>> sets = new HashMap<>();
  private final Set<String> definite = new HashSet<>();

  public InstrumentCues() {
    for (String[] row : Resources.tsv("instrument/cues.tsv", 3)) {
      String cat = row[0];
      String word = row[1].toLowerCase(Locale.ROOT);
      if (cat.equals("head")) {
        heads.put(word, new Head(word, row[2].contains("strong"), row[2].contains("plural"),
            row[2].contains("subject")));
        continue;
      }
      if (cat.equals("determiner") && row[2].equals("definite")) {
        definite.add(word);
      }
      sets.computeIfAbsent(cat, k -> new HashSet<>()).add(word);
    }
    for (String needed : List.of("reject-modifier", "reject-phrase", "vague", "connector", "inner", "stop", "time",
        "determiner", "preposition", "party", "month", "sign-past", "sign-base", "future", "planned-noun",
        "planned-modifier", "sign-noun", "prior", "block", "gap", "compound", "witness", "plural-party", "object-gap")) {
      if (!sets.containsKey(needed)) {
        throw new IllegalStateException("instrument/cues.tsv lacks category " + needed);
      }
    }
  }

  public Head head(String lower) {
    return heads.get(lower);
  }

  /** Is {@code lower} in the cue category {@code category}? */
  public boolean is(String category, String lower) {
    Set<String> s = sets.get(category);
    if (s == null) {
      throw new IllegalArgumentException("no cue category " + category);
    }
    return s.contains(lower);
  }

  public boolean definite(String lower) {
    return definite.contains(lower);
  }

  /** Entries of a category (phrases for reject-phrase and vague). */
  public Set<String> all(String category) {
    return Set.copyOf(sets.getOrDefault(category, Set.of()));
  }
}
