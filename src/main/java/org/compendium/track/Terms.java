package org.compendium.track;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.compendium.resolve.Countries;
import org.compendium.util.AnalyzedWords;
import org.compendium.util.Resources;

/**
 * The content terms of a text that say what an undertaking is about: English words stemmed (Lucene's English
 * analyzer: stop words out, Porter stems), without the words of {@code track/generic-words.txt}, country
 * names and adjectives, and numbers, each cut to at most {@value #KEY} letters so that derived forms meet
 * ("conclusion" and "concluded" both give {@code conclu}). Two texts about the same action share several terms.
 * Thread-safe.
 */
public final class Terms {
  static final int KEY = 6;

  private final Analyzer analyzer = new EnglishAnalyzer();
  private final Set<String> ignored = new HashSet<>();

  private Terms() {}

  /** Terms with the bundled generic words and country names left out. */
  public static Terms load() {
    Terms t = new Terms();
    for (String w : Resources.lines("track/generic-words.txt")) {
      t.ignored.addAll(t.stems(w));
    }
    for (String name : Countries.load().namesAndAdjectives().keySet()) {
      if (name.indexOf(' ') < 0 && name.indexOf('-') < 0) {
        t.ignored.addAll(t.stems(name));
      }
    }
    return t;
  }

  /** The distinct content terms of {@code text}, in order of first appearance. */
  public Set<String> of(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String s : stems(text)) {
      if (!ignored.contains(s) && s.length() > 1 && !s.chars().allMatch(Character::isDigit)) {
        out.add(s.length() > KEY ? s.substring(0, KEY) : s);
      }
    }
    return out;
  }

  private Set<String> stems(String text) {
    return new LinkedHashSet<>(AnalyzedWords.of(analyzer, "t", text));
  }
}
