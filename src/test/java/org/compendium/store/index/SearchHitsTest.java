package org.compendium.store.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.compendium.model.Kind;
import org.compendium.model.Record;
import org.compendium.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each hit's id, title and date are those of its own record (they are read in the same stored-fields visit as the
 * text for the snippet, see {@link HitHighlighter}), over enough records of varied length to span several
 * stored-fields blocks, with and without dates, and across segments; a page from an offset is that part of the
 * whole ranking.
 */
class SearchHitsTest {
  @TempDir Path dir;

  @Test
  void hitsCarryTheirOwnRecordsFields() {
    Map<String, Record> byId = new HashMap<>();
    try (RecordIndex index = RecordIndex.open(dir)) {
      for (int i = 0; i < 300; i++) {
        String id = String.format("h%015d", i);
        String date = i % 3 == 0 ? null : (1990 + i % 30) + "-0" + (1 + i % 9) + "-1" + (i % 10);
        String text = "Record " + i + ". The parties agreed on the treaty. " + "Further words. ".repeat(i % 50 * 20);
        Record r = new Record(id, new Source("file:/h" + i + ".txt", "text", id), "Title of record " + i, date, null,
            Kind.other, List.of("FRA"), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), text);
        byId.put(id, r);
        index.put(r);
        if (i % 100 == 99) {
          index.commit(String.valueOf(i));  // several segments
        }
      }
      SearchResult res = index.search(SearchRequest.of("treaty", 300));
      assertEquals(300, res.total());
      assertEquals(300, res.hits().size());
      for (SearchResult.Hit h : res.hits()) {
        Record r = byId.get(h.id());
        assertEquals(r.title(), h.title(), h.id());
        assertEquals(r.date(), h.date(), h.id());
        assertTrue(h.snippet().contains("<b>treaty</b>"), h.id() + ": " + h.snippet());
      }
      // a page from an offset is that stretch of the whole ranking, with the same totals and facets
      for (int offset : new int[] {0, 20, 280, 290, 300, 400}) {
        SearchResult page = index.search(new SearchRequest("treaty", List.of(), null, null, null, null, null, null,
            offset + 20, offset));
        assertEquals(res.hits().subList(Math.min(offset, 300), Math.min(offset + 20, 300)), page.hits(),
            "offset " + offset);
        assertEquals(res.total(), page.total());
        assertEquals(res.facets(), page.facets());
      }
      SearchResult one = index.search(SearchRequest.of("\"Record 7\"", 5));
      assertEquals("Title of record 7", one.hits().get(0).title());
    }
  }
}
