package org.compendium.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class PagedReadTest {
  /** Pages of {@code sizes.length} pages, page k holding sizes[k] rows keyed by a running number. */
  private static UnaryOperator<List<PagedRead.Row>> pages(int[] sizes, AtomicInteger reads) {
    int[] page = {0};
    int[] key = {0};
    return previous -> {
      reads.incrementAndGet();
      List<PagedRead.Row> rows = new ArrayList<>();
      if (page[0] < sizes.length) {
        for (int i = 0; i < sizes[page[0]]; i++) {
          String k = Integer.toString(key[0]++);
          rows.add(new PagedRead.Row(k, k.getBytes(StandardCharsets.UTF_8)));
        }
        page[0]++;
      }
      return rows;
    };
  }

  @Test
  void everyRowArrivesOnceInOrderWhateverThePageSizes() {
    Random random = new Random(7);
    for (int round = 0; round < 50; round++) {
      int[] sizes = new int[random.nextInt(6)];
      int total = 0;
      for (int i = 0; i < sizes.length; i++) {
        sizes[i] = 1 + random.nextInt(700);
        total += sizes[i];
      }
      List<Integer> seen = new ArrayList<>();
      PagedRead.forEach(pages(sizes, new AtomicInteger()),
          row -> Integer.parseInt(new String(row.stored(), StandardCharsets.UTF_8)), seen::add);
      assertEquals(total, seen.size());
      for (int i = 0; i < total; i++) {
        assertEquals(i, seen.get(i));
      }
    }
  }

  @Test
  void thePreviousPageIsHandedToTheReaderSoItCanContinueAfterIt() {
    List<String> afters = new ArrayList<>();
    int[] calls = {0};
    PagedRead.forEach(previous -> {
      afters.add(previous == null ? null : previous.get(previous.size() - 1).key());
      return calls[0]++ < 2 ? List.of(new PagedRead.Row("k" + calls[0], new byte[0])) : List.of();
    }, PagedRead.Row::key, k -> { });
    assertEquals(java.util.Arrays.asList(null, "k1", "k2"), afters);
  }

  @Test
  void aFailingReadStopsTheWalkWithItsException() {
    StoreException failure = new StoreException("disk gone", null);
    int[] calls = {0};
    List<String> seen = new ArrayList<>();
    StoreException thrown = assertThrows(StoreException.class, () -> PagedRead.forEach(previous -> {
      if (calls[0]++ == 1) {
        throw failure;
      }
      return List.of(new PagedRead.Row("a", new byte[0]));
    }, PagedRead.Row::key, seen::add));
    assertSame(failure, thrown);
    assertEquals(List.of("a"), seen);
  }

  @Test
  void aFailingExpansionOrSinkStopsTheWalkBeforeTheRestIsRead() {
    AtomicInteger reads = new AtomicInteger();
    assertThrows(IllegalStateException.class, () -> PagedRead.forEach(pages(new int[] {10, 10, 10, 10}, reads),
        row -> {
          if (row.key().equals("3")) {
            throw new IllegalStateException("bad row");
          }
          return row.key();
        }, k -> { }));
    assertTrue(reads.get() <= 2, "read " + reads.get() + " pages; at most one ahead of the failing one");

    AtomicInteger reads2 = new AtomicInteger();
    List<String> seen = new ArrayList<>();
    assertThrows(IllegalArgumentException.class, () -> PagedRead.forEach(pages(new int[] {5, 5, 5}, reads2),
        PagedRead.Row::key, k -> {
          if (k.equals("7")) {
            throw new IllegalArgumentException("sink refuses");
          }
          seen.add(k);
        }));
    assertEquals(List.of("0", "1", "2", "3", "4", "5", "6"), seen);
  }
}
