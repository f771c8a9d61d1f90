package org.compendium.store.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.compendium.model.Instrument;
import org.compendium.model.Kind;
import org.compendium.model.Person;
import org.compendium.model.Record;
import org.compendium.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The person and instrument filters match exactly the records a phrase query on the analyzed names matches, on
 * random names built from few, repeated words (the common words of treaty titles among them) and random phrases:
 * parts of names, word pairs, other case and punctuation, words no name has.
 */
class NameFilterTest {
  @TempDir Path dir;

  private static final String[] WORDS = {"Treaty", "of", "the", "Peace", "and", "Friendship", "between", "Japan",
      "Nepal", "India", "Agreement", "Pacific", "Indo-Pacific", "ASEAN", "Outlook", "on"};

  @Test
  void aNameFilterMatchesWhatAPhraseOnTheNamesMatches() throws Exception {
    long seed = new Random().nextLong();
    Random rnd = new Random(seed);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      names.add(name(rnd, 1 + rnd.nextInt(8)));
    }
    try (RecordIndex index = RecordIndex.open(dir)) {
      for (int i = 0; i < 400; i++) {
        String id = String.format("n%04d", i);
        List<Instrument> instruments = new ArrayList<>();
        List<Person> people = new ArrayList<>();
        for (int k = rnd.nextInt(4); k > 0; k--) {
          instruments.add(new Instrument(null, names.get(rnd.nextInt(names.size())), null, null, List.of()));
          people.add(new Person(names.get(rnd.nextInt(names.size())), null, null, List.of()));
        }
        index.put(new Record(id, new Source("file:/" + id + ".txt", "text", id), "Talks", "2001-05-01", null,
            Kind.other, List.of("JPN"), people, List.of(), instruments, List.of(), List.of(), List.of(), List.of(),
            List.of(), "The talks."));
        if (i % 150 == 149) {
          index.commit(Integer.toString(i));
        }
      }
      index.commit("all");
      try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
        IndexSearcher searcher = new IndexSearcher(reader);
        int matched = 0;
        for (int q = 0; q < 300; q++) {
          String phrase = switch (rnd.nextInt(4)) {
            case 0 -> part(rnd, names.get(rnd.nextInt(names.size())));
            case 1 -> names.get(rnd.nextInt(names.size())).toUpperCase(java.util.Locale.ROOT).replace(' ', ',');
            case 2 -> name(rnd, 1 + rnd.nextInt(3));
            default -> rnd.nextBoolean() ? "Kazakhstan" : "  ";
          };
          boolean person = rnd.nextBoolean();
          SearchRequest r = new SearchRequest("", List.of(), person ? phrase : null, person ? null : phrase, null,
              null, null, null, 500);
          Set<String> got = new TreeSet<>();
          index.searchUncached(r).hits().forEach(h -> got.add(h.id()));
          Query reference = new QueryBuilder(RecordDocuments.analyzer())
              .createPhraseQuery(person ? Fields.PEOPLE : Fields.INSTRUMENTS, phrase);
          Set<String> expected = new TreeSet<>();
          for (ScoreDoc sd : searcher.search(reference == null ? new MatchNoDocsQuery() : reference, 500).scoreDocs) {
            expected.add(searcher.storedFields().document(sd.doc).get(Fields.ID));
          }
          assertEquals(expected, got, "seed " + seed + ", " + (person ? "person " : "instrument ") + phrase);
          matched += got.size();
        }
        assertTrue(matched > 1000, "seed " + seed + ": the filters match something (" + matched + ")");
      }
    }
  }

  private static String name(Random rnd, int words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      b.append(i == 0 ? "" : " ").append(WORDS[rnd.nextInt(WORDS.length)]);
    }
    return b.toString();
  }

  private static String part(Random rnd, String name) {
    String[] w = name.split(" ");
    int from = rnd.nextInt(w.length);
    int to = from + 1 + rnd.nextInt(w.length - from);
    return String.join(" ", java.util.Arrays.copyOfRange(w, from, to));
  }
}
