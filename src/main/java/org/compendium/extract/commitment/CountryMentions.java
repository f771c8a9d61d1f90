package org.compendium.extract.commitment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.compendium.model.Span;
import org.compendium.resolve.Countries;

/**
 * Finds state names and nationality adjectives ("Japan", "the Russian Federation", "Russian", "U.S.") in a
 * piece of text, case-sensitively, with their ISO codes. Built once from {@link Countries}; thread-safe.
 */
final class CountryMentions {
  /** One mention. */
  record Mention(Span span, String code) {}

  private final Countries countries;
  private final Pattern pattern;

  CountryMentions(Countries countries) {
    this.countries = countries;
    Set<String> names = new LinkedHashSet<>();
    for (Countries.Country c : countries.all()) {
      names.addAll(c.names());
      names.addAll(c.adjectives());
    }
    String alternation = names.stream()
        .filter(n -> n.length() > 1)
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote)
        .collect(Collectors.joining("|"));
    // a name must not be glued to other letters; "Japan-Russia" yields both
    pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])");
  }

  List<Mention> find(String text, int from, int to) {
    List<Mention> out = new ArrayList<>();
    Matcher m = pattern.matcher(text).region(from, to);
    while (m.find()) {
      countries.byNameOrAdjective(m.group())
          .ifPresent(c -> out.add(new Mention(new Span(m.start(), m.end()), c.code())));
    }
    return out;
  }
}
