package org.compendium.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.compendium.model.Kind;
import org.compendium.model.Person;
import org.compendium.model.Record;
import org.compendium.model.Source;
import org.compendium.model.Span;
import org.compendium.model.Statement;
import org.compendium.util.Hashes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a batch's fact rows land in the database file: without derivations (a bulk load) a batch's rows of each
 * table are written together at its end, so the table's pages of that batch are consecutive; written record by
 * record, they alternate with the records' own pages. Read from SQLite's {@code dbstat} table.
 */
class FactLayoutTest {
  @TempDir Path dir;

  @Test
  void withoutDerivationsABatchsStatementsLieOnConsecutivePages() {
    List<Integer> pages = statementPages(RecordStore.open(dir, List.of()));
    assertTrue(pages.size() > 20, "the batch must fill many pages: " + pages.size());
    // not all of them: the root page is the table's first, and a B-tree's split frees a page now and then
    assertTrue(followed(pages) > 0.9, "scattered: " + pages);
  }

  @Test
  void recordByRecordTheyAlternateWithTheRecordsPages() {
    List<Integer> pages = statementPages(RecordStore.open(dir));
    assertTrue(followed(pages) < 0.5, "not scattered: " + pages);
  }

  /** The share of {@code pages} (ascending) followed at once by the next page of the file. */
  private static double followed(List<Integer> pages) {
    int next = 0;
    for (int i = 1; i < pages.size(); i++) {
      next += pages.get(i) == pages.get(i - 1) + 1 ? 1 : 0;
    }
    return next / (double) (pages.size() - 1);
  }

  /** Stores one batch of records with long statements; the statements table's pages, in file order. */
  private static List<Integer> statementPages(RecordStore opened) {
    Random random = new Random(7);
    List<Incoming> batch = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      batch.add(new Incoming("k" + i, record(i, random)));
    }
    try (RecordStore store = opened) {
      store.store(batch);
      return store.transact(c -> {
        List<Integer> out = new ArrayList<>();
        try (var s = c.createStatement(); var rs = s.executeQuery("SELECT pageno FROM dbstat "
            + "WHERE name = 'statements' ORDER BY pageno")) {
          while (rs.next()) {
            out.add(rs.getInt(1));
          }
        }
        return out;
      });
    }
  }

  private static Record record(int n, Random random) {
    StringBuilder text = new StringBuilder("Record " + n + ".");
    List<Statement> said = new ArrayList<>();
    for (int s = 0; s < 3; s++) {
      StringBuilder sentence = new StringBuilder("The minister said that");
      for (int w = 0; w < 30; w++) {
        sentence.append(' ').append(Long.toString(random.nextLong() & Long.MAX_VALUE, 36));
      }
      int start = text.length() + 1;
      text.append(' ').append(sentence).append('.');
      said.add(new Statement("Ana Sousa", "state", sentence.toString(), new Span(start, text.length())));
    }
    String id = Hashes.sha256(text.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    return new Record(id, new Source("file:/tmp/" + n + ".txt", "text", id), "Talks " + n, "2003-04-05", null,
        Kind.visit, List.of("PRT"), List.of(new Person("Ana Sousa", "Minister", "PRT", List.of(new Span(0, 4)))),
        said, List.of(), List.of(), List.of(), List.of(), List.of("trade"), List.of(), text.toString());
  }
}
