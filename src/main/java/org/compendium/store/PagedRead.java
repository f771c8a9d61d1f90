package org.compendium.store;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A walk through the store in pages that keeps both cores busy: the next page is read from the database on a
 * thread of its own while the current one is expanded (each row's stored JSON unpacked, and parsed or decoded, on
 * all cores) and handed on in order. Reading, expansion and the consumer were one thread's serial work (an
 * export of 1M records, cold: 135 s that way, 85 s this way; bench/ARCHIVE.md).
 */
final class PagedRead {
  /** One row of a page: its key (the record's id, or its rowid for a walk in storage order) and stored JSON. */
  record Row(String key, byte[] stored) {}

  private PagedRead() {}

  /**
   * Calls {@code sink} with {@code expand} of each row of the pages {@code next} yields, in order: {@code next}
   * gets null for the first page and the previous page after that, and an empty page ends the walk. Memory holds
   * at most two pages of rows (this one and the next, being read) and this page's expanded values. An exception
   * from any step stops the walk and is thrown here.
   */
  static <T> void forEach(UnaryOperator<List<Row>> next, Function<Row, T> expand, Consumer<? super T> sink) {
    ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "compendium-page-reader");
      t.setDaemon(true);
      return t;
    });
    try {
      Future<List<Row>> ahead = reader.submit(() -> next.apply(null));
      while (true) {
        List<Row> page = await(ahead);
        if (page.isEmpty()) {
          return;
        }
        ahead = reader.submit(() -> next.apply(page));
        for (T value : page.parallelStream().map(expand).toList()) {
          sink.accept(value);
        }
      }
    } finally {
      reader.shutdownNow();
    }
  }

  private static List<Row> await(Future<List<Row>> page) {
    try {
      return page.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new StoreException("page read failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("page read interrupted", e);
    }
  }
}
