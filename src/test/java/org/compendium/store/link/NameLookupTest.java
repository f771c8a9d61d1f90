package org.compendium.store.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.compendium.archive.Ingest;
import org.compendium.archive.InputFiles;
import org.compendium.bench.GeneratorData;
import org.compendium.bench.RecordGenerator;
import org.compendium.extract.Extractor;
import org.compendium.ingest.ReaderRegistry;
import org.compendium.store.Archive;
import org.compendium.store.RecordStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link People#find} and {@link Instruments#find} seek the V5 word indexes; here they are checked against the
 * definition they replace (every name of the archive read and matched in memory) on an archive of generated
 * records and the samples, for every id, name and word of it and for altered forms of them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NameLookupTest {
  private static final long SEED = 7;
  /** Queries checked per kind, drawn from all the forms made (the whole-archive scan is the slow side). */
  private static final int QUERIES = 500;
  @TempDir static Path dir;
  private Archive archive;

  @BeforeAll
  void ingest() throws IOException, InterruptedException {
    RecordGenerator gen = new RecordGenerator(GeneratorData.load(), SEED, RecordGenerator.Size.SMALL);
    Path in = dir.resolve("in");
    for (long i = 0; i < 40; i++) {
      RecordGenerator.Generated g = gen.generate(i);
      Path f = in.resolve(g.path());
      Files.createDirectories(f.getParent());
      Files.writeString(f, g.text());
    }
    archive = Archive.open(dir.resolve("store"));
    InputFiles.Expansion input = InputFiles.standard().expand(List.of(in.toString(), "samples/dev"));
    new Ingest(archive, new Extractor(), ReaderRegistry.standard(), 2, 25).run(input.files(), input.skipped(),
        List.of(), null);
  }

  @AfterAll
  void close() {
    archive.close();
  }

  @Test
  void personLookupsAreThoseOfTheWholeArchiveScan() {
    RecordStore store = archive.records();
    People people = new People(store);
    List<String> queries = queries(store.transact(c -> Sql.list(c, "SELECT id, name FROM persons UNION "
        + "SELECT person_id, name FROM participants WHERE person_id IS NOT NULL UNION "
        + "SELECT person_id, speaker FROM statements WHERE person_id IS NOT NULL",
        rs -> new String[] {rs.getString(1), rs.getString(2)})));
    assertTrue(queries.size() > 200, "enough names to check: " + queries.size());
    ScanPeople scan = new ScanPeople(store);
    int found = 0;
    for (String q : queries) {
      Lookup<People.Summary> expected = scan.find(q);
      assertEquals(expected, people.find(q), "seed " + SEED + ", person query '" + q + "'");
      found += expected.isEmpty() ? 0 : 1;
    }
    assertTrue(found > queries.size() / 2, "most queries find someone: " + found);
  }

  @Test
  void instrumentLookupsAreThoseOfTheWholeArchiveScan() {
    RecordStore store = archive.records();
    Instruments instruments = new Instruments(store);
    List<String> queries = queries(store.transact(c -> Sql.list(c, "SELECT id, title FROM instrument_entries UNION "
        + "SELECT entry_id, name FROM instrument_names UNION "
        + "SELECT entry_id, name FROM instruments WHERE entry_id IS NOT NULL",
        rs -> new String[] {rs.getString(1), rs.getString(2)})));
    assertTrue(queries.size() > 50, "enough names to check: " + queries.size());
    ScanInstruments scan = new ScanInstruments(store);
    int found = 0;
    for (String q : queries) {
      Lookup<Instruments.Summary> expected = scan.find(q);
      assertEquals(expected, instruments.find(q), "seed " + SEED + ", instrument query '" + q + "'");
      found += expected.isEmpty() ? 0 : 1;
    }
    assertTrue(found > queries.size() / 3, "many queries find an entry: " + found);
  }

  /** Ids and names as they are, in capitals, with "the", by initials, one word at a time, and a few misses. */
  private static List<String> queries(List<String[]> idsAndNames) {
    Set<String> out = new LinkedHashSet<>();
    SplittableRandom rnd = new SplittableRandom(SEED);
    for (String[] row : idsAndNames) {
      out.add(row[0]);
      out.add(row[0].toUpperCase(Locale.ROOT));
      String name = row[1];
      out.add(name);
      out.add("the " + name);
      out.add("  " + name.toLowerCase(Locale.ROOT) + " ");
      List<String> words = Sql.words(name);
      for (String w : words) {
        out.add(w);
      }
      if (words.size() > 1) {
        // "V. Putin": the first word as an initial; and the words in another order
        out.add(words.get(0).charAt(0) + ". " + String.join(" ", words.subList(1, words.size())));
        List<String> reversed = new ArrayList<>(words);
        Collections.reverse(reversed);
        out.add(String.join(" ", reversed));
        out.add(words.get(0).charAt(0) + " " + words.get(words.size() - 1).charAt(0));
        out.add(words.get(rnd.nextInt(words.size())) + " zzyzx");
      }
    }
    out.add("");
    out.add("the");
    out.add("v");
    out.add("\u212Aishi");  // Kelvin sign: equal to "k" ignoring case
    List<String> all = new ArrayList<>(out);
    Collections.shuffle(all, new java.util.Random(SEED));
    // every name as it is, then altered forms up to the budget
    Set<String> chosen = new LinkedHashSet<>();
    for (String[] row : idsAndNames) {
      chosen.add(row[1]);
    }
    for (String q : all) {
      if (chosen.size() >= QUERIES) {
        break;
      }
      chosen.add(q);
    }
    return new ArrayList<>(chosen);
  }

  // ---- the lookups as they were: every name of the archive read and matched in memory

  /** People.find as it was: every name of the archive read, matched in memory (read once here). */
  private static final class ScanPeople {
    private final Map<String, List<String>> names = new LinkedHashMap<>();
    private final Map<String, People.Summary> listed = new HashMap<>();

    ScanPeople(RecordStore store) {
      for (People.Summary s : new People(store).list()) {
        listed.put(s.id(), s);
      }
      for (String[] row : store.transact(c -> Sql.list(c, "SELECT id, name FROM persons UNION SELECT person_id, "
          + "name FROM participants WHERE person_id IS NOT NULL UNION SELECT person_id, speaker FROM statements "
          + "WHERE person_id IS NOT NULL", rs -> new String[] {rs.getString(1), rs.getString(2)}))) {
        names.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
      }
    }

    Lookup<People.Summary> find(String name) {
      List<People.Summary> out = new ArrayList<>();
      for (String id : NameMatch.best(name, new ArrayList<>(names.keySet()), id -> id, names::get,
          listed::containsKey)) {
        out.add(listed.get(id));
      }
      out.sort(Comparator.comparingInt(People.Summary::records).reversed().thenComparing(People.Summary::name)
          .thenComparing(People.Summary::id));
      return new Lookup<>(name, out);
    }
  }

  /** Instruments.find as it was: every entry summarised and every name read, matched in memory. */
  private static final class ScanInstruments {
    private final List<Instruments.Summary> all;
    private final Map<String, List<String>> names = new HashMap<>();

    ScanInstruments(RecordStore store) {
      all = new Instruments(store).list();
      for (String[] row : store.transact(c -> Sql.list(c, "SELECT entry_id, name FROM instrument_names UNION "
          + "SELECT DISTINCT entry_id, name FROM instruments WHERE entry_id IS NOT NULL",
          rs -> new String[] {rs.getString(1), rs.getString(2)}))) {
        names.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
      }
    }

    Lookup<Instruments.Summary> find(String name) {
      return new Lookup<>(name, NameMatch.best(name, all, Instruments.Summary::id, s -> {
        List<String> n = new ArrayList<>(names.getOrDefault(s.id(), List.of()));
        n.add(0, s.title());
        return n;
      }));
    }
  }
}
