package org.compendium.archive;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * run dry within a few files and wait for it (a 1M bulk load kept 1.2 of 2 cores busy). At most one batch is being
 * written while the caller fills the next; {@link #write} waits for the one before.
 *
 * <p>The writer's outcomes come back to the caller's thread (from {@link #write} and {@link #finish}), so the caller
 * alone counts them. {@link #close} waits for a batch being written rather than interrupting it: an interrupted
 * index write closes the index.
 */
final class BatchWriter implements AutoCloseable {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private final Archive archive;
  private final int publishEvery;
  private final ExecutorService thread = Executors.newSingleThreadExecutor(new NamedThreads("ingest-writer"));
  private Future<List<RecordStore.Outcome>> pending;
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
   * Waits for the batch before to be written, then starts writing {@code batch} (which the caller must not touch
   * again). Returns the outcomes of the batch before (empty for the first).
   */
  List<RecordStore.Outcome> write(List<Incoming> batch) throws InterruptedException {
    List<RecordStore.Outcome> before = await();
    if (!batch.isEmpty()) {
      unpublished += batch.size();
      boolean publish = unpublished >= publishEvery;
      if (publish) {
        unpublished = 0;
      }
      pending = thread.submit(() -> timed(() -> archive.store(batch, publish)));
    }
    return before;
  }

  /** Waits for the last batch, commits the index, and returns the last batch's outcomes. */
  List<RecordStore.Outcome> finish() throws InterruptedException {
    List<RecordStore.Outcome> last = await();
    pending = thread.submit(() -> timed(() -> {
      archive.publish();
      return List.of();
    }));
    await();
    return last;
  }

  /** CPU seconds the writer thread spent storing and indexing (0 where the JVM cannot measure thread CPU). */
  double cpuSeconds() {
    return cpuNanos / 1e9;
  }

  /** Wall seconds the writer thread spent storing and indexing. */
  double wallSeconds() {
    return wallNanos / 1e9;
  }

  /** Waits for a batch still being written (so the store is left between batches), then ends the thread. */
  @Override
  public void close() {
    thread.shutdown();
    boolean interrupted = false;
    while (true) {
      try {
        if (thread.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private List<RecordStore.Outcome> await() throws InterruptedException {
    if (pending == null) {
      return List.of();
    }
    Future<List<RecordStore.Outcome>> f = pending;
    pending = null;
    try {
      return f.get();
    } catch (ExecutionException e) {
      // the store's own exceptions (a full disk, a broken database) end the ingest as they did on this thread
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("writing a batch failed", e.getCause());
    }
  }

  private List<RecordStore.Outcome> timed(Supplier<List<RecordStore.Outcome>> work) {
    long cpu = CPU.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    try {
      return work.get();
    } finally {
      cpuNanos += cpu < 0 ? 0 : Math.max(0, CPU.getCurrentThreadCpuTime() - cpu);
      wallNanos += System.nanoTime() - wall;
    }
  }
}
