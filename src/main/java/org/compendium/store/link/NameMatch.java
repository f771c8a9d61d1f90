package org.compendium.store.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Finds what a user means by a typed name, in tiers, returning the best non-empty tier: the id itself; a name
 * with exactly the typed words; names holding every typed word (an initial may match a word it begins or
 * stand unmatched, as "V." in "Vladimir V. Putin"; leading "the" ignored). Case, accents and punctuation do
 * not matter.
 */
final class NameMatch {
  private NameMatch() {}

  static <T> List<T> best(String query, List<T> items, Function<T, String> id, Function<T, List<String>> names) {
    return best(query, items, id, names, t -> true);
  }

  /** As {@link #best(String, List, Function, Function)}, counting only items that pass {@code keep}. */
  static <T> List<T> best(String query, List<T> items, Function<T, String> id, Function<T, List<String>> names,
      Predicate<T> keep) {
    String q = query.strip();
    List<T> out = new ArrayList<>();
    for (T t : items) {
      if (id.apply(t).equalsIgnoreCase(q) && keep.test(t)) {
        out.add(t);
      }
    }
    if (!out.isEmpty()) {
      return out;
    }
    List<String> words = typed(q);
    if (words.isEmpty()) {
      return out;
    }
    for (T t : items) {
      if (names.apply(t).stream().anyMatch(n -> Sql.words(n).equals(words)) && keep.test(t)) {
        out.add(t);
      }
    }
    if (!out.isEmpty()) {
      return out;
    }
    for (T t : items) {
      if (names.apply(t).stream().anyMatch(n -> contains(Sql.words(n), words)) && keep.test(t)) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * The words of a typed name by which to seek the word indexes: a name {@link #best} can match in its name
   * tiers holds every typed word longer than an initial, so the longest of them suffices; when all are initials
   * it holds at least one, so every one is sought. Empty: only the id can match.
   */
  static List<String> seekWords(String query) {
    List<String> words = typed(query.strip());
    String longest = null;
    for (String w : words) {
      if (w.length() > 1 && (longest == null || w.length() > longest.length())) {
        longest = w;
      }
    }
    return longest != null ? List.of(longest) : words;
  }

  /**
   * The only id that a typed name can equal ignoring case, given that ids are ASCII lower case, digits and
   * punctuation: each character folded as {@link String#equalsIgnoreCase} folds it.
   */
  static String idKey(String query) {
    String q = query.strip();
    StringBuilder b = new StringBuilder(q.length());
    for (int i = 0; i < q.length(); i++) {
      b.append(Character.toLowerCase(Character.toUpperCase(q.charAt(i))));
    }
    return b.toString();
  }

  /** Orders strings as SQLite's BINARY collation does (by code point, as UTF-8 bytes compare). */
  static int binary(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }

  private static List<String> typed(String q) {
    List<String> words = new ArrayList<>(Sql.words(q));
    if (words.size() > 1 && words.get(0).equals("the")) {
      words.remove(0);
    }
    return words;
  }

  private static boolean contains(List<String> nameWords, List<String> typed) {
    Set<String> have = new HashSet<>(nameWords);
    boolean any = false;
    for (String w : typed) {
      if (have.contains(w)) {
        any = true;
        continue;
      }
      if (w.length() == 1) {
        continue;  // an initial: matches a word it begins, or is a middle initial the name leaves out
      }
      return false;
    }
    return any;
  }
}
