package org.compendium.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CuesTest {
  private final Cues cues = Cues.load();

  private Optional<Cues.Kind> kind(String sentence) {
    return cues.find(Words.of(sentence)).map(Cues.Cue::kind);
  }

  @Test
  void pastAndPerfectiveWordingReportsAnAction() {
    assertEquals(Optional.of(Cues.Kind.reported), kind("The treaty on border crossings was signed in Lima on 3 May."));
    assertEquals(Optional.of(Cues.Kind.reported), kind("The railway link has been completed ahead of schedule."));
    assertEquals(Optional.of(Cues.Kind.reported), kind("The ministers welcomed the conclusion of the trade talks."));
    assertEquals(Optional.of(Cues.Kind.reported), kind("The first joint exercise was held off Cape Verde."));
  }

  @Test
  void aPlanIsNoReport() {
    assertEquals(Optional.empty(), kind("The next round of talks will be held in Quito."));
    assertEquals(Optional.empty(), kind("An accord is expected to be signed next spring."));
    assertEquals(Optional.empty(), kind("Both sides will work to conclude a fisheries accord."));
  }

  @Test
  void aNegatedReportOrAStatedFailureIsALapse() {
    assertEquals(Optional.of(Cues.Kind.lapsed), kind("The consultations were not held last year."));
    assertEquals(Optional.of(Cues.Kind.lapsed), kind("The pipeline hasn't been completed."));
    assertEquals(Optional.of(Cues.Kind.lapsed), kind("The border question remains unresolved."));
    assertEquals(Optional.of(Cues.Kind.lapsed), kind("The parties failed to agree on a tariff schedule, and the treaty "
        + "was signed only in part."));
  }

  @Test
  void wordsSplitNegatedContractions() {
    assertEquals(java.util.List.of("it", "has", "n't", "been", "done"), Words.of("It hasn’t been done"));
    assertTrue(Words.of("").isEmpty());
  }
}
