package org.compendium.archive.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.compendium.resolve.InstrumentRegistry;
import org.compendium.resolve.InstrumentWords;
import org.compendium.store.link.LinkTables.Seek;

/**
 * The keys under which archive-minted entries and unlinked mentions are indexed (V5 {@code archive_entry_words},
 * {@code unlinked_mention_words}), and the seeks that find every entry a printed name can resolve to, or every
 * mention a new entry can take in, under the registry's rules ({@link InstrumentRegistry#resolve}):
 * <ul>
 * <li>{@code =words}: the name's identifying words, sorted (an exact match, whatever the parties; the rules
 * take the entry of the least id among several);</li>
 * <li>{@code word}: a telling word (not generic, not a head noun, not a country code) of an entry that is not
 * between two states, or of a mention of a record without countries;</li>
 * <li>{@code word CODE}: a telling word with a party of a bilateral entry, or with a country of a mention's record
 * or of its name; {@code word A|B}: with both parties of a bilateral entry, sorted;</li>
 * <li>a mention's keys end in {@code @YEAR} when it has a year: an entry of another year cannot take it in.</li>
 * </ul>
 * Any match other than an exact one holds every telling word of the printed name, and a bilateral entry fits only a
 * name naming its parties or a record whose countries hold both: so a name is compared with the entries of its own
 * states that hold its longest telling word, however large the archive (RUS and SUN count as one).
 */
final class ArchiveKeys {
  /** Records of more countries than this are sought country by country rather than pair by pair. */
  private static final int PAIRS_UP_TO = 6;

  private final InstrumentWords words;

  ArchiveKeys(InstrumentWords words) {
    this.words = words;
  }

  /** The telling words of a name's identifying words: not generic, not a head noun, not a country code. */
  Set<String> telling(Set<String> nameWords) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : nameWords) {
      if (!words.isGeneric(w) && !words.isHead(w) && !InstrumentRegistry.isCode(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * The parties of an entry the archive mints for a name of words {@code m} signed in a record of {@code context}:
   * the two states the name names; else the record's countries when they are two and hold every state the name
   * names; else none (multilateral). A name that names its states is sought by them ({@link #entriesFor}), so such
   * entries do not pile up under a bare word every name sharing it must read.
   */
  List<String> parties(Set<String> m, Collection<String> context) {
    List<String> named = codes(m);
    if (named.size() == 2) {
      return named.stream().sorted().toList();
    }
    if (context.size() == 2 && withTwins(context).containsAll(named)) {
      return context.stream().sorted().toList();
    }
    return List.of();
  }

  /** Keys of an archive entry named {@code name} between {@code parties} (empty: multilateral). */
  List<String> entry(String name, Collection<String> parties) {
    Set<String> m = words.words(name);
    Set<String> out = new LinkedHashSet<>();
    out.add(exact(m));
    List<String> sorted = new ArrayList<>(new TreeSet<>(parties));
    for (String w : telling(m)) {
      if (sorted.size() == 2) {
        out.add(w + " " + sorted.get(0) + "|" + sorted.get(1));
      } else {
        out.add(w);  // not between two states: sought with every name (the archive mints none such with parties)
      }
      for (String p : sorted) {
        out.add(w + " " + p);
      }
    }
    return new ArrayList<>(out);
  }

  /** Seeks for the entries printed words {@code m} can resolve to in a record of {@code context}. */
  List<Seek> entriesFor(Set<String> m, Set<String> context) {
    List<Seek> out = new ArrayList<>();
    out.add(Seek.first(exact(m)));
    if (m.stream().noneMatch(words::isHead)) {
      return out;  // without a head noun only an exact name resolves
    }
    List<String> codes = codes(m);
    Set<String> states = withTwins(context);
    // Any match but an exact one holds every telling word of the printed name, so one word's keys find them all:
    // the longest, as the likeliest to be rare.
    String w = telling(m).stream().max(Comparator.comparingInt(String::length)).orElse(null);
    if (w != null) {
      out.add(Seek.key(w));
      if (!codes.isEmpty()) {
        // a bilateral entry must have every country the name names
        for (String c : withTwins(List.of(codes.get(0)))) {
          out.add(Seek.key(w + " " + c));
        }
      } else if (context.isEmpty()) {
        out.add(Seek.prefix(w + " "));
      } else if (states.size() <= PAIRS_UP_TO) {
        // ... else both its parties among the record's countries
        for (String a : states) {
          for (String b : states) {
            if (a.compareTo(b) < 0) {
              out.add(Seek.key(w + " " + a + "|" + b));
            }
          }
        }
      } else {
        for (String c : states) {
          out.add(Seek.key(w + " " + c));
        }
      }
    }
    return out;
  }

  /** Keys of a mention linked to nothing: printed words {@code m} of {@code year}, in a record of {@code context}. */
  List<String> mention(Set<String> m, Integer year, Collection<String> context) {
    Set<String> telling = telling(m);
    if (telling.isEmpty()) {
      return List.of();  // every archive entry has a telling word: none can take this mention in
    }
    String y = year == null ? "" : "@" + year;
    Set<String> states = new TreeSet<>(context);
    states.addAll(codes(m));
    Set<String> out = new LinkedHashSet<>();
    out.add(exact(m) + y);
    for (String w : telling) {
      if (context.isEmpty()) {
        out.add(w + y);
      }
      for (String c : states) {
        out.add(w + " " + c + y);
      }
    }
    return new ArrayList<>(out);
  }

  /**
   * Seeks for the unlinked mentions a new entry named {@code name} of {@code year} (may be null) between
   * {@code parties} can take in.
   */
  List<Seek> mentionsFor(String name, Integer year, Collection<String> parties) {
    Set<String> m = words.words(name);
    List<Seek> out = new ArrayList<>();
    years(exact(m), year, out);
    for (String w : telling(m)) {
      years(w, year, out);
      if (parties.isEmpty()) {
        out.add(Seek.prefix(w + " "));  // a multilateral entry fits a record of any states
      } else {
        for (String c : withTwins(parties)) {
          years(w + " " + c, year, out);
        }
      }
    }
    return out;
  }

  /** Seeks of key {@code k} for a mention of {@code year} or of none. */
  private static void years(String k, Integer year, List<Seek> out) {
    out.add(Seek.key(k));
    out.add(year == null ? Seek.prefix(k + "@") : Seek.key(k + "@" + year));
  }

  /** The codes, with the Soviet Union for Russia and Russia for the Soviet Union. */
  private static Set<String> withTwins(Collection<String> codes) {
    Set<String> out = new TreeSet<>(codes);
    if (out.contains("RUS")) {
      out.add("SUN");
    }
    if (out.contains("SUN")) {
      out.add("RUS");
    }
    return out;
  }

  private static List<String> codes(Set<String> m) {
    List<String> out = new ArrayList<>();
    for (String w : m) {
      if (InstrumentRegistry.isCode(w)) {
        out.add(w);
      }
    }
    return out;
  }

  private static String exact(Set<String> m) {
    return "=" + String.join(" ", new TreeSet<>(m));
  }
}
