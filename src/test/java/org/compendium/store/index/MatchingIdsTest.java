package org.compendium.store.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MatchingIdsTest {
  /** SQLite's order for text: the UTF-8 bytes compared unsigned. */
  private static final Comparator<String> UTF8 = (a, b) -> Arrays.compareUnsigned(
      a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

  private static List<String> list(Iterable<String> ids) {
    List<String> out = new ArrayList<>();
    ids.forEach(out::add);
    return out;
  }

  @Test
  void randomIdsComeBackSortedByTheirUtf8BytesEachOnce() {
    Random random = new Random(42);
    // letters, digits, accented and CJK characters, and a supplementary one (a surrogate pair in Java), where
    // UTF-16 order (String.compareTo) and UTF-8 byte order disagree
    char[] alphabet = "09azAZ-_\u00e9\u00ff\u4e2d\ufb01".toCharArray();
    for (int round = 0; round < 200; round++) {
      List<String> given = new ArrayList<>();
      int n = random.nextInt(300);
      for (int i = 0; i < n; i++) {
        StringBuilder id = new StringBuilder();
        int len = random.nextInt(6);
        for (int k = 0; k < len; k++) {
          if (random.nextInt(12) == 0) {
            id.appendCodePoint(0x1F600);
          } else {
            id.append(alphabet[random.nextInt(alphabet.length)]);
          }
        }
        given.add(id.toString());
        if (random.nextInt(5) == 0) {
          given.add(id.toString()); // a repeat
        }
      }
      TreeSet<String> expected = new TreeSet<>(UTF8);
      expected.addAll(given);
      MatchingIds ids = MatchingIds.of(given);
      assertEquals(new ArrayList<>(expected), list(ids), "round " + round);
      assertEquals(expected.size(), ids.size());
      assertEquals(list(ids), list(ids), "each iterator starts over");
    }
  }

  @Test
  void noIdsIsAnEmptyWalk() {
    MatchingIds ids = MatchingIds.of(List.of());
    assertEquals(0, ids.size());
    Iterator<String> it = ids.iterator();
    assertFalse(it.hasNext());
    assertThrows(NoSuchElementException.class, it::next);
  }

  @Test
  void asciiIdsAreInStringOrder() {
    List<String> given = List.of("b2", "a10", "a1", "B", "a1", "", "z");
    assertEquals(List.of("", "B", "a1", "a10", "b2", "z"), list(MatchingIds.of(given)));
  }
}
