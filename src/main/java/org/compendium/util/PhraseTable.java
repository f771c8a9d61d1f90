package org.compendium.util;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A table of phrases with a value each ({@code phrase<TAB>value} rows of a data file), found in text as whole
 * words, case-insensitively, longest phrase first at each position (so "prime minister" wins over "minister").
 * Curly apostrophes in the text match straight ones in the table. Immutable; one compiled regex.
 */
public final class PhraseTable {
  /** A phrase found in text: the table's value and where it was printed. */
  public record Hit(String value, int start, int end) {}

  private final Map<String, String> values;
  private final Pattern pattern;

  /** Builds the table from a TSV data file with columns phrase, value. */
  public static PhraseTable load(String resource) {
    Map<String, String> m = new HashMap<>();
    for (String[] row : Resources.tsv(resource, 2)) {
      if (row[0].isEmpty() || row[1].isEmpty()) {
        throw new IllegalStateException(resource + ": row without phrase or value: " + String.join("\t", row));
      }
      m.put(normalize(row[0]), row[1]);
    }
    return new PhraseTable(m);
  }

  public PhraseTable(Map<String, String> phraseToValue) {
    this.values = Map.copyOf(phraseToValue);
    String alternation = values.keySet().stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .map(Pattern::quote)
        .collect(Collectors.joining("|"));
    this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** Every phrase in {@code text[start, end)}, in text order, non-overlapping. */
  public List<Hit> find(CharSequence text, int start, int end) {
    String piece = normalize(text.subSequence(start, end).toString());
    List<Hit> out = new ArrayList<>();
    Matcher m = pattern.matcher(piece);
    while (m.find()) {
      String v = values.get(m.group());
      if (v != null) {
        out.add(new Hit(v, start + m.start(), start + m.end()));
      }
    }
    return out;
  }

  public List<Hit> find(CharSequence text) {
    return find(text, 0, text.length());
  }

  public int size() {
    return values.size();
  }

  /** Lower case with straight apostrophes; keeps the length, so offsets stay valid. */
  private static String normalize(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      c[i] = c[i] == '\u2019' ? '\'' : Character.toLowerCase(c[i]);
    }
    return new String(c);
  }
}
