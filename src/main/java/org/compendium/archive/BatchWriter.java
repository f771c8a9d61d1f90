package org.compendium.archive;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.compendium.store.Archive;
import org.compendium.store.Incoming;
import org.compendium.store.RecordStore;
import org.compendium.util.NamedThreads;

/**
 * Writes an ingest's records into the {@link Archive} on a thread of its own, in batches of a given size (one
 * transaction each), so that extraction goes on while they are written: when the caller writes each batch itself,
 * the extraction threads run dry within a few files and wait for it (a 1M bulk load kept 1.2 of 2 cores busy).
 *
 * <p>The caller hands records on as they are extracted ({@link #add}), and the writer thread writes each as it
 * comes into the open batch's transaction ({@link Archive#writeAsTheyCome}), keeping of it only what indexing needs.
 * A record's JSON and facts are thus garbage within moments of its extraction: gathered into whole batches before
 * the write, a 1M bulk load held some 3,000 records (about 50 KB each) at any time, long enough for the collector
 * to promote every one of them and then collect them in full (about 100 full collections).
 *
 * <p>One batch is being written, one more may be full and waiting for it, and the caller fills a third; {@link #add}
 * waits only when it opens a batch while two wait. The one that waits absorbs the unevenness of the two sides (a
 * batch that takes long to write, a run of long records to extract): with none, each side sat idle whenever the
 * other was behind.
 *
 * <p>A second thread indexes a written batch ({@link Archive#index}) while the writer goes on with the next, because
 * at a million records the single writer bounds the whole load and the index's inversion of each document was a
 * sixth of its time. The writer waits for the batch before to be indexed before it hands over the next: batches are
 * indexed in the order written, once committed, at most one waits, and an indexing failure comes back with the
 * next batch written.
 *
 * <p>The writer's outcomes come back to the caller's thread (from {@link #add} and {@link #finish}), so the caller
 * alone counts them. {@link #close} ends the batch being filled (what it holds is written) and waits for a batch
 * being written or indexed rather than interrupting it: an interrupted index write closes the index.
 */
final class BatchWriter implements AutoCloseable {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  /** Batches handed to the writer thread and not yet awaited: one being written, one waiting, one being filled. */
  private static final int QUEUED = 3;

  private final Archive archive;
  private final int batchSize;
  private final int publishEvery;
  private final ExecutorService thread = Executors.newSingleThreadExecutor(new NamedThreads("ingest-writer"));
  private final ExecutorService indexer = Executors.newSingleThreadExecutor(new NamedThreads("ingest-indexer"));
  /** Batches handed to the writer thread and not yet awaited, oldest first: at most {@link #QUEUED}. */
  private final Deque<Future<List<RecordStore.Outcome>>> pending = new ArrayDeque<>();
  /** Set by the first batch that fails: a batch queued behind it is not written (the ingest ends there). */
  private volatile Throwable failed;
  private Future<Long> indexing;  // the last batch handed to the indexer (its CPU nanoseconds); the writer thread only
  private Batch filling;  // the batch records are added to, or null; the caller's thread only
  private int unpublished;  // records handed on since the last index commit; the caller's thread only
  // written on the writer thread, read by the caller after a Future.get (which orders them)
  private long cpuNanos;
  private long wallNanos;

  /**
   * Writes batches of {@code batchSize} records; commits the index once at least {@code publishEvery} records were
   * handed on since the last commit (0: after every batch).
   */
  BatchWriter(Archive archive, int batchSize, int publishEvery) {
    this.archive = archive;
    this.batchSize = Math.max(1, batchSize);
    this.publishEvery = Math.max(0, publishEvery);
  }

  /**
   * Hands {@code records} (which the caller must not touch again) to the writer thread, first waiting for the
   * oldest batch not yet written when a new batch opens while two wait. Returns the outcomes of the batches written
   * since the last call, in the order given.
   */
  List<RecordStore.Outcome> add(List<Incoming> records) throws InterruptedException {
    List<RecordStore.Outcome> written = new ArrayList<>();
    for (Incoming in : records) {
      if (filling == null) {
        filling = open(written);
      }
      if (filling.put(in) >= batchSize) {
        endFilling();
      }
    }
    return written;
  }

  /**
   * A new batch, written as it is filled once the batches before it are; adds the outcomes it awaits to
   * {@code written}.
   */
  private Batch open(List<RecordStore.Outcome> written) throws InterruptedException {
    while (!pending.isEmpty() && (pending.peekFirst().isDone() || pending.size() >= QUEUED)) {
      written.addAll(awaitOldest());
    }
    Batch batch = new Batch();
    unpublished += batchSize;  // a last batch that is not full is published by finish
    boolean publish = unpublished >= publishEvery;
    if (publish) {
      unpublished = 0;
    }
    pending.addLast(thread.submit(() -> timed(batch, () -> {
      if (failed != null) {
        throw new IllegalStateException("not written: a batch before failed", failed);
      }
      Archive.Written w = archive.writeAsTheyCome(batch, publish);
      awaitIndexing();
      indexing = indexer.submit(() -> cpuOf(() -> archive.index(w)));
      return w.outcomes();
    })));
    return batch;
  }

  /** Ends the batch being filled, if any: the writer commits it once it has written what it holds. */
  private void endFilling() {
    if (filling != null) {
      filling.end();
      filling = null;
    }
  }

  /** Waits for every batch, commits the index, and returns the outcomes of the batches not returned yet. */
  List<RecordStore.Outcome> finish() throws InterruptedException {
    endFilling();
    List<RecordStore.Outcome> last = new ArrayList<>();
    while (!pending.isEmpty()) {
      last.addAll(awaitOldest());
    }
    pending.addLast(thread.submit(() -> timed(null, () -> {
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

  /**
   * Wall seconds the writer thread spent storing batches (and waiting for the indexer to take the next), not waiting
   * for their records.
   */
  double wallSeconds() {
    return wallNanos / 1e9;
  }

  /** Waits for a batch still being written or indexed (the store is left between batches), then ends both threads. */
  @Override
  public void close() {
    endFilling();
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

  /**
   * Runs {@code work} on the writer thread, adding its CPU time, and its wall time less any wait for the records of
   * {@code batch} (may be null).
   */
  private List<RecordStore.Outcome> timed(Batch batch, Supplier<List<RecordStore.Outcome>> work) {
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
      wallNanos += System.nanoTime() - wall - (batch == null ? 0 : batch.waitedNanos);
    }
  }

  /**
   * A batch whose records come one by one: the caller puts them, the writer thread takes them as they come, until
   * the caller ends it. They pass in handfuls of {@link #HANDFUL}: handed on one at a time, each woke the writer
   * (a million wake-ups in a 1M load: 199-217 s of system time, 180 s in handfuls); a handful is still young
   * garbage once written.
   * Unbounded, but the caller ends it at the batch size.
   */
  private static final class Batch implements Iterable<Incoming> {
    private static final int HANDFUL = 32;
    private static final List<Incoming> END = Collections.unmodifiableList(new ArrayList<>());  // by identity

    private final BlockingQueue<List<Incoming>> handfuls = new LinkedBlockingQueue<>();
    private List<Incoming> handful = new ArrayList<>(HANDFUL);  // the caller's thread only
    private int size;  // the caller's thread only
    private long waitedNanos;  // the writer thread only

    /** Adds a record; returns how many the batch now holds. */
    int put(Incoming in) {
      handful.add(in);
      if (handful.size() == HANDFUL) {
        handfuls.add(handful);
        handful = new ArrayList<>(HANDFUL);
      }
      return ++size;
    }

    void end() {
      if (!handful.isEmpty()) {
        handfuls.add(handful);
      }
      handfuls.add(END);
    }

    /** The records, in the order put, as they come; one pass only, by the writer thread. */
    @Override
    public Iterator<Incoming> iterator() {
      return new Iterator<>() {
        private Iterator<Incoming> current = Collections.emptyIterator();
        private boolean ended;

        @Override
        public boolean hasNext() {
          while (!current.hasNext() && !ended) {
            List<Incoming> next = take();
            ended = next == END;
            current = next.iterator();
          }
          return current.hasNext();
        }

        @Override
        public Incoming next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          return current.next();
        }
      };
    }

    private List<Incoming> take() {
      long start = System.nanoTime();
      try {
        return handfuls.take();
      } catch (InterruptedException e) {  // nothing interrupts the writer thread (close lets it finish)
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for records to write", e);
      } finally {
        waitedNanos += System.nanoTime() - start;
      }
    }
  }
}
