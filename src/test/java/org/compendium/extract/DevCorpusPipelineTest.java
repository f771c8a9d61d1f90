package org.compendium.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.compendium.DevCorpus;
import org.compendium.ingest.ReaderRegistry;
import org.compendium.ingest.SourceDocument;
import org.compendium.json.RecordJson;
import org.compendium.model.Record;
import org.compendium.util.Hashes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole pipeline on every bundled dev record: each annotator puts exactly the layers it declares (the
 * pipeline checks this on every run), the output validates against the record schema, and every span
 * points inside the text.
 */
class DevCorpusPipelineTest {
  private static Extractor extractor;
  private static JsonSchema schema;
  private static final RecordJson JSON = new RecordJson();

  @BeforeAll
  static void setUp() throws Exception {
    extractor = new Extractor();
    try (InputStream in = DevCorpusPipelineTest.class.getResourceAsStream("/org/compendium/spec/record.schema.json")) {
      // The schema's $id is relative; give it a base so that it resolves.
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(java.net.URI.create("https://compendium.invalid/spec/record.schema.json"), new ObjectMapper().readTree(in));
    }
  }

  static Stream<Path> records() {
    return DevCorpus.texts().stream();
  }

  @ParameterizedTest
  @MethodSource("records")
  void extractsValidRecord(Path file) throws Exception {
    List<SourceDocument> docs = new ArrayList<>();
    ReaderRegistry.standard().read(file, docs::add);
    assertEquals(1, docs.size(), "one record per dev text");
    Document doc = extractor.pipeline().annotate(new Document(docs.get(0)));
    for (Annotator a : extractor.pipeline().annotators()) {
      assertTrue(doc.layers().containsAll(a.produces()), a.name() + " layers missing");
    }
    Record record = extractor.extract(docs.get(0));
    String text = record.text();
    assertFalse(text.isBlank());
    assertEquals(Hashes.sha256(text.getBytes(StandardCharsets.UTF_8)).substring(0, 16), record.id());

    JsonNode node = new ObjectMapper().readTree(JSON.write(record, false));
    Set<ValidationMessage> errors = schema.validate(node);
    assertTrue(errors.isEmpty(), file + " does not validate: " + errors);
    checkSpans(node, text.length(), file.toString());
  }

  /** Every object with start/end (a span) anywhere in the record lies inside the text. */
  private static void checkSpans(JsonNode node, int length, String where) {
    if (node.isObject()) {
      if (node.has("start") && node.has("end")) {
        int s = node.get("start").asInt();
        int e = node.get("end").asInt();
        assertTrue(0 <= s && s <= e && e <= length, where + ": span out of text " + node);
      }
      node.fields().forEachRemaining(f -> {
        if (!f.getKey().equals("text")) {
          checkSpans(f.getValue(), length, where);
        }
      });
    } else if (node.isArray()) {
      node.forEach(n -> checkSpans(n, length, where));
    }
  }
}
