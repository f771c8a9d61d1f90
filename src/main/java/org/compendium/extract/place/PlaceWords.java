package org.compendium.extract.place;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.compendium.resolve.Gazetteer;
import org.compendium.util.Resources;

/**
 * The words the place finder weighs besides the gazetteer: head nouns of names that are not places
 * (resolve/place-heads.tsv) and generic geographic nouns, words of states' formal names, personal titles,
 * compass words and the words of meeting that introduce a venue
 * (resolve/place-words.tsv). Keys are {@link Gazetteer#tokenKey} forms. Immutable after loading.
 */
public final class PlaceWords {
  /** What kind of name a head noun makes. */
  public enum HeadKind { INSTRUMENT, EVENT, ORGANISATION, PUBLICATION, BUILDING, UNIT }

  private final Map<String, HeadKind> heads = new HashMap<>();
  private final Set<String> lowerHeads = new HashSet<>();
  private final Set<String> generic = new HashSet<>();
  private final Set<String> forms = new HashSet<>();
  private final Set<String> titles = new HashSet<>();
  private final Set<String> directions = new HashSet<>();
  private final Set<String> venueCues = new HashSet<>();
  private final Set<String> languages = new HashSet<>();

  private PlaceWords() {}

  public static PlaceWords load() {
    PlaceWords w = new PlaceWords();
    for (String[] row : Resources.tsv("resolve/place-heads.tsv", 3)) {
      String k = Gazetteer.tokenKey(row[0]);
      w.heads.put(k, HeadKind.valueOf(row[1].toUpperCase(java.util.Locale.ROOT)));
      if (row[2].equals("lower")) {
        w.lowerHeads.add(k);
      }
    }
    for (String[] row : Resources.tsv("resolve/place-words.tsv", 2)) {
      String k = Gazetteer.tokenKey(row[0]);
      switch (row[1]) {
        case "generic" -> w.generic.add(k);
        case "form" -> w.forms.add(k);
        case "title" -> w.titles.add(k);
        case "direction" -> w.directions.add(k);
        case "venue" -> w.venueCues.add(k);
        case "language" -> w.languages.add(k);
        default -> throw new IllegalStateException("place-words.tsv: unknown kind " + row[1]);
      }
    }
    return w;
  }

  /** The kind of name a capitalized head noun makes, or null. */
  public HeadKind head(String key) {
    return heads.get(key);
  }

  /** Whether the head noun marks a name even when printed in lower case right after a place. */
  public boolean isLowerHead(String key) {
    return lowerHeads.contains(key);
  }

  public boolean isGeneric(String key) {
    return generic.contains(key);
  }

  public boolean isForm(String key) {
    return forms.contains(key);
  }

  public boolean isTitle(String key) {
    return titles.contains(key);
  }

  /** A word of meeting after which "in X" / "at X" names a venue ("talks in X", "held at X"). */
  public boolean isVenueCue(String key) {
    return venueCues.contains(key);
  }

  /** The venue cue keys (read-only). */
  Set<String> venueCues() {
    return java.util.Collections.unmodifiableSet(venueCues);
  }

  /** A language name ("English"). */
  public boolean isLanguage(String key) {
    return languages.contains(key);
  }

  /** A compass or position word that may precede a place name ("Southern Sakhalin", "Greater Tokyo"). */
  public boolean isDirection(String key) {
    return directions.contains(key);
  }
}
