package org.compendium.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.compendium.store.index.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index built by a version with another document layout (its commit does not carry this version's format) is
 * rebuilt from the database when the archive opens, even though it claims to match the database.
 */
class IndexFormatTest {
  @TempDir Path dir;

  @Test
  void anIndexOfAnotherLayoutIsRebuiltOnOpen() throws Exception {
    List<String> texts = List.of("Cocoa tariffs were discussed in Lisbon.", "Olive oil quotas were discussed in Porto.",
        "Fisheries were discussed in Faro.");
    String mark;
    try (Archive a = Archive.open(dir)) {
      for (String t : texts) {
        a.store(List.of(new Incoming(t, RecordStoreTest.record(t, List.of()))));
      }
      assertEquals(3, a.search(SearchRequest.of("discussed", 10)).total());
      mark = a.records().mark();
    }
    // what an older version leaves: documents of its own layout (here: none), the database mark, no format
    try (FSDirectory d = FSDirectory.open(dir.resolve(Archive.INDEX_DIR));
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
      w.deleteAll();
      w.setLiveCommitData(Map.of("compendium.db", mark).entrySet());
      w.commit();
    }
    try (Archive a = Archive.open(dir)) {
      assertEquals(3, a.healed());
      assertEquals(3, a.search(SearchRequest.of("discussed", 10)).total());
      assertEquals(1, a.search(SearchRequest.of("faro", 10)).total());
    }
    try (Archive a = Archive.open(dir)) {
      assertEquals(0, a.healed(), "rebuilt once: the index now carries this version's format");
    }
  }
}
