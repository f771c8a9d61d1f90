package org.compendium.resolve;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.compendium.util.Resources;

/**
 * The offline gazetteer: countries (from {@link Countries}), cities and first-level divisions
 * (resolve/gazetteer.tsv, built by scripts/build-gazetteer.py from GeoNames data) and the hand-kept overlay of regions, islands, seas and
 * alternative names (resolve/places-extra.tsv), minus the names of resolve/place-stoplist.tsv marked "never".
 *
 * <p>Names are looked up by {@link #key}: accents folded, lower case, periods dropped, hyphens and spaces
 * alike, a leading "the" dropped. Where several places share a key, a country wins over the overlay, the
 * overlay over the cities, a national capital over other cities, a more populous city over a less
 * populous one, and any city over a first-level division. Case is not checked
 * here: the caller decides whether the printed form is capitalized as a name. Immutable after loading.
 */
public final class Gazetteer {
  /** One place: {@code type} is country, region, island, sea, city or other; {@code country} is alpha-3 or null. */
  public record Entry(String name, String type, String country, Double lat, Double lon) {}

  /** What {@link #byKeyOrStart} gives for a key that names no place but begins a longer one. */
  public static final Entry NAME_GOES_ON = new Entry("", "", null, null, null);

  private static final Pattern ACRONYM = Pattern.compile("(?:\\p{Lu}\\.?){2,}");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private final Map<String, Entry> byKey = new HashMap<>();
  /** Every key and every word-wise beginning of one (the words before one of its spaces), see {@link #byKeyOrStart}. */
  private final Map<String, Entry> byKeyOrStart = new HashMap<>();
  private final Map<String, Integer> rank = new HashMap<>();
  private final Set<String> firstTokens = new HashSet<>();
  private final Set<String> common = new HashSet<>();
  private final Set<String> acronyms = new HashSet<>();
  private int maxTokens;

  private Gazetteer() {}

  /** Loads all data files once; share the result. */
  public static Gazetteer load(Countries countries) {
    Gazetteer g = new Gazetteer();
    Set<String> never = new HashSet<>();
    for (String[] row : Resources.tsv("resolve/place-stoplist.tsv", 2)) {
      (row[1].equals("never") ? never : g.common).add(key(row[0]));
    }
    for (Countries.Country c : countries.all()) {
      Entry e = new Entry(c.name(), "country", c.code(), c.lat(), c.lon());
      for (String n : c.names()) {
        g.add(n, e, 3_000_000_000L, never);
      }
    }
    for (String[] row : Resources.tsv("resolve/places-extra.tsv", 6)) {
      Entry e = new Entry(row[0], row[1], blankToNull(row[2]), number(row[3]), number(row[4]));
      g.add(row[0], e, 2_000_000_000L, never);
      for (String alt : row[5].split("\\|")) {
        if (!alt.isBlank()) {
          g.add(alt, e, 2_000_000_000L, never);
        }
      }
    }
    for (String[] row : Resources.tsv("resolve/gazetteer.tsv", 7)) {
      long pop = row[5].isEmpty() ? 0 : Long.parseLong(row[5]);
      // A capital beats other cities of its name; any city beats a first-level division of the same name.
      long weight = row[6].equals("PPLC") ? 1_000_000_000L + pop : row[6].equals("ADM1") ? -2 : pop;
      g.add(row[0], new Entry(row[0], row[1], blankToNull(row[2]), number(row[3]), number(row[4])), weight, never);
    }
    g.indexStarts();
    return g;
  }

  private void add(String name, Entry e, long weight, Set<String> never) {
    String k = key(name);
    if (k.isEmpty() || never.contains(k)) {
      return;
    }
    // Weights above int range are compressed; only the order matters.
    int w = (int) Math.min(Integer.MAX_VALUE, weight / 2);
    if (ACRONYM.matcher(name).matches()) {
      acronyms.add(k);
    }
    Integer old = rank.get(k);
    if (old == null || w > old) {
      byKey.put(k, e);
      rank.put(k, w);
    }
    String[] parts = k.split(" ");
    firstTokens.add(parts[0]);
    maxTokens = Math.max(maxTokens, parts.length);
  }

  /** Fills {@link #byKeyOrStart} once every name is in (a later name may end where an earlier one went on). */
  private void indexStarts() {
    for (String k : byKey.keySet()) {
      for (int space = k.indexOf(' '); space >= 0; space = k.indexOf(' ', space + 1)) {
        byKeyOrStart.putIfAbsent(k.substring(0, space), NAME_GOES_ON);
      }
    }
    byKeyOrStart.putAll(byKey);
  }

  /** The lookup form of one token: accents folded, lower case, typographic apostrophe plain, periods dropped. */
  public static String tokenKey(String token) {
    // Fast path for plain ASCII tokens, the vast majority: no normalization needed.
    boolean ascii = true;
    boolean plain = true;
    for (int i = 0; i < token.length() && ascii; i++) {
      char c = token.charAt(i);
      ascii = c < 128;
      plain &= c != '.' && (c < 'A' || c > 'Z');
    }
    if (ascii) {
      return plain ? token : token.toLowerCase(Locale.ROOT).replace(".", "");
    }
    String s = Normalizer.normalize(token, Normalizer.Form.NFKD);
    s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT).replace('’', '\'');
    return s.indexOf('.') >= 0 ? s.replace(".", "") : s;
  }

  /** The lookup form of a whole name ("the Russian Federation" → "russian federation"). */
  public static String key(String name) {
    StringBuilder sb = new StringBuilder();
    NameTokenizer.tokenize(name, 0, name.length(), (start, end) -> {
      String t = tokenKey(name.substring(start, end));
      if (sb.isEmpty() && t.equals("the")) {
        return;
      }
      if (!sb.isEmpty()) {
        sb.append(' ');
      }
      sb.append(t);
    });
    return sb.toString();
  }

  /** The place a key names, if any (the key as made by {@link #key} or by joining {@link #tokenKey}s). */
  public Optional<Entry> byKey(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /**
   * For a name read word by word: the place {@code key} names; else {@link #NAME_GOES_ON} when it is the beginning
   * of a longer key, up to one of that key's spaces; else null, and then no key begins with {@code key} and a
   * space, so no longer name need be tried.
   */
  public Entry byKeyOrStart(String key) {
    return byKeyOrStart.get(key);
  }

  /** The place a printed name names, if any. */
  public Optional<Entry> lookup(String name) {
    return byKey(key(name));
  }

  /** Whether some name starts with this token key (a cheap test before trying longer matches). */
  public boolean startsName(String tokenKey) {
    return firstTokens.contains(tokenKey);
  }

  /** The token keys some name starts with (read-only). */
  public Set<String> firstTokens() {
    return java.util.Collections.unmodifiableSet(firstTokens);
  }

  /** The most tokens any name has. */
  public int maxTokens() {
    return maxTokens;
  }

  /** Whether the name is an English word too ("Reading", "Split"): a place only when capitalized mid-sentence. */
  public boolean isCommonWord(String key) {
    return common.contains(key);
  }

  /** Whether some place is named by this key written as capitals ("USA", "U.K."), not only as a word. */
  public boolean isAcronym(String key) {
    return acronyms.contains(key);
  }

  /** Number of distinct names. */
  public int size() {
    return byKey.size();
  }

  private static String blankToNull(String s) {
    return s.isBlank() ? null : s;
  }

  private static Double number(String s) {
    return s.isBlank() ? null : Double.valueOf(s);
  }
}
