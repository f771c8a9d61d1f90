package org.compendium.archive;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.compendium.store.Archive;
import org.compendium.store.Incoming;
import org.compendium.store.RecordStore;
import org.compendium.util.NamedThreads;

/**
 * Writes an ingest's batches into the {@link Archive} on a thread of its own, one batch at a time, so that
 * extraction goes on while a batch is written: when the caller writes each batch itself, the extraction threads
 * run dry within a few files and wait for it (a 1M bulk load kept 1.2 of 2 cores busy). One batch is being written
 * and one more may wait for it while the caller fills the next; {@link #write} waits only when one already waits.
 * The one that waits absorbs the unevenness of the two sides (a batch that takes long to write, a run of long
 * records to extract): with none, each side sat idle whenever the other was behind.
 *
 * <p>The writer thread does the database half of a batch ({@link Archive#write}); a second thread indexes it
 * ({@link Archive#index}) while the writer goes on with the next, because at a million records the single writer
 * bounds the whole load and the index's inversion of each document was a sixth of its time. The writer waits for
 * the batch before to be indexed before it hands over the next: batches are indexed in the order written, at most
 * one waits, and an indexing failure comes back with the next batch written.
 *
 * <p>The writer's outcomes come back to the caller's thread (from {@link #write} and {@link #finish}), so the caller
 * alone counts them. {@link #close} waits for a batch being written or indexed rather than interrupting it: an
 * interrupted index write closes the index.
 */
final class BatchWriter implements AutoCloseable {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  /** Batches written or waiting to be: one being written, one waiting. */
  private static final int QUEUED = 2;

  private final Archive archive;
  private final int publishEvery;
  private final ExecutorService thread = Executors.newSingleThreadExecutor(new NamedThreads("ingest-writer"));
  private final ExecutorService indexer = Executors.newSingleThreadExecutor(new NamedThreads("ingest-indexer"));
  /** Batches handed to the writer thread and not yet awaited, oldest first: at most {@link #QUEUED}. */
  private final Deque<Future<List<RecordStore.Outcome>>> pending = new ArrayDeque<>();
  /** Set by the first batch that fails: a batch queued behind it is not written (the ingest ends there). */
  private volatile Throwable failed;
  private Future<Long> indexing;  // the last batch handed to the indexer (its CPU nanoseconds); the writer thread only
  private int unpublished;  // records stored since the last index commit; the caller's thread only
  // written on the writer thread, read by the caller after a Future.get (which orders them)
  private long cpuNanos;
  private long wallNanos;

  /**
   * {@code publishEvery}: commit the index once this many records were stored since the last commit (0: after
   * every batch).
   */
  BatchWriter(Archive archive, int publishEvery) {
    this.archive = archive;
    this.publishEvery = Math.max(0, publishEvery);
  }

  /**
   * Hands {@code batch} (which the caller must not touch again) to the writer thread, first waiting for the oldest
   * batch not yet written when one already waits. Returns the outcomes of the batches written since the last call,
   * in the order given.
   */
  List<RecordStore.Outcome> write(List<Incoming> batch) throws InterruptedException {
    List<RecordStore.Outcome> written = new ArrayList<>();
    while (!pending.isEmpty() && (pending.peekFirst().isDone() || pending.size() >= QUEUED)) {
      written.addAll(awaitOldest());
    }
    if (!batch.isEmpty()) {
      unpublished += batch.size();
      boolean publish = unpublished >= publishEvery;
      if (publish) {
        unpublished = 0;
      }
      pending.addLast(thread.submit(() -> timed(() -> {
        if (failed != null) {
          throw new IllegalStateException("not written: a batch before failed", failed);
        }
        Archive.Written w = archive.write(batch, publish);
        awaitIndexing();
        indexing = indexer.submit(() -> cpuOf(() -> archive.index(w)));
        return w.outcomes();
      })));
    }
    return written;
  }

  /** Waits for every batch, commits the index, and returns the outcomes of the batches not returned yet. */
  List<RecordStore.Outcome> finish() throws InterruptedException {
    List<RecordStore.Outcome> last = new ArrayList<>();
    while (!pending.isEmpty()) {
      last.addAll(awaitOldest());
    }
    pending.addLast(thread.submit(() -> timed(() -> {
      awaitIndexing();
      archive.publish();
      return List.of();
    })));
    awaitOldest();
    return last;
  }

  /** CPU seconds the writer and indexer threads spent storing and indexing (0 where the JVM cannot measure it). */
  double cpuSeconds() {
    return cpuNanos / 1e9;
  }

  /** Wall seconds the writer thread spent storing batches (and waiting for the indexer to take the next). */
  double wallSeconds() {
    return wallNanos / 1e9;
  }

  /** Waits for a batch still being written or indexed (the store is left between batches), then ends both threads. */
  @Override
  public void close() {
    boolean interrupted = shutDown(thread);
    interrupted |= shutDown(indexer);  // after the writer: it is the one that hands batches to the indexer
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Lets {@code pool} finish what it was given, however long it takes; whether the wait was interrupted. */
  private static boolean shutDown(ExecutorService pool) {
    pool.shutdown();
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
          return interrupted;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
  }

  /** On the writer thread: waits for the batch last handed to the indexer, adding its CPU; rethrows its failure. */
  private void awaitIndexing() {
    if (indexing == null) {
      return;
    }
    Future<Long> f = indexing;
    indexing = null;
    try {
      cpuNanos += f.get();
    } catch (InterruptedException e) {  // nothing interrupts the writer thread (close lets it finish)
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while a batch was being indexed", e);
    } catch (ExecutionException e) {
      throw rethrown(e);
    }
  }

  /** Runs {@code work}, returning the CPU nanoseconds it took on this thread. */
  private static long cpuOf(Runnable work) {
    long cpu = CPU.getCurrentThreadCpuTime();
    work.run();
    return cpu < 0 ? 0 : Math.max(0, CPU.getCurrentThreadCpuTime() - cpu);
  }

  private List<RecordStore.Outcome> awaitOldest() throws InterruptedException {
    try {
      return pending.removeFirst().get();
    } catch (ExecutionException e) {
      throw rethrown(e);
    }
  }

  /** The store's own exceptions (a full disk, a broken database) end the ingest as on the caller's thread. */
  private static RuntimeException rethrown(ExecutionException e) {
    if (e.getCause() instanceof RuntimeException re) {
      return re;
    }
    if (e.getCause() instanceof Error err) {
      throw err;
    }
    return new IllegalStateException("writing a batch failed", e.getCause());
  }

  private List<RecordStore.Outcome> timed(Supplier<List<RecordStore.Outcome>> work) {
    long cpu = CPU.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    try {
      return work.get();
    } catch (RuntimeException | Error e) {
      if (failed == null) {
        failed = e;
      }
      throw e;
    } finally {
      cpuNanos += cpu < 0 ? 0 : Math.max(0, CPU.getCurrentThreadCpuTime() - cpu);
      wallNanos += System.nanoTime() - wall;
    }
  }
}
