package org.compendium.archive.link;

import java.util.ArrayList;
import java.util.Collection;
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
 * <li>{@code =words}: the name's identifying words, sorted (an exact match, whatever the parties);</li>
 * <li>{@code word}: a telling word (not generic, not a head noun, not a country code) of a multilateral entry, or
 * of a mention of a record without countries;</li>
 * <li>{@code word CODE}: a telling word with a party of a bilateral entry, or with a country of a mention's record
 * or of its name.</li>
 * </ul>
 * Any match other than an exact one shares a telling word, and a bilateral entry fits only a name whose
 * countries are its parties, or a record whose countries hold its parties: so a name is compared with the
 * entries of its own states that share a word with it, however large the archive (RUS and SUN count as one).
 */
final class ArchiveKeys {
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

  /** Keys of an archive entry named {@code name} between {@code parties} (empty: multilateral). */
  List<String> entry(String name, Collection<String> parties) {
    Set<String> m = words.words(name);
    Set<String> out = new LinkedHashSet<>();
    out.add(exact(m));
    for (String w : telling(m)) {
      if (parties.isEmpty()) {
        out.add(w);
      }
      for (String p : parties) {
        out.add(w + " " + p);
      }
    }
    return new ArrayList<>(out);
  }

  /** Seeks for the entries printed words {@code m} can resolve to in a record of {@code context}. */
  List<Seek> entriesFor(Set<String> m, Set<String> context) {
    List<Seek> out = new ArrayList<>();
    out.add(Seek.key(exact(m)));
    if (m.stream().noneMatch(words::isHead)) {
      return out;  // without a head noun only an exact name resolves
    }
    List<String> codes = codes(m);
    for (String w : telling(m)) {
      out.add(Seek.key(w));
      if (!codes.isEmpty()) {
        states(w, List.of(codes.get(0)), out);  // a bilateral entry must have every country the name names
      } else if (!context.isEmpty()) {
        states(w, context, out);  // ... else all its parties among the record's countries
      } else {
        out.add(Seek.prefix(w + " "));
      }
    }
    return out;
  }

  /** Keys of a mention linked to nothing: printed words {@code m} in a record of {@code context}. */
  List<String> mention(Set<String> m, Collection<String> context) {
    Set<String> telling = telling(m);
    if (telling.isEmpty()) {
      return List.of();  // every archive entry has a telling word: none can take this mention in
    }
    Set<String> states = new TreeSet<>(context);
    states.addAll(codes(m));
    Set<String> out = new LinkedHashSet<>();
    out.add(exact(m));
    for (String w : telling) {
      if (context.isEmpty()) {
        out.add(w);
      }
      for (String c : states) {
        out.add(w + " " + c);
      }
    }
    return new ArrayList<>(out);
  }

  /** Seeks for the unlinked mentions a new entry named {@code name} between {@code parties} can take in. */
  List<Seek> mentionsFor(String name, Collection<String> parties) {
    Set<String> m = words.words(name);
    List<Seek> out = new ArrayList<>();
    out.add(Seek.key(exact(m)));
    for (String w : telling(m)) {
      out.add(Seek.key(w));
      if (parties.isEmpty()) {
        out.add(Seek.prefix(w + " "));  // a multilateral entry fits a record of any states
      } else {
        states(w, parties, out);
      }
    }
    return out;
  }

  private static void states(String w, Collection<String> codes, List<Seek> out) {
    for (String c : codes) {
      out.add(Seek.key(w + " " + c));
      if (c.equals("RUS")) {
        out.add(Seek.key(w + " SUN"));
      } else if (c.equals("SUN")) {
        out.add(Seek.key(w + " RUS"));
      }
    }
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
