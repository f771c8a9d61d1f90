package org.compendium.store.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.compendium.model.Kind;
import org.compendium.model.Record;
import org.compendium.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The title is matched as part of the text, weighs more than the body, and no phrase spans title and body. */
class TitleInTextTest {
  @TempDir Path dir;

  @Test
  void titleWordsMatchAndWeighMoreAndPhrasesStayInsideOneValue() {
    try (RecordIndex index = RecordIndex.open(dir)) {
      index.put(record("a", "Talks in Krasnoyarsk", "The leaders met and discussed energy."));
      index.put(record("b", "Talks on energy", "The leaders met in Krasnoyarsk and discussed trade."));
      index.put(record("c", "Krasnoyarsk summit", "The leaders met."));
      index.commit("1");
      // b and c are as long; the word once in c's title outweighs once in b's body
      assertEquals(List.of("c", "a", "b"), ids(index.search(SearchRequest.of("krasnoyarsk", 10))));
      // found by its title alone, with a snippet from the body only when the body has the word
      SearchResult energy = index.search(SearchRequest.of("energy", 10));
      assertEquals(List.of("b", "a"), ids(energy));
      assertFalse(energy.hits().get(0).snippet().contains("<b>"), energy.hits().get(0).snippet());
      assertTrue(energy.hits().get(1).snippet().contains("<b>energy</b>"), energy.hits().get(1).snippet());
      // "summit The": the end of c's title and the start of its body are not adjacent
      assertEquals(List.of(), ids(index.search(SearchRequest.of("\"summit the\"", 10))));
      assertEquals(List.of(), ids(index.search(SearchRequest.of("\"met krasnoyarsk\"", 10))));
      assertEquals(List.of("c"), ids(index.search(SearchRequest.of("\"krasnoyarsk summit\"", 10))));
      // the title field is still there to be asked for by name
      assertEquals(List.of("b"), ids(index.search(SearchRequest.of("title:energy", 10))));
    }
  }

  private static Record record(String id, String title, String text) {
    return new Record(id, new Source("file:/" + id + ".txt", "text", id), title, "2001-05-01", null, Kind.other,
        List.of("RUS"), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), text);
  }

  private static List<String> ids(SearchResult r) {
    return r.hits().stream().map(SearchResult.Hit::id).toList();
  }
}
