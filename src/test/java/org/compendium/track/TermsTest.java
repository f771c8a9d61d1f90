package org.compendium.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TermsTest {
  private final Terms terms = Terms.load();

  @Test
  void derivedFormsMeetAndGenericWordsCountryNamesAndNumbersGo() {
    Set<String> plan = terms.of("Chile and Peru will continue efforts to conclude a fisheries treaty by 2012.");
    Set<String> done = terms.of("The conclusion of the Chilean-Peruvian fisheries treaty was welcomed.");
    assertTrue(plan.contains("conclu") && done.contains("conclu"), plan + " " + done);
    assertTrue(plan.contains("fisher") && done.contains("fisher"), plan + " " + done);
    assertFalse(plan.contains("chile") || plan.contains("peru") || plan.contains("continu") || plan.contains("2012"),
        plan.toString());
  }

  @Test
  void evidenceNeedsEnoughOfTheCommitmentsTerms() {
    Set<String> sentence = terms.of("The fisheries treaty was concluded in Lima.");
    assertTrue(EvidenceRule.match(terms.of("conclude a fisheries treaty"), sentence).isPresent());
    // one shared term is never enough
    assertFalse(EvidenceRule.match(terms.of("open a fisheries office"), sentence).isPresent());
    // a long commitment touched in a few words only is not reported by that sentence
    assertFalse(EvidenceRule.match(terms.of("expand tourism, aviation, shipping, mining, education, fisheries, "
        + "treaty law and concluding cultural exchanges"), sentence).isPresent());
    assertEquals(3, EvidenceRule.match(terms.of("conclude a fisheries treaty"), sentence).get().shared().size());
  }
}
