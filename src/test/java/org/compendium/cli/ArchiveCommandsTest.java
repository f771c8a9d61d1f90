package org.compendium.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.compendium.store.Archive;
import org.compendium.store.index.SearchRequest;
import org.compendium.store.index.SearchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive commands end to end on small inputs written here. */
class ArchiveCommandsTest {
  @TempDir Path tmp;

  private final CliRunner cli = new CliRunner();

  private int run(String... args) {
    return cli.run(args);
  }

  private static final String TALKS = "Joint Press Statement\nOslo, 12 March 2004\n\n"
      + "The foreign ministers of Norway and Iceland met in Oslo to discuss fisheries in the North Atlantic. "
      + "They agreed to hold consultations on herring quotas before the end of 2004.\n";
  private static final String VISIT = "Visit of the Prime Minister of Portugal to Brazil\n5 June 2006\n\n"
      + "The Prime Minister of Portugal visited Brasilia, where he met the President of Brazil to discuss trade in "
      + "cork and coffee.\n";

  @Test
  void aLoadWithoutSyncsStoresEveryRecordAndLaterOpensSyncAgain() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("talks.txt"), TALKS);
    Files.writeString(in.resolve("visit.txt"), VISIT);
    Path store = tmp.resolve("store");
    assertEquals(0, run("ingest", in.toString(), "--store", store.toString(), "--defer-links", "--no-sync",
        "--no-progress"), cli.err());
    assertTrue(cli.out().contains("ingested 2,") || cli.out().contains("ingested 2 "), cli.out());
    try (org.compendium.store.Archive a = org.compendium.store.Archive.open(store)) {
      assertEquals(2, a.records().countCurrent());
    }
    assertEquals(0, run("search", "cork", "--store", store.toString()));
    assertTrue(cli.out().contains("Portugal"), cli.out());
  }

  @Test
  void aBadFileMakesExitOneWhileEveryGoodFileIsStored() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("talks.txt"), TALKS);
    Files.writeString(in.resolve("visit.txt"), VISIT);
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.write(in.resolve("picture.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0});
    Files.writeString(in.resolve("notes.md"), "# not a record\n");
    Path store = tmp.resolve("store");
    assertEquals(1, run("ingest", in.toString(), "--store", store.toString(), "--no-progress"));
    assertTrue(cli.err().contains("empty.txt"), cli.err());
    assertTrue(cli.err().contains("picture.txt"), cli.err());
    assertTrue(cli.out().contains("ingested 2,"), cli.out());
    assertTrue(cli.out().contains("skipped") && cli.out().contains("notes.md"), cli.out());
    try (Archive a = Archive.open(store)) {
      assertEquals(2, a.records().countCurrent());
      assertEquals(1, a.search(SearchRequest.of("herring", 10)).total());
      assertEquals(1, a.search(SearchRequest.of("cork", 10)).total());
    }
  }

  @Test
  void aChangedFileAtTheSamePathBecomesANewVersionAndSearchSeesOnlyTheCurrentOne() throws Exception {
    Path file = tmp.resolve("talks.txt");
    Files.writeString(file, TALKS);
    Path store = tmp.resolve("store");
    assertEquals(0, run("ingest", file.toString(), "--store", store.toString(), "--no-progress"));
    Files.writeString(file, TALKS.replace("herring", "mackerel"), StandardCharsets.UTF_8);
    assertEquals(0, run("ingest", file.toString(), "--store", store.toString(), "--no-progress"));
    assertTrue(cli.out().contains("new versions 1"), cli.out());
    try (Archive a = Archive.open(store)) {
      assertEquals(1, a.records().countCurrent());
      assertEquals(2, a.records().rows("records"));
      SearchResult now = a.search(SearchRequest.of("mackerel", 10));
      assertEquals(1, now.total());
      assertEquals(0, a.search(SearchRequest.of("herring", 10)).total(), "history is not searched");
      String id = now.hits().get(0).id();
      List<String> versions = a.records().versions(id);
      assertEquals(2, versions.size());
      assertEquals(id, versions.get(1));
      assertTrue(a.records().get(versions.get(0)).orElseThrow().text().contains("herring"), "old version kept");
    }
    cli.clear();
    assertEquals(0, run("export", "--format", "csv", "--store", store.toString(), "--out", tmp.resolve("a.csv").toString()));
    List<String> csv = Files.readAllLines(tmp.resolve("a.csv"));
    assertEquals(2, csv.size(), "header and the one current record");
    assertEquals(0, run("show", versions(store).get(0), "--store", store.toString()));
    assertTrue(cli.out().contains("superseded"), cli.out());
  }

  private static List<String> versions(Path store) {
    try (Archive a = Archive.open(store)) {
      return a.records().versions(a.records().currentIds().iterator().next());
    }
  }
}
