package org.compendium.archive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.compendium.archive.IngestSummary.Failure;
import org.compendium.extract.Extractor;
import org.compendium.ingest.ReadException;
import org.compendium.ingest.ReaderRegistry;
import org.compendium.model.Record;
import org.compendium.store.Archive;
import org.compendium.store.Incoming;
import org.compendium.store.RecordStore;
import org.compendium.util.NamedThreads;
import org.compendium.util.Progress;

/**
 * Ingests files into an {@link Archive}: extraction runs on a pool of threads (one file per task, at most a few
 * files per thread in flight, so memory stays bounded), the calling thread hands each file's records on as they
 * come to a {@link BatchWriter}, which writes them on its own thread in transactions of {@code batchSize} records.
 * A file that cannot be read, or any of whose records fails, is reported with its reason; every good record is
 * still stored. One extractor and reader registry are shared by all threads.
 */
public final class Ingest {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Archive archive;
  private final Extractor extractor;
  private final ReaderRegistry readers;
  private final int threads;
  private final int batchSize;
  private final int publishEvery;

  /** An ingest whose records are searchable batch by batch (the index is committed after each). */
  public Ingest(Archive archive, Extractor extractor, ReaderRegistry readers, int threads, int batchSize) {
    this(archive, extractor, readers, threads, batchSize, 0);
  }

  /**
   * An ingest that commits the index once at least {@code publishEvery} records were stored since its last commit
   * (and at the end), not after every batch: for a bulk load, where each index commit (a small segment written and
   * synced) costs the single writer more than the batch's documents. 0: after every batch.
   */
  public Ingest(Archive archive, Extractor extractor, ReaderRegistry readers, int threads, int batchSize,
      int publishEvery) {
    this.archive = archive;
    this.extractor = extractor;
    this.readers = readers;
    this.threads = Math.max(1, threads);
    this.batchSize = Math.max(1, batchSize);
    this.publishEvery = Math.max(0, publishEvery);
  }

  /** What one file gave: its records ready to store, and a one-line problem or null. */
  private record FileResult(Path file, List<Incoming> records, String problem) {}

  /** Ingests {@code files}, stepping {@code progress} (may be null) once per file. */
  public IngestSummary run(List<Path> files, List<Path> skipped, List<Failure> earlier, Progress progress)
      throws InterruptedException {
    long start = System.nanoTime();
    List<Failure> failed = new ArrayList<>(earlier);
    int[] counts = new int[3];  // ingested, versions, unchanged
    ExecutorService pool = Executors.newFixedThreadPool(threads, new NamedThreads("ingest"));
    try (BatchWriter writer = new BatchWriter(archive, batchSize, publishEvery)) {
      ExecutorCompletionService<FileResult> done = new ExecutorCompletionService<>(pool);
      int next = 0;
      int inFlight = 0;
      while (next < files.size() || inFlight > 0) {
        while (next < files.size() && inFlight < threads * 4) {
          Path f = files.get(next++);
          done.submit(() -> extract(f));
          inFlight++;
        }
        FileResult r = take(done);
        inFlight--;
        if (r.problem() != null) {
          failed.add(new Failure(r.file().toString(), r.problem()));
        }
        count(writer.add(r.records()), counts, failed);
        if (progress != null) {
          progress.step();
        }
      }
      count(writer.finish(), counts, failed);
      if (progress != null) {
        progress.finish();
      }
      return new IngestSummary(counts[0], counts[1], counts[2], failed, skipped, (System.nanoTime() - start) / 1e9,
          writer.cpuSeconds(), writer.wallSeconds());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Counts a written batch's outcomes: stored new, as a version, unchanged, or failed (with the reason). */
  private static void count(List<RecordStore.Outcome> outcomes, int[] counts, List<Failure> failed) {
    for (RecordStore.Outcome o : outcomes) {
      if (o.failed()) {
        failed.add(new Failure(o.incoming().sourceKey(), o.error()));
      } else {
        counts[switch (o.stored()) {
          case NEW -> 0;
          case VERSION -> 1;
          case UNCHANGED -> 2;
        }]++;
      }
    }
  }

  private FileResult extract(Path file) {
    List<Incoming> records = new ArrayList<>();
    int[] bad = {0, 0};  // records seen, records failed
    String[] firstFailure = {null};
    String problem = null;
    try {
      readers.read(file, doc -> {
        bad[0]++;
        try {
          Record r = extractor.extract(doc);
          String uri = doc.source() == null ? file.toUri().toString() : doc.source().uri();
          // the work on the record alone is done here, on the extraction threads: the one writer only writes
          records.add(archive.prepare(new Incoming(Incoming.key(uri, doc.documentId()), r)));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
          bad[1]++;  // one bad record of a volume does not stop the others
          if (firstFailure[0] == null) {
            firstFailure[0] = (doc.documentId() == null ? "" : "record " + doc.documentId() + ": ") + describe(e);
          }
        }
      });
    } catch (ReadException e) {
      problem = oneLine(e.getMessage());
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      problem = describe(e);
    }
    if (problem == null && bad[1] > 0) {
      problem = bad[0] == 1 ? firstFailure[0] : bad[1] + " of " + bad[0] + " records failed, first " + firstFailure[0];
    }
    return new FileResult(file, records, problem);
  }

  private static FileResult take(ExecutorCompletionService<FileResult> done) throws InterruptedException {
    Future<FileResult> f = done.take();
    try {
      return f.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("extraction task failed unexpectedly", e.getCause());
    }
  }

  private static String describe(Throwable e) {
    if (e instanceof OutOfMemoryError) {
      // the failed record's memory is garbage once this returns, so the batch goes on
      return "out of memory: too big for this JVM's heap (-Xmx); give java more memory or lower --max-file-size";
    }
    return "internal error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + oneLine(e.getMessage()));
  }

  private static String oneLine(String m) {
    return m == null ? "unknown error" : SPACES.matcher(m).replaceAll(" ").strip();
  }
}
