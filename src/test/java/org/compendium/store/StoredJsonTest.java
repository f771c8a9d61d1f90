package org.compendium.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.compendium.json.RecordJson;
import org.junit.jupiter.api.Test;

class StoredJsonTest {
  private static final String ALPHABET = "{}[]\":,. abcdefgxyzABC0123456789\\\u00e9\u00fc\u201c\u201d\u041c\u5317\ud83c\udf0d";

  /** A random JSON-like object: the codec must not care what is inside. */
  private static String randomJson(Random rnd) {
    StringBuilder b = new StringBuilder("{\"text\":\"");
    int n = rnd.nextInt(rnd.nextBoolean() ? 40 : 20_000);
    for (int i = 0; i < n; i++) {
      b.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
    }
    return b.append("\"}").toString();
  }

  @Test
  void packedJsonUnpacksToTheSameBytesOnRandomInput() {
    Random rnd = new Random(13);
    for (int i = 0; i < 300; i++) {
      byte[] json = randomJson(rnd).getBytes(StandardCharsets.UTF_8);
      byte[] packed = StoredJson.pack(json);
      assertTrue(packed[0] != '{', "a packed value cannot pass for text");
      assertArrayEquals(json, StoredJson.unpack(packed));
      assertEquals(new String(json, StandardCharsets.UTF_8), StoredJson.text(packed));
    }
  }

  @Test
  void jsonStoredAsTextIsReadAsItIs() {
    byte[] text = "{\"id\":\"a\",\"text\":\"Talks in Z\u00fcrich.\"}".getBytes(StandardCharsets.UTF_8);
    assertSame(text, StoredJson.unpack(text));
  }

  @Test
  void aRecordsJsonTakesAFractionOfItsSize() throws Exception {
    String text = java.nio.file.Files.readString(java.nio.file.Path.of("samples/dev/000.txt"));
    // a real record's JSON, as the store keeps it
    var record = new org.compendium.extract.Extractor(org.compendium.extract.DefaultPipeline.create())
        .extract(new org.compendium.ingest.SourceDocument(text, new org.compendium.model.Source(null, "text", "0")));
    byte[] utf8 = new RecordJson().writeUtf8(record);
    assertTrue(StoredJson.pack(utf8).length * 2 < utf8.length, utf8.length + " -> " + StoredJson.pack(utf8).length);
  }

  @Test
  void damagedOrEmptyValuesAreRefusedWithAStoreError() {
    byte[] packed = StoredJson.pack(randomJson(new Random(1)).getBytes(StandardCharsets.UTF_8));
    for (byte[] bad : new byte[][] {new byte[0], "not json".getBytes(StandardCharsets.UTF_8),
        Arrays.copyOf(packed, packed.length / 2), Arrays.copyOf(packed, 4)}) {
      StoreException e = assertThrows(StoreException.class, () -> StoredJson.unpack(bad), Arrays.toString(bad));
      assertTrue(e.getMessage().contains("stored JSON"), e.getMessage());
    }
  }
}
