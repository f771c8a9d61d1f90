package org.compendium.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.compendium.archive.Ingest;
import org.compendium.extract.Extractor;
import org.compendium.ingest.ReaderRegistry;
import org.compendium.store.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commitment status end to end on three small records written for this test (test resources {@code track/}):
 * a 2010 statement with three commitments, a 2011 release reporting the first as signed, a 2012 statement saying
 * the second has yet to be done (after its due date).
 */
class CommitmentTrackingTest {
  private static final Path DIR = Path.of("src/test/resources/track");
  private static final String PLAN = "2010-fisheries.txt";
  private static final String SIGNED = "2011-herring-signed.txt";
  private static final String LAPSED = "2012-station-lapsed.txt";

  @TempDir Path tmp;
  private static final Extractor EXTRACTOR = new Extractor();

  private void ingest(Archive a, Path... files) throws InterruptedException {
    new Ingest(a, EXTRACTOR, ReaderRegistry.standard(), 1, 10).run(List.of(files), List.of(), List.of(), null);
  }

  private static Map<String, TrackedCommitment> byText(CommitmentService s, LocalDate asOf) {
    return s.list(new CommitmentQuery(null, List.of(), null, asOf, 0, 0)).stream()
        .collect(Collectors.toMap(t -> t.text().split(" ")[4], Function.identity()));
  }

  @Test
  void aLaterReportAndALaterStatedFailureGiveReportedAndLapsedWithTheirEvidence() throws Exception {
    try (Archive a = Archive.open(tmp.resolve("s"))) {
      ingest(a, DIR.resolve(PLAN), DIR.resolve(SIGNED), DIR.resolve(LAPSED));
      CommitmentService s = new CommitmentService(a.records());
      Map<String, TrackedCommitment> now = byText(s, LocalDate.of(2020, 1, 1));
      TrackedCommitment herring = now.get("sign");
      assertEquals(CommitmentStatus.reported, herring.status());
      assertTrue(herring.machineSuggested());
      assertEquals("evidence", herring.basis());
      assertEquals("2011-02-10", herring.evidence().recordDate());
      assertTrue(herring.evidence().sentence().contains("was signed in Oslo"), herring.evidence().sentence());
      String evidenceText = a.records().get(herring.evidence().recordId()).orElseThrow().text();
      assertEquals(herring.evidence().sentence(),
          evidenceText.substring(herring.evidence().span().start(), herring.evidence().span().end()));

      TrackedCommitment station = now.get("open");
      assertEquals(CommitmentStatus.lapsed, station.status());
      assertTrue(station.evidence().sentence().contains("has yet to open"), station.evidence().sentence());

      assertEquals(CommitmentStatus.open, now.get("hold").status(), "nothing due, nothing reported");
      assertNull(now.get("hold").evidence());

      // as of an earlier day, later records are not known yet and due dates decide
      Map<String, TrackedCommitment> early = byText(s, LocalDate.of(2011, 1, 1));
      assertEquals(CommitmentStatus.overdue, early.get("sign").status());
      assertEquals("due", early.get("sign").basis());
      assertEquals(CommitmentStatus.open, early.get("open").status());
      Map<String, TrackedCommitment> mid = byText(s, LocalDate.of(2011, 7, 1));
      assertEquals(CommitmentStatus.reported, mid.get("sign").status());
      assertEquals(CommitmentStatus.overdue, mid.get("open").status());

      assertEquals(List.of(herring.id()), s.list(new CommitmentQuery(CommitmentStatus.reported, List.of("ISL"), null,
          null, 0, 0)).stream().map(TrackedCommitment::id).toList());
      assertEquals(2, s.list(new CommitmentQuery(null, List.of(), LocalDate.of(2012, 1, 1), null, 0, 0)).size());
      assertEquals(0, s.list(new CommitmentQuery(null, List.of("PER"), null, null, 0, 0)).size());
      // as of a day before the first record, none of its commitments had been made yet
      assertEquals(List.of(), s.list(new CommitmentQuery(null, List.of(), null, LocalDate.of(2010, 2, 1), 0, 0)));
    }
  }

  @Test
  void theEvidenceIsTheSameWhicheverOrderRecordsArriveIn() throws Exception {
    List<String> forward;
    List<String> backward;
    try (Archive a = Archive.open(tmp.resolve("f"))) {
      ingest(a, DIR.resolve(PLAN), DIR.resolve(SIGNED), DIR.resolve(LAPSED));
      forward = evidenceRows(a);
    }
    try (Archive a = Archive.open(tmp.resolve("b"))) {
      ingest(a, DIR.resolve(LAPSED));
      ingest(a, DIR.resolve(SIGNED));
      ingest(a, DIR.resolve(PLAN));
      backward = evidenceRows(a);
    }
    assertEquals(2, forward.size(), forward.toString());
    assertEquals(forward, backward);
  }

  @Test
  void aDecisionIsNeverOverwrittenBySuggestions() throws Exception {
    try (Archive a = Archive.open(tmp.resolve("d"))) {
      ingest(a, DIR.resolve(PLAN));
      CommitmentService s = new CommitmentService(a.records());
      String id = byText(s, null).get("sign").id();
      Decision d = s.decide(id, CommitmentStatus.open, "the signed text is not the agreed one", "analyst");
      ingest(a, DIR.resolve(SIGNED), DIR.resolve(LAPSED));
      TrackedCommitment t = s.get(id, null).orElseThrow();
      assertEquals(CommitmentStatus.open, t.status());
      assertEquals("decision", t.basis());
      assertFalse(t.machineSuggested());
      assertEquals(d, t.decision());
      assertEquals(1, t.candidates().size(), "the suggestion is still shown as a candidate");
      assertEquals(1, a.records().rows("commitment_decisions"));
      String suggestion = a.records().transact(c -> {
        try (var p = c.prepareStatement("SELECT status FROM commitments WHERE record_id || '#' || ord = ?")) {
          p.setString(1, id);
          try (var rs = p.executeQuery()) {
            rs.next();
            return rs.getString(1);
          }
        }
      });
      assertEquals("reported", suggestion, "the machine's suggestion is kept apart from the decision");
      s.decide(id, CommitmentStatus.reported, null, "analyst");
      assertEquals(CommitmentStatus.reported, s.get(id, null).orElseThrow().status(), "the latest decision wins");
      assertEquals(2, a.records().rows("commitment_decisions"));
    }
  }

  @Test
  void aNewVersionWithoutTheReportTakesItsEvidenceAway() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Path signed = in.resolve(SIGNED);
    Files.copy(DIR.resolve(SIGNED), signed);
    try (Archive a = Archive.open(tmp.resolve("v"))) {
      ingest(a, DIR.resolve(PLAN), signed);
      CommitmentService s = new CommitmentService(a.records());
      assertEquals(CommitmentStatus.reported, byText(s, null).get("sign").status());
      rewrite(signed, "was signed in Oslo on 3 February 2011", "will be signed in Oslo in March 2011");
      ingest(a, signed);
      assertEquals(2, a.records().rows("records") - 1, "the old version is kept");
      TrackedCommitment t = byText(s, null).get("sign");
      assertEquals(CommitmentStatus.overdue, t.status());
      assertTrue(t.candidates().isEmpty());
      assertEquals(0, a.records().rows("commitment_evidence"));
    }
  }

  @Test
  void aStoreFilledWithoutTheTrackerCatchesUpWhenOpenedWithIt() throws Exception {
    Path store = tmp.resolve("h");
    try (Archive a = Archive.open(store, List.of())) {
      ingest(a, DIR.resolve(PLAN), DIR.resolve(SIGNED), DIR.resolve(LAPSED));
      assertEquals(0, a.records().rows("commitment_evidence"));
    }
    try (Archive a = Archive.open(store)) {
      assertEquals(2, evidenceRows(a).size());
      assertEquals(3, a.records().rows("tracked_records"));
    }
  }

  /**
   * Many later reports of one commitment: it keeps the {@value EvidenceRule#MAX_EVIDENCE} strongest, the same ones
   * whichever order the records arrive in, and its status still comes from them.
   */
  @Test
  void aCommitmentKeepsItsStrongestEvidenceWhateverTheOrder() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("many"));
    List<Path> reports = new ArrayList<>();
    int n = EvidenceRule.MAX_EVIDENCE + 6;
    for (int i = 0; i < n; i++) {
      // every report shares the commitment's terms; every third one also names the stocks, a stronger match
      Path f = in.resolve("report-" + i + ".txt");
      Files.writeString(f, "Press Release: Herring between Iceland and Norway\nOslo, " + (1 + i) + " February 2011\n\n"
          + "The agreement between Norway and Iceland on the joint management of herring"
          + (i % 3 == 0 ? " stocks" : "") + " was signed in Oslo by the two Foreign Ministers.\n");
      reports.add(f);
    }
    List<String> forward;
    List<String> backward;
    try (Archive a = Archive.open(tmp.resolve("mf"))) {
      ingest(a, DIR.resolve(PLAN));
      ingest(a, reports.toArray(Path[]::new));
      forward = evidenceRows(a);
      TrackedCommitment herring = byText(new CommitmentService(a.records()), null).get("sign");
      assertEquals(CommitmentStatus.reported, herring.status());
    }
    List<Path> reversed = new ArrayList<>(reports);
    java.util.Collections.reverse(reversed);
    try (Archive a = Archive.open(tmp.resolve("mb"))) {
      for (Path f : reversed) {
        ingest(a, f);
      }
      ingest(a, DIR.resolve(PLAN));
      backward = evidenceRows(a);
    }
    assertEquals(EvidenceRule.MAX_EVIDENCE, forward.size(), forward.toString());
    assertEquals(forward, backward);
    long strong = forward.stream().filter(row -> row.contains("herring stocks was signed")).count();
    assertEquals((n + 2) / 3, strong, "every stronger match is kept: " + forward);
  }

  /**
   * A report near a commitment keeps it as evidence until {@value EvidenceRule#NEAREST} commitments of the same
   * parties and terms, dated between the two, come to lie between them: then the first commitment is no longer
   * near the report and loses that evidence, as if those commitments had been stored first.
   */
  @Test
  void aCommitmentPushedOutOfAReportsWindowLosesItsEvidence() throws Exception {
    Orders o = planReportAndBetween("plans", i -> "Joint Statement on Herring between Norway and Iceland\n"
        + "Reykjavik, " + i + " October 2010\n\n"
        + "The two ministers agreed that Norway and Iceland will sign an agreement on the joint management of "
        + "herring stocks by the end of 2010.\n");
    assertEquals(1, o.first().size(), "the report is the plan's evidence while nothing lies between them");
    assertEquals(EvidenceRule.NEAREST, o.forward().size(), "the report is evidence of the plans between only: "
        + o.forward());
    assertEquals(o.forward(), o.backward());
  }

  /**
   * The other way round: a commitment keeps a report as evidence until {@value EvidenceRule#NEAREST} reports of the
   * same parties and terms, dated between the two, come to lie between them; then its evidence is the reports
   * between, as if they had been stored first (the report it lost was its latest, so ranking alone would keep it).
   */
  @Test
  void aReportPushedOutOfACommitmentsWindowStopsBeingItsEvidence() throws Exception {
    Orders o = planReportAndBetween("reports", i -> "Press Release: Herring between Iceland and Norway\n"
        + "Oslo, " + i + " October 2010\n\n"
        + "The agreement between Norway and Iceland on the joint management of herring stocks was signed in Oslo "
        + "by the two Foreign Ministers.\n");
    assertEquals(1, o.first().size(), "the report is the plan's evidence while nothing lies between them");
    assertEquals(EvidenceRule.MAX_EVIDENCE, o.forward().size(), o.forward().toString());
    assertTrue(o.forward().stream().noneMatch(row -> row.contains("3 February 2011")), "pushed out: " + o.forward());
    assertEquals(o.forward(), o.backward());
  }

  /** Evidence rows: of the plan and its report alone, then with the records between; and in the reverse order. */
  private record Orders(List<String> first, List<String> forward, List<String> backward) {}

  /**
   * Stores the 2010 plan, its 2011 report, then {@value EvidenceRule#NEAREST} records dated between the two
   * (day {@code i} of October 2010 with the text {@code between.apply(i)}); then the same records in the reverse
   * order into another archive.
   */
  private Orders planReportAndBetween(String name, java.util.function.IntFunction<String> between) throws Exception {
    Path in = Files.createDirectories(tmp.resolve(name));
    List<Path> files = new ArrayList<>();
    for (int i = 1; i <= EvidenceRule.NEAREST; i++) {
      files.add(Files.writeString(in.resolve(name + "-" + i + ".txt"), between.apply(i)));
    }
    List<String> first;
    List<String> forward;
    try (Archive a = Archive.open(tmp.resolve(name + "-forward"))) {
      ingest(a, DIR.resolve(PLAN), DIR.resolve(SIGNED));
      first = evidenceRows(a);
      for (Path f : files) {
        ingest(a, f);
      }
      forward = evidenceRows(a);
    }
    try (Archive a = Archive.open(tmp.resolve(name + "-backward"))) {
      ingest(a, files.toArray(Path[]::new));
      ingest(a, DIR.resolve(SIGNED));
      ingest(a, DIR.resolve(PLAN));
      return new Orders(first, forward, evidenceRows(a));
    }
  }

  private static void rewrite(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertTrue(text.contains(from));
    Files.writeString(file, text.replace(from, to));
  }

  private static List<String> evidenceRows(Archive a) {
    return a.records().transact(c -> {
      List<String> out = new ArrayList<>();
      try (var p = c.prepareStatement("SELECT e.record_id, e.ord, e.evidence_record, s.text, e.kind, e.score, e.matched "
          + "FROM commitment_evidence e JOIN report_sentences s ON s.record_id = e.evidence_record "
          + "AND s.seq = e.evidence_seq ORDER BY 1, 2, 3, 4"); var rs = p.executeQuery()) {
        while (rs.next()) {
          StringBuilder b = new StringBuilder();
          for (int i = 1; i <= 7; i++) {
            b.append(rs.getString(i)).append('|');
          }
          out.add(b.toString());
        }
      }
      assertNotNull(out);
      return out;
    });
  }
}
