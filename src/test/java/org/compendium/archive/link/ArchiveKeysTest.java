package org.compendium.archive.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.compendium.resolve.Countries;
import org.compendium.resolve.InstrumentRegistry;
import org.compendium.resolve.InstrumentWords;
import org.compendium.store.link.LinkTables.Seek;
import org.junit.jupiter.api.Test;

/**
 * The keys of {@link ArchiveKeys} on random archives of look-alike names: resolving a name over the entries its
 * seeks find gives what resolving it over every entry gives, and a new entry's seeks find every unlinked
 * mention it can take in. Seeded; the seed is in every failure message.
 */
class ArchiveKeysTest {
  private static final InstrumentWords WORDS = new InstrumentWords(Countries.load());
  private static final ArchiveKeys KEYS = new ArchiveKeys(WORDS);
  private static final List<String> TELLING = List.of("Kelp", "Habomai", "Tumen", "Ardent", "Borealis");
  private static final List<String> OTHER = List.of("Joint", "Declaration", "Agreement", "Economic", "Cooperation",
      "Program", "Treaty", "Protocol", "on", "the", "of", "New", "Japan", "Russian", "Soviet", "China", "Korea");
  private static final List<String> CODES = List.of("JPN", "RUS", "SUN", "CHN", "KOR", "PRK");
  private static final List<Integer> YEARS = List.of(1990, 1991, 2001);

  private record Mention(String name, Set<String> context, Integer year) {}

  @Test
  void aNameResolvesOverTheEntriesItsSeeksFindAsOverAllEntries() {
    for (long seed = 1; seed <= 20; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      List<InstrumentRegistry.Entry> all = entries(rnd, 60);
      Map<String, List<String>> index = new TreeMap<>();
      for (InstrumentRegistry.Entry e : all) {
        for (String k : KEYS.entry(e.title(), e.parties())) {
          index.computeIfAbsent(k, x -> new ArrayList<>()).add(e.id());
        }
      }
      InstrumentRegistry full = InstrumentRegistry.of(WORDS, all);
      int resolved = 0;
      for (int n = 0; n < 300; n++) {
        Mention m = mention(rnd);
        Set<String> words = WORDS.words(m.name());
        Optional<String> expected = full.resolve(words, m.context(), false).map(InstrumentRegistry.Entry::id);
        Set<String> found = find(index, KEYS.entriesFor(words, m.context()));
        List<InstrumentRegistry.Entry> some = all.stream().filter(e -> found.contains(e.id())).toList();
        Optional<String> actual = KEYS.telling(words).isEmpty() || some.isEmpty() ? Optional.empty()
            : InstrumentRegistry.of(WORDS, some).resolve(words, m.context(), false).map(InstrumentRegistry.Entry::id);
        assertEquals(expected, actual, "seed " + seed + ": " + m);
        resolved += expected.isPresent() ? 1 : 0;
      }
      assertTrue(resolved > 10, "seed " + seed + ": names resolve often enough to tell (" + resolved + ")");
    }
  }

  @Test
  void aNewEntrysSeeksFindEveryMentionItCanTakeIn() {
    for (long seed = 1; seed <= 20; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      List<Mention> mentions = new ArrayList<>();
      Map<String, List<String>> index = new TreeMap<>();
      for (int n = 0; n < 300; n++) {
        Mention m = mention(rnd);
        mentions.add(m);
        for (String k : KEYS.mention(WORDS.words(m.name()), m.year(), m.context())) {
          index.computeIfAbsent(k, x -> new ArrayList<>()).add(String.valueOf(n));
        }
      }
      int taken = 0;
      for (InstrumentRegistry.Entry e : entries(rnd, 40)) {
        InstrumentRegistry only = InstrumentRegistry.of(WORDS, List.of(e));
        Set<String> found = find(index, KEYS.mentionsFor(e.title(), e.year(), e.parties()));
        for (int n = 0; n < mentions.size(); n++) {
          Mention m = mentions.get(n);
          boolean fits = only.resolve(m.name(), m.context(), false).isPresent()
              && (m.year() == null || e.year() == null || m.year().equals(e.year()));
          if (fits) {
            taken++;
            assertTrue(found.contains(String.valueOf(n)), "seed " + seed + ": " + e + " takes in " + m);
          }
        }
      }
      assertTrue(taken > 5, "seed " + seed + ": entries take in mentions often enough to tell (" + taken + ")");
    }
  }

  /** Entries with a telling word, multilateral or between two states, of a year or none, ids in order. */
  private static List<InstrumentRegistry.Entry> entries(SplittableRandom rnd, int n) {
    List<InstrumentRegistry.Entry> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String name;
      do {
        name = name(rnd);
      } while (KEYS.telling(WORDS.words(name)).isEmpty());
      Set<String> parties = new TreeSet<>();
      if (rnd.nextInt(4) > 0) {
        while (parties.size() < 2) {
          parties.add(CODES.get(rnd.nextInt(CODES.size())));
        }
      }
      Integer year = rnd.nextInt(5) == 0 ? null : YEARS.get(rnd.nextInt(YEARS.size()));
      out.add(new InstrumentRegistry.Entry(String.format("archive:e%03d", i), name, year, Set.copyOf(parties),
          List.of()));
    }
    out.sort(Comparator.comparing(InstrumentRegistry.Entry::id));
    return out;
  }

  private static Mention mention(SplittableRandom rnd) {
    Set<String> context = new TreeSet<>();
    int k = rnd.nextInt(4);
    while (context.size() < k) {
      context.add(CODES.get(rnd.nextInt(CODES.size())));
    }
    Integer year = rnd.nextInt(3) == 0 ? null : YEARS.get(rnd.nextInt(YEARS.size()));
    return new Mention(name(rnd), context, year);
  }

  private static String name(SplittableRandom rnd) {
    List<String> w = new ArrayList<>();
    int n = 2 + rnd.nextInt(4);
    for (int i = 0; i < n; i++) {
      w.add(rnd.nextInt(3) == 0 ? TELLING.get(rnd.nextInt(TELLING.size())) : OTHER.get(rnd.nextInt(OTHER.size())));
    }
    if (rnd.nextBoolean()) {
      w.add(List.of("Declaration", "Agreement", "Treaty").get(rnd.nextInt(3)));
    }
    return String.join(" ", w);
  }

  /** What the seeks find in an in-memory index (key to ids, in id order per key). */
  private static Set<String> find(Map<String, List<String>> index, Collection<Seek> seeks) {
    TreeMap<String, List<String>> sorted = new TreeMap<>(index);
    Set<String> out = new TreeSet<>();
    for (Seek s : seeks) {
      if (s.prefix()) {
        String k = s.key();
        String end = k.substring(0, k.length() - 1) + (char) (k.charAt(k.length() - 1) + 1);
        sorted.subMap(k, end).values().forEach(out::addAll);
      } else if (s.first()) {
        sorted.getOrDefault(s.key(), List.of()).stream().min(Comparator.naturalOrder()).ifPresent(out::add);
      } else {
        out.addAll(sorted.getOrDefault(s.key(), List.of()));
      }
    }
    return out;
  }
}
