package org.compendium.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.document.Document;
import org.compendium.model.Commitment;
import org.compendium.model.Kind;
import org.compendium.model.Person;
import org.compendium.model.Record;
import org.compendium.model.Source;
import org.compendium.model.Span;
import org.compendium.model.Statement;
import org.compendium.store.index.SearchRequest;
import org.compendium.util.Hashes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordStoreTest {
  @TempDir Path dir;

  static Record record(String text, List<Person> people) {
    String id = Hashes.sha256(text.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    return new Record(id, new Source("file:/tmp/" + id + ".txt", "text", id), "Talks in Lisbon", "2003-04-05", null,
        Kind.visit, List.of("PRT", "BRA"), people,
        List.of(new Statement("joint", "agree", "The sides agreed to meet again.", new Span(0, 10))),
        List.of(), List.of(new Commitment("meet again", List.of("PRT", "BRA"), "2004", "next year", new Span(0, 10))),
        List.of(), List.of(), List.of("trade"), List.of(), text);
  }

  private RecordStore open(boolean derivations) {
    return derivations ? RecordStore.open(dir) : RecordStore.open(dir, List.of());
  }

  static Person person(String name) {
    return new Person(name, "Minister", "PRT", List.of(new Span(0, 4)));
  }

  // with derivations each record's facts are written with it; without, a batch's facts at its end (FactWriter)
  @ParameterizedTest(name = "derivations {0}")
  @ValueSource(booleans = {true, false})
  void aRecordThatFailsMidwayLeavesNothingWhileTheRestOfItsBatchIsStored(boolean derivations) {
    Record good = record("The ministers of Portugal and Brazil met in Lisbon to discuss cocoa tariffs.",
        List.of(person("Ana Sousa")));
    // A participant without a name violates participants' NOT NULL, found after the records row is written: the
    // failure comes after part of the record is already written.
    Record bad = record("A second meeting in Porto discussed olive oil quotas at length.",
        List.of(person("Rui Costa"), person(null)));
    try (RecordStore store = open(derivations)) {
      List<RecordStore.Outcome> out = store.store(List.of(
          new Incoming("a", good), new Incoming("b", bad)));
      assertFalse(out.get(0).failed());
      assertTrue(out.get(1).failed(), "the bad record must fail");
      assertNull(out.get(1).stored());
      assertEquals(1, store.rows("records"));
      assertEquals(1, store.rows("participants"), "only the good record's participant");
      assertEquals(2, store.rows("countries"));
      assertEquals(1, store.rows("statements"));
      assertEquals(1, store.rows("commitments"));
      assertEquals(2, store.rows("commitment_parties"));
      assertTrue(store.get(bad.id()).isEmpty());
    }
  }

  // with derivations each record's facts are written with it; without, a batch's facts at its end (FactWriter)
  @ParameterizedTest(name = "derivations {0}")
  @ValueSource(booleans = {true, false})
  void aBatchStreamedRecordByRecordHandsOnEachOutcomeAndOneThatBreaksOffLeavesNothing(boolean derivations) {
    Record a = record("Portugal and Brazil signed a treaty on fisheries in Lisbon.", List.of(person("Ana Sousa")));
    Record b = record("Portugal and Brazil agreed to meet again next year in Brasilia.", List.of());
    Record c = record("The ministers reviewed cocoa tariffs in Porto.", List.of());
    try (RecordStore store = open(derivations)) {
      // a stream whose third record never comes (an ingest stopped): the two already written go with it
      Iterable<Incoming> broken = () -> new Iterator<>() {
        private int i;

        @Override
        public boolean hasNext() {
          if (i == 2) {
            throw new IllegalStateException("the stream broke off");
          }
          return true;
        }

        @Override
        public Incoming next() {
          return new Incoming("k" + i, i++ == 0 ? a : b);
        }
      };
      List<RecordStore.Outcome> seen = new ArrayList<>();
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> store.store(broken, seen::add));
      assertEquals("the stream broke off", e.getMessage());
      assertEquals(2, seen.size(), "each outcome as its record was written");
      assertEquals(0, store.rows("records"));
      assertEquals(0, store.rows("participants"));
      // no transaction left open: the next batch is stored and committed on its own
      List<RecordStore.Outcome> out = new ArrayList<>();
      store.store(List.of(new Incoming("k0", a), new Incoming("k2", c)), out::add);
      assertEquals(List.of(Stored.NEW, Stored.NEW), out.stream().map(RecordStore.Outcome::stored).toList());
      assertEquals(2, store.rows("records"));
      assertEquals(1, store.rows("participants"));
    }
  }

  @Test
  void whatIsKeptOfAWrittenRecordIsItsKeyAndIndexDocument() {
    Record r = record("Portugal and Brazil signed a treaty on fisheries in Lisbon.", List.of());
    Document doc = new Document();
    try (RecordStore store = RecordStore.open(dir)) {
      Incoming prepared = store.prepare(new Incoming("k", r), doc);
      Incoming kept = prepared.written();
      assertEquals("k", kept.sourceKey());
      assertNull(kept.record());
      assertNull(kept.ready().json());
      assertEquals(List.of(), kept.ready().derived());
      assertSame(doc, kept.ready().document());
      Incoming plain = new Incoming("k", r);  // without a document, indexing it needs the record: all kept
      assertSame(plain, plain.written());
      Incoming noDocument = store.prepare(plain, null);
      assertSame(noDocument, noDocument.written());
    }
  }

  // with derivations each record's facts are written with it; without, a batch's facts at its end (FactWriter)
  @ParameterizedTest(name = "derivations {0}")
  @ValueSource(booleans = {true, false})
  void aRecordAfterOneThatFailedMidBatchStoresOnlyItsOwnRows(boolean derivations) {
    // the write path reuses its prepared statements from record to record: the failed record's rows, added to a
    // statement's batch before the failure, must not come back with the next record's batch
    Record bad = record("A second meeting in Porto discussed olive oil quotas at length.",
        List.of(person("Rui Costa"), person(null)));
    Record next = record("A third meeting in Braga discussed cork exports and port wine.", List.of(person("Eva Lima")));
    try (RecordStore store = open(derivations)) {
      List<RecordStore.Outcome> out = store.store(List.of(new Incoming("b", bad), new Incoming("c", next)));
      assertTrue(out.get(0).failed());
      assertFalse(out.get(1).failed(), String.valueOf(out.get(1).error()));
      assertEquals(1, store.rows("participants"), "only the next record's participant");
      assertEquals(1, store.rows("records"));
      assertEquals(next, store.get(next.id()).orElseThrow());
    }
  }

  @Test
  void theJsonColumnIsTheRecordsPackedJsonWhetherPreparedOrNot() {
    // non-ASCII of each UTF-8 length: the JSON goes to UTF-8 bytes, then a zstd frame
    Record plain = record("Talks in Z\u00fcrich on \u201cthe Accord\u201d, \u041c\u043e\u0441\u043a\u0432\u0430 "
        + "and \ud83c\udf0d.", List.of(person("J\u00f6rg M\u00fcller")));
    Record prepared = record("Talks in \u5317\u4eac on the \u00abRoad Map\u00bb.", List.of(person("Li Wei")));
    org.compendium.json.RecordJson json = new org.compendium.json.RecordJson();
    try (RecordStore store = RecordStore.open(dir)) {
      store.store(List.of(new Incoming("a", plain), store.prepare(new Incoming("b", prepared), null)));
      for (Record r : List.of(plain, prepared)) {
        List<Object> row = store.transact(c -> {
          try (java.sql.PreparedStatement p = c.prepareStatement(
              "SELECT typeof(json), json FROM records WHERE id = ?")) {
            p.setString(1, r.id());
            try (java.sql.ResultSet rs = p.executeQuery()) {
              return List.of(rs.getString(1), rs.getBytes(2));
            }
          }
        });
        assertEquals("blob", row.get(0), r.text());
        byte[] packed = (byte[]) row.get(1);
        assertEquals(json.write(r, false), StoredJson.text(packed), r.text());
        assertTrue(packed.length < json.writeUtf8(r).length, "compressed: " + packed.length);
        assertEquals(r, store.get(r.id()).orElseThrow());
      }
    }
  }

  @Test
  void aRowWrittenBeforeSchema13WithItsJsonAsTextIsReadEveryWay() throws Exception {
    Record old = record("The Accord of Z\u00fcrich was cited in talks held in Geneva.", List.of(person("Jane Roe")));
    org.compendium.json.RecordJson json = new org.compendium.json.RecordJson();
    try (RecordStore store = RecordStore.open(dir)) {
      store.store(List.of(new Incoming("old", old)));
      // as a store before schema 13 wrote it: the same row, its JSON as text
      store.transact(c -> {
        try (java.sql.PreparedStatement p = c.prepareStatement(
            "UPDATE records SET json = CAST(? AS TEXT) WHERE id = ?")) {
          p.setBytes(1, json.writeUtf8(old));
          p.setString(2, old.id());
          return p.executeUpdate();
        }
      });
      assertEquals("text", store.transact(c -> {
        try (java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT typeof(json) FROM records")) {
          return rs.getString(1);
        }
      }));
      assertEquals(old, store.get(old.id()).orElseThrow());
      List<Record> all = new ArrayList<>();
      store.forEachCurrent(all::add);
      store.forEachCurrentInStorageOrder(all::add);
      assertEquals(List.of(old, old), all);
    }
  }

  @Test
  void sameContentIsUnchangedAndANewTextAtTheSameKeyIsTheNextVersion() {
    Record v1 = record("Talks on fisheries were held in Reykjavik.", List.of(person("Jon Jonsson")));
    Record v2 = record("Talks on fisheries and whaling were held in Reykjavik.", List.of(person("Jon Jonsson")));
    try (RecordStore store = RecordStore.open(dir)) {
      assertEquals(Stored.NEW, store.store(List.of(new Incoming("k", v1))).get(0).stored());
      assertEquals(Stored.UNCHANGED, store.store(List.of(new Incoming("k", v1))).get(0).stored());
      RecordStore.Outcome o = store.store(List.of(new Incoming("k", v2))).get(0);
      assertEquals(Stored.VERSION, o.stored());
      assertEquals(v1.id(), o.replaced());
      assertEquals(1, store.countCurrent());
      assertEquals(2, store.rows("records"));
      assertEquals(List.of(v1.id(), v2.id()), store.versions(v2.id()));
      assertFalse(store.isCurrent(v1.id()));
      assertTrue(store.isCurrent(v2.id()));
      assertEquals(v1, store.get(v1.id()).orElseThrow(), "history keeps the old record whole");
    }
  }

  @Test
  void aStoreWhoseIndexMissesRecordsHealsOnOpen() {
    Record r = record("Envoys from Chile and Peru signed a maritime accord in Lima.", List.of(person("Eva Ruiz")));
    try (RecordStore store = RecordStore.open(dir)) {
      store.store(List.of(new Incoming("k", r)));  // as if the process died before the index write
    }
    try (Archive archive = Archive.open(dir)) {
      assertEquals(1, archive.healed());
      assertEquals(List.of(r.id()), archive.search(SearchRequest.of("maritime", 10)).hits().stream()
          .map(h -> h.id()).toList());
    }
    try (Archive archive = Archive.open(dir)) {
      assertEquals(0, archive.healed(), "nothing left to heal");
      assertEquals(archive.records().mark(), archive.index().mark());
    }
    Record r2 = record("A trade fair in Quito drew delegations from Ecuador and Colombia.", List.of(person("Luz Mora")));
    try (RecordStore store = RecordStore.open(dir)) {
      store.store(List.of(new Incoming("k", r2)));  // a new version written, index not told
    }
    try (Archive archive = Archive.open(dir)) {
      assertEquals(2, archive.healed(), "the new version indexed, the old one dropped");
      assertEquals(0, archive.search(SearchRequest.of("maritime", 10)).total());
      assertEquals(1, archive.search(SearchRequest.of("Quito", 10)).total());
    }
  }

  @Test
  void storeLocationPrefersOptionThenEnvironmentThenDefault() {
    assertEquals(Path.of("x"), StoreLocation.resolve(Path.of("x"), java.util.Map.of("COMPENDIUM_HOME", "/h")));
    assertEquals(Path.of("/h"), StoreLocation.resolve(null, java.util.Map.of("COMPENDIUM_HOME", "/h")));
    assertEquals(Path.of("compendium-data"), StoreLocation.resolve(null, java.util.Map.of()));
  }
}
