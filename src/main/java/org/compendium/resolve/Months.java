package org.compendium.resolve;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.compendium.util.Resources;

/**
 * Month names and abbreviations from {@code resolve/months.tsv} ({@code name<TAB>number}). Lookup ignores case
 * and a trailing period ("Sept." = 9). Immutable once built; share one instance.
 */
public final class Months {
  private final Map<String, Integer> numbers;

  public Months() {
    Map<String, Integer> m = new HashMap<>();
    for (String[] row : Resources.tsv("resolve/months.tsv", 2)) {
      int n = Integer.parseInt(row[1]);
      if (n < 1 || n > 12) {
        throw new IllegalStateException("month number out of range in months.tsv: " + row[1]);
      }
      m.put(row[0].toLowerCase(Locale.ROOT), n);
    }
    this.numbers = Collections.unmodifiableMap(m);
  }

  /** The month number (1-12) of a name or abbreviation, or 0 when the word is not a month. */
  public int number(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    return numbers.getOrDefault(w, 0);
  }

  /** Every known name and abbreviation, lower case. */
  public java.util.Set<String> names() {
    return numbers.keySet();
  }

  /**
   * A regex alternation of all names (longest first, so "sept" wins over "sep"), for building case-insensitive
   * patterns; it matches whole names only when the caller adds word boundaries.
   */
  public String alternation() {
    List<String> names = numbers.keySet().stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .toList();
    return names.stream().map(Pattern::quote).collect(Collectors.joining("|"));
  }
}
