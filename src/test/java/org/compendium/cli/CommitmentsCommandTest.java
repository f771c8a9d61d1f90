package org.compendium.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.compendium.model.Commitment;
import org.compendium.store.Archive;
import org.compendium.track.TrackedCommitment;
import org.compendium.util.IsoDates;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code compendium commitments} on the bundled samples, ingested once into a temporary store. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommitmentsCommandTest {
  @TempDir static Path dir;
  private Path store;
  private StringWriter out;
  private StringWriter err;

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @BeforeAll
  void ingestSamples() {
    store = dir.resolve("store");
    assertEquals(0, run("ingest", "samples", "--store", store.toString(), "--no-progress"), err.toString());
  }

  @Test
  void asOf2001EverySampleCommitmentDueBeforeThenIsOverdueOrReported() throws Exception {
    LocalDate day = LocalDate.of(2001, 1, 1);
    Set<String> expected = new TreeSet<>();
    try (Archive a = Archive.open(store)) {
      a.records().forEachCurrent(r -> {
        for (int i = 0; i < r.commitments().size(); i++) {
          Commitment c = r.commitments().get(i);
          if (IsoDates.last(c.due()).map(d -> d.isBefore(day)).orElse(false)) {
            expected.add(TrackedCommitment.id(r.id(), i));
          }
        }
      });
    }
    assertFalse(expected.isEmpty(), "the samples have commitments due before 2001");
    assertEquals(0, run("commitments", "--store", store.toString(), "--as-of", "2001-01-01", "--json"), err.toString());
    JsonNode all = new ObjectMapper().readTree(out.toString());
    Set<String> listed = new TreeSet<>();
    for (JsonNode c : all) {
      if (expected.contains(c.get("id").asText())) {
        listed.add(c.get("id").asText());
        String status = c.get("status").asText();
        assertTrue(status.equals("overdue") || status.equals("reported"), c.toString());
      }
    }
    assertEquals(expected, listed, "every one is listed");
    assertEquals(0, run("commitments", "--store", store.toString(), "--as-of", "2001-01-01", "--due-before",
        "2001-01-01", "--json"));
    Set<String> dueBefore = new TreeSet<>();
    new ObjectMapper().readTree(out.toString()).forEach(c -> dueBefore.add(c.get("id").asText()));
    assertEquals(expected, dueBefore);
    assertEquals(0, run("commitments", "--store", store.toString(), "--as-of", "2001-01-01", "--due-before",
        "2001-01-01"));
    assertTrue(out.toString().startsWith(expected.size() + " commitments (as of 2001-01-01)"), out.toString());
  }

  @Test
  void badOptionsGiveOneLineAndExitTwo() {
    assertEquals(2, run("commitments", "--store", store.toString(), "--as-of", "first of May"));
    assertTrue(err.toString().startsWith("commitments: --as-of: not a date"), err.toString());
    assertEquals(1, err.toString().strip().lines().count(), err.toString());
    assertEquals(2, run("commitments", "--store", store.toString(), "--status", "pending"));
    assertTrue(err.toString().contains("not a commitment status: pending"), err.toString());
  }
}
