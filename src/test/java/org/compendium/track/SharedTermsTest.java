package org.compendium.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SharedTermsTest {
  @Test
  void sharedKeysGiveTheirTermsOnce() {
    // keys 7 and 9 name one term for two parties: a sentence holding both shares that term once
    SharedTerms t = new SharedTerms(List.of(new EvidenceLinker.Key(7, "treati"), new EvidenceLinker.Key(9, "treati"),
        new EvidenceLinker.Key(12, "fisher"), new EvidenceLinker.Key(40, "conclu")));
    List<String> terms = List.of("conclu", "fisher", "treati");
    Optional<EvidenceRule.Match> m = t.match(terms, t.indexes(terms), new long[] {9, 7, 12, 1000});
    assertTrue(m.isPresent());
    assertEquals(List.of("fisher", "treati"), m.get().shared());
    assertEquals(2 + 2 / 3.0, m.get().score(), 1e-9);
    // nothing is left over from one posting to the next
    assertFalse(t.match(terms, t.indexes(terms), new long[] {40}).isPresent());
    assertFalse(t.match(terms, t.indexes(terms), new long[0]).isPresent());
  }

  /** The match the linker made before: the terms of the shared keys in a set, then {@link EvidenceRule#match}. */
  private static Optional<EvidenceRule.Match> bySets(List<EvidenceLinker.Key> keys, List<String> terms, long[] other) {
    Map<Long, String> termOf = new HashMap<>();
    for (EvidenceLinker.Key k : keys) {
      termOf.put(k.id(), k.term());
    }
    Set<String> shared = new TreeSet<>();
    for (long id : other) {
      if (termOf.containsKey(id)) {
        shared.add(termOf.get(id));
      }
    }
    return EvidenceRule.match(terms, shared);
  }

  @Test
  void matchesAsTheSetsDoOnRandomKeys() {
    Random random = new Random(20261129);
    for (int round = 0; round < 5_000; round++) {
      int vocabulary = 1 + random.nextInt(30);
      List<EvidenceLinker.Key> keys = new ArrayList<>();
      Map<Long, String> named = new HashMap<>();  // a key id names one term, wherever it appears
      for (int i = random.nextInt(40); i > 0; i--) {
        long id = random.nextInt(3) == 0 ? random.nextLong() : random.nextInt(200) - 20;
        String term = named.computeIfAbsent(id, x -> "t" + random.nextInt(vocabulary));
        keys.add(new EvidenceLinker.Key(id, term));
      }
      Set<String> distinct = new LinkedHashSet<>();
      for (int i = random.nextInt(15); i > 0; i--) {
        distinct.add("t" + random.nextInt(vocabulary + 5));
      }
      List<String> terms = List.copyOf(distinct);
      SharedTerms shared = new SharedTerms(keys);
      int[] indexes = shared.indexes(terms);
      for (int posting = 0; posting < 5; posting++) {
        long[] other = new long[random.nextInt(50)];
        for (int i = 0; i < other.length; i++) {
          other[i] = !keys.isEmpty() && random.nextBoolean() ? keys.get(random.nextInt(keys.size())).id()
              : random.nextInt(200) - 20;
        }
        assertEquals(bySets(keys, terms, other), shared.match(terms, indexes, other),
            "keys " + keys + " terms " + terms + " other " + java.util.Arrays.toString(other));
      }
    }
  }
}
