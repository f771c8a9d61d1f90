package org.compendium.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.compendium.extract.Extractor;
import org.compendium.ingest.ReaderRegistry;
import org.compendium.json.RecordJson;
import org.compendium.model.Record;
import org.compendium.store.Incoming;
import org.compendium.store.RecordStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store written before schema V6 (text term keys) is converted by the V6 migration and then tracks exactly as a
 * store tracked with V6 from the start. The fixture {@code track/v5/archive.db.gz} was written by the build before
 * V6 (main at 05f910b, {@code ingest --threads 1}): 40 generated records ({@code generate 120 --seed 11}, the
 * first 40) and this package's 2011 and 2012 records; {@code later.jsonl.gz} holds the records of 20 more generated
 * records and the 2010 record, as that build exported them. Storing the later ones gives evidence both ways across
 * the two parts (reports of the later part on earlier commitments through the converted commitment postings, and
 * the 2010 commitment reported in 2011 and lapsed in 2012 through the converted report postings).
 */
class PostingsMigrationTest {
  private static final Path V5 = Path.of("src/test/resources/track/v5");
  private static final RecordJson JSON = new RecordJson();

  @TempDir Path tmp;

  @Test
  void aMigratedV5StoreTracksLikeAStoreTrackedWithV6FromTheStart() throws Exception {
    Path migrated = tmp.resolve("migrated");
    Files.createDirectories(migrated);
    try (InputStream in = new GZIPInputStream(Files.newInputStream(V5.resolve("archive.db.gz")))) {
      Files.copy(in, migrated.resolve("archive.db"));
    }
    List<Incoming> later = new ArrayList<>();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(V5.resolve("later.jsonl.gz")))) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        Record r = JSON.read(line);
        later.add(new Incoming(Incoming.key(r.source().uri(), null), r));
      }
    }
    List<Incoming> earlier;
    List<Incoming> version;
    List<String> migratedBefore;
    List<String> migratedAfter;
    List<String> migratedVersion;
    String migratedAnswers;
    try (RecordStore m = RecordStore.open(migrated)) {  // runs V6
      earlier = m.transact(c -> {
        List<Incoming> out = new ArrayList<>();
        try (var p = c.prepareStatement("SELECT source_key, json FROM records ORDER BY rowid"); ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            out.add(new Incoming(rs.getString(1), JSON.read(org.compendium.store.StoredJson.unpack(rs.getBytes(2)))));
          }
        }
        return out;
      });
      migratedBefore = dump(m);
      version = newVersionOfTheSignedRecord(earlier);
      m.store(later);
      migratedAfter = dump(m);
      m.store(version);
      migratedVersion = dump(m);
      migratedAnswers = answers(m);
    }
    try (RecordStore f = RecordStore.open(tmp.resolve("fresh"))) {
      f.store(earlier);
      sameRows(dump(f), migratedBefore, "the converted V5 rows are what V6 writes for the same records");
      f.store(later);
      sameRows(dump(f), migratedAfter, "after the later records");
      f.store(version);
      sameRows(dump(f), migratedVersion, "a new version drops the converted postings of the old one");
      assertEquals(answers(f), migratedAnswers);
    }
    assertEquals(42, earlier.size());
    long evidence = migratedAfter.stream().filter(l -> l.startsWith("V|")).count();
    long postings = migratedAfter.stream().filter(l -> l.startsWith("T|") || l.startsWith("R|")).count();
    assertTrue(evidence >= 14 && postings > 1000, evidence + " evidence, " + postings + " postings");
    assertTrue(migratedVersion.stream().anyMatch(l -> l.contains("was at last signed")));
  }

  /** The 2011 record reworded, under its source key: its next version. */
  private List<Incoming> newVersionOfTheSignedRecord(List<Incoming> earlier) throws Exception {
    String key = earlier.stream().map(Incoming::sourceKey).filter(k -> k.endsWith("2011-herring-signed.txt"))
        .findFirst().orElseThrow();
    Path rewritten = tmp.resolve("2011-herring-signed.txt");
    Files.writeString(rewritten, Files.readString(Path.of("src/test/resources/track/2011-herring-signed.txt"))
        .replace("was signed", "was at last signed"));
    List<Incoming> out = new ArrayList<>();
    ReaderRegistry.standard().read(rewritten, doc -> out.add(new Incoming(key, new Extractor().extract(doc))));
    assertEquals(1, out.size());
    return out;
  }

  /** Equal lists of rows; on failure, the rows of each that the other lacks (a dump is thousands of rows). */
  private static void sameRows(List<String> expected, List<String> actual, String what) {
    if (!expected.equals(actual)) {
      List<String> missing = new ArrayList<>(expected);
      missing.removeAll(actual);
      List<String> extra = new ArrayList<>(actual);
      extra.removeAll(expected);
      assertEquals(expected.size() + " rows, missing " + missing.stream().limit(10).toList(),
          actual.size() + " rows, extra " + extra.stream().limit(10).toList(), what);
    }
  }

  /** Every tracking row, with postings as {@code record pos CODE:term@date} (tracked record numbers aside). */
  private static List<String> dump(RecordStore s) {
    return s.transact(c -> {
      List<String> out = new ArrayList<>();
      for (String sql : List.of(
          "SELECT 'C', record_id, ord, status, evidence_record, evidence_text FROM commitments ORDER BY 2, 3",
          "SELECT 'S', record_id, seq, kind, cue, text, span_start, span_end FROM report_sentences ORDER BY 2, 3",
          "SELECT 'V', record_id, ord, evidence_record, evidence_seq, kind, score, matched FROM commitment_evidence "
              + "ORDER BY 2, 3, 4, 5",
          "SELECT 'K', record_id, ord, terms FROM commitment_keys ORDER BY 2, 3",
          "SELECT 'T', t.record_id, p.ord, k.key || '@' || p.day FROM commitment_postings p JOIN track_keys k "
              + "ON k.id = p.key JOIN tracked_records t ON t.n = p.rec ORDER BY 2, 3, 4",
          "SELECT 'R', t.record_id, p.seq, k.key || '@' || p.day FROM report_postings p JOIN track_keys k "
              + "ON k.id = p.key JOIN tracked_records t ON t.n = p.rec ORDER BY 2, 3, 4",
          "SELECT 'D', t.record_id, r.date FROM tracked_records t JOIN records r ON r.id = t.record_id ORDER BY t.n")) {
        try (var p = c.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
          int n = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            StringBuilder b = new StringBuilder();
            for (int i = 1; i <= n; i++) {
              String v = rs.getString(i);
              if (sql.startsWith("SELECT 'K'") && i == 4) {  // a set of terms
                v = String.join(" ", new java.util.TreeSet<>(List.of(v.split(" "))));
              }
              b.append(v).append('|');
            }
            out.add(b.toString());
          }
        }
      }
      return out;
    });
  }

  private static String answers(RecordStore s) {
    return new CommitmentService(s).list(new CommitmentQuery(null, List.of(), null, LocalDate.of(2030, 1, 1), 0, 0))
        .toString();
  }
}
