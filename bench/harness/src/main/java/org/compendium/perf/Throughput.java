package org.compendium.perf;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.compendium.ingest.SourceDocument;

/**
 * Runs one kind of work over a {@link Corpus} on N threads, in passes: warm-up passes until the warm-up time is
 * spent (at least one, over the first 200 records), then measured passes over the whole corpus until the measuring time is spent (at least one). Reports wall
 * time, the process's CPU time (all threads: work, JIT, GC) and the load average, since the machine may be shared.
 */
public final class Throughput {
  /** What one measured run gave. */
  public record Result(int passes, double wallSeconds, double cpuSeconds, double loadBefore, double loadAfter,
      double threadCpuSeconds) {}

  /** Work over the whole corpus in one pass; {@code perDoc} is called on pool threads, {@code perPass} around. */
  public interface Work {
    default void beginPass() {}

    void doc(SourceDocument doc) throws Exception;

    default void endPass() throws Exception {}
  }

  private static final int WARM_RECORDS = 200;

  private Throughput() {}

  public static Result run(Corpus corpus, int threads, double warmSeconds, double measureSeconds, Work work)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      // Warm-up on a slice, so that a large corpus is not read through once before measuring starts.
      Corpus slice = new Corpus(corpus.name(), corpus.docs().subList(0, Math.min(WARM_RECORDS, corpus.records())),
          0);
      long warmEnd = System.nanoTime() + (long) (warmSeconds * 1e9);
      do {
        pass(slice, pool, threads, work);
      } while (System.nanoTime() < warmEnd);
      OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      double loadBefore = os.getSystemLoadAverage();
      long cpu0 = os.getProcessCpuTime();
      // With one thread the work runs on this thread: its own CPU time is the warm figure without JIT and GC.
      java.lang.management.ThreadMXBean tmx = ManagementFactory.getThreadMXBean();
      long tcpu0 = tmx.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      long end = t0 + (long) (measureSeconds * 1e9);
      int passes = 0;
      do {
        pass(corpus, pool, threads, work);
        passes++;
      } while (System.nanoTime() < end);
      double wall = (System.nanoTime() - t0) / 1e9;
      double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
      double tcpu = threads == 1 ? (tmx.getCurrentThreadCpuTime() - tcpu0) / 1e9 : Double.NaN;
      return new Result(passes, wall, cpu, loadBefore, os.getSystemLoadAverage(), tcpu);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void pass(Corpus corpus, ExecutorService pool, int threads, Work work) throws Exception {
    work.beginPass();
    if (threads == 1) {
      for (SourceDocument d : corpus.docs()) {
        work.doc(d);
      }
    } else {
      // Each thread takes the next record, so uneven records do not leave a core idle.
      java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
      List<Future<?>> fs = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        fs.add(pool.submit(() -> {
          for (int i; (i = next.getAndIncrement()) < corpus.records(); ) {
            work.doc(corpus.docs().get(i));
          }
          return null;
        }));
      }
      for (Future<?> f : fs) {
        f.get();
      }
    }
    work.endPass();
  }

  /** Keeps a result alive so that the JIT cannot drop the work that made it. */
  public static final class Sink implements Consumer<Object> {
    private volatile int hash;

    @Override
    public void accept(Object o) {
      hash += System.identityHashCode(o);
    }
  }
}
