package org.compendium.bench;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.compendium.bench.GeneratorData.Country;
import org.compendium.bench.GeneratorData.Sentence;
import org.compendium.bench.GeneratorData.Tenure;

/**
 * Writes realistic summit outlines for benchmarks and tests: a heading (title, date, issuer), an opening, numbered
 * sections of statements, joint positions and list items recombined from the sample sentences, commitments with
 * deadlines and instruments signed or cited, all with other leaders (real office holders of the date), countries,
 * cities, instruments and dates. Record {@code i} of seed {@code s} is a pure function of (s, i): the same seed
 * gives the same bytes on any machine, and records can be made in any order. Thread-safe.
 *
 * <p>Limits: the sentences keep the samples' wording and topics (Japan's summitry of 2000-2023 with other
 * names), and some keep names the gold files do not list as participants.
 */
public final class RecordGenerator {
  /** A participant as the generator wrote it: full name, role, index of the country in the record's countries. */
  public record Participant(String name, String role, String country) {}

  /** One generated record: its file name relative to the output directory, text and what it was made of. */
  public record Generated(long index, String path, String text, LocalDate date, List<String> countries,
      List<Participant> participants) {}

  /** How long records are: FULL like the samples (about 3 KB), SMALL one short section (under 1 KB). */
  public enum Size { FULL, SMALL }

  private final GeneratorData data;
  private final long seed;
  private final Size size;

  public RecordGenerator(GeneratorData data, long seed) {
    this(data, seed, Size.FULL);
  }

  public RecordGenerator(GeneratorData data, long seed, Size size) {
    this.data = data;
    this.seed = seed;
    this.size = size;
  }

  /** Relative path of record {@code i}: a thousand records per directory. */
  public static String path(long i) {
    return String.format("d%04d/r%07d.txt", i / 1000, i);
  }

  /** Record {@code i} of this seed. */
  public Generated generate(long i) {
    SplittableRandom rnd = new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + i));
    Cast cast = cast(rnd);
    Draft d = new Draft(data, rnd, cast.date, cast.countries, cast.people);
    d.compose(size == Size.SMALL);
    List<String> codes = cast.countries.stream().map(Country::code).toList();
    List<Participant> ps = cast.people.stream()
        .map(p -> new Participant(p.name(), p.role(), cast.countries.get(p.country()).code())).toList();
    return new Generated(i, path(i), d.text(), cast.date, codes, ps);
  }

  private record Cast(LocalDate date, List<Country> countries, List<Draft.Person> people) {}

  /** Who meets where and when: a leader and a date in office, a counterpart of another state in office then. */
  private Cast cast(SplittableRandom rnd) {
    Tenure a = pick(rnd, data.tenures);
    LocalDate date = a.from().plusDays(rnd.nextLong(ChronoUnit.DAYS.between(a.from(), a.to()) + 1));
    List<Country> countries = new ArrayList<>();
    List<Draft.Person> people = new ArrayList<>();
    Set<String> names = new HashSet<>();
    countries.add(data.countries.get(a.country()));
    people.add(new Draft.Person(a.name(), role(rnd, a, "head-role"), 0));
    names.add(a.name());
    int others = 1 + (rnd.nextInt(10) < 3 ? 1 : 0);
    for (int k = 0; k < others; k++) {
      Tenure b = counterpart(rnd, date, countries, names);
      countries.add(data.countries.get(b.country()));
      people.add(new Draft.Person(b.name(), role(rnd, b, "head-role"), countries.size() - 1));
      names.add(b.name());
    }
    if (rnd.nextInt(10) < 4) {  // a minister accompanies the first leader
      List<Tenure> home = data.tenuresByCountry.get(a.country());
      for (int tries = 0; tries < 20; tries++) {
        Tenure m = pick(rnd, home);
        if (m.covers(date) && names.add(m.name())) {
          people.add(new Draft.Person(m.name(), m.title() != null ? m.title()
              : pick(rnd, data.frames("minister-role")), 0));
          break;
        }
      }
    }
    return new Cast(date, countries, people);
  }

  private Tenure counterpart(SplittableRandom rnd, LocalDate date, List<Country> taken, Set<String> names) {
    Tenure fallback = null;
    for (int tries = 0; tries < 200; tries++) {
      Tenure b = pick(rnd, data.tenures);
      boolean free = taken.stream().noneMatch(c -> c.code().equals(b.country())) && !names.contains(b.name());
      if (free && b.covers(date)) {
        return b;
      }
      if (free && fallback == null) {
        fallback = b;
      }
    }
    return fallback;
  }

  private String role(SplittableRandom rnd, Tenure t, String frames) {
    return t.title() != null ? t.title() : pick(rnd, data.frames(frames));
  }

  static <T> T pick(SplittableRandom rnd, List<T> from) {
    return from.get(rnd.nextInt(from.size()));
  }

  static Sentence pickSentence(SplittableRandom rnd, GeneratorData data, String kind) {
    return pick(rnd, data.sentences(kind));
  }

  /** SplitMix64's finalizer: spreads neighbouring (seed, index) pairs over the whole state space. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
