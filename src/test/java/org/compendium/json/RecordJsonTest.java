package org.compendium.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.compendium.extract.DefaultPipeline;
import org.compendium.extract.Extractor;
import org.compendium.ingest.SourceDocument;
import org.compendium.model.Record;
import org.compendium.model.Source;
import org.junit.jupiter.api.Test;

class RecordJsonTest {
  private final RecordJson json = new RecordJson();

  @Test
  void theTextOfEverySampleRecordIsReadPastItsNestedTextFields() throws Exception {
    // statements and commitments carry a "text" of their own, before the record's: only the top level counts
    Extractor extractor = new Extractor(DefaultPipeline.create());
    List<Path> samples;
    try (Stream<Path> s = Files.list(Path.of("samples/dev"))) {
      samples = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path p : samples) {
      Record r = extractor.extract(new SourceDocument(Files.readString(p), new Source(null, "text", "0")));
      byte[] utf8 = json.writeUtf8(r);
      assertEquals(r.text(), RecordJson.text(utf8), p.toString());
      assertEquals(r, json.read(utf8), p.toString());
    }
  }

  @Test
  void aRecordWithoutTextGivesNullAndNonRecordsAreRefused() {
    assertNull(RecordJson.text("{\"id\":\"a\",\"statements\":[{\"text\":\"not this\"}]}".getBytes(StandardCharsets.UTF_8)));
    assertNull(RecordJson.text("{\"id\":\"a\",\"text\":null}".getBytes(StandardCharsets.UTF_8)));
    assertThrows(IllegalArgumentException.class, () -> RecordJson.text("[1]".getBytes(StandardCharsets.UTF_8)));
    assertThrows(IllegalArgumentException.class, () -> RecordJson.text("{\"id\":".getBytes(StandardCharsets.UTF_8)));
  }
}
