package org.compendium.track;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.compendium.store.Database;
import org.compendium.store.Prepared;
import org.compendium.util.NamedThreads;

/**
 * Reads the {@link EvidenceLinker.Window}s of a sweep's commitments pages ahead of the writer: each of a few
 * readers, on a read-only connection and a thread of its own, reads every few pages (the first the first, the
 * second the second...) while the writer recomputes the evidence of the page before. Reading windows is most of a
 * sweep's evidence pass (the window and sentence reads: one reader alone kept the writer half idle), and nothing it
 * reads (postings, keys, report sentences) is changed by recomputing evidence; the writer commits all of it before
 * the pass begins, so the windows read here are those it would read itself.
 */
final class WindowsAhead implements AutoCloseable {
  /**
   * Report sentences and terms of keys a reader keeps across its pages, per commitment of a page, the most recently
   * used (about 400 and 100 bytes each; 50,000 and 100,000 for pages of 2,000): the pages of one reader are a few
   * days apart, and their commitments are near many of the same sentences and share many keys.
   */
  private static final int SENTENCES_KEPT_PER_COMMITMENT = 25;
  private static final int TERMS_KEPT_PER_COMMITMENT = 50;
  /** Keys whose runs of postings a reader keeps ({@link KeyWindows}; about 3 KB each), per commitment of a page. */
  private static final int KEYS_KEPT_PER_COMMITMENT = 5;

  private final DatedCommitments commitments;
  private final int pageSize;
  private final List<Connection> connections = new ArrayList<>();
  private final List<Prepared> readers = new ArrayList<>();
  private final List<ExecutorService> threads = new ArrayList<>();
  /** What each reader has read, kept across its pages. */
  private final List<EvidenceLinker.Known> known = new ArrayList<>();
  /** The pages being read, in order: the first is the page starting at {@link #nextTaken}. */
  private final ArrayDeque<Future<List<EvidenceLinker.Window>>> ahead = new ArrayDeque<>();
  private int nextTaken;
  private int nextRead;

  /**
   * Starts reading the first pages of {@code commitments} (pages of {@code pageSize}) from {@code writer}'s
   * database with {@code readers} readers.
   */
  WindowsAhead(Connection writer, DatedCommitments commitments, int pageSize, int readers) throws SQLException {
    this.commitments = commitments;
    this.pageSize = pageSize;
    NamedThreads names = new NamedThreads("evidence-windows");
    try {
      for (int i = 0; i < readers; i++) {
        Connection c = Database.openReader(writer);
        connections.add(c);
        this.readers.add(new Prepared(c));
        known.add(EvidenceLinker.Known.recent(SENTENCES_KEPT_PER_COMMITMENT * pageSize,
            TERMS_KEPT_PER_COMMITMENT * pageSize, KEYS_KEPT_PER_COMMITMENT * pageSize));
        threads.add(Executors.newSingleThreadExecutor(names));
      }
    } catch (SQLException e) {
      close();
      throw e;
    }
    for (int i = 0; i < readers; i++) {
      readNext();
    }
  }

  /**
   * The windows of the page starting at commitment {@code from} (the one after the last page asked for), in date
   * order, null for a commitment without keys; starts reading another page.
   */
  List<EvidenceLinker.Window> page(int from) throws SQLException {
    if (from != nextTaken) {
      throw new IllegalStateException("pages are taken in order: asked for " + from + ", next is " + nextTaken);
    }
    Future<List<EvidenceLinker.Window>> f = ahead.poll();
    List<EvidenceLinker.Window> page = f == null ? List.of() : Futures.result(f, "reading evidence windows");
    nextTaken += pageSize;
    readNext();
    return page;
  }

  private void readNext() {
    if (nextRead < commitments.size()) {
      int from = nextRead;
      int reader = (from / pageSize) % readers.size();
      Prepared s = readers.get(reader);
      EvidenceLinker.Known k = known.get(reader);
      ahead.add(threads.get(reader).submit(() -> read(s, k, from)));
      nextRead += pageSize;
    }
  }

  private List<EvidenceLinker.Window> read(Prepared s, EvidenceLinker.Known known, int from) throws SQLException {
    int to = Math.min(commitments.size(), from + pageSize);
    Set<Long> recs = new HashSet<>();
    for (int i = from; i < to; i++) {
      recs.add(commitments.rec(i));
    }
    Map<Long, String> recordIds = Postings.recordIds(s, recs);
    // its reads serve the page (neighbouring dates, the same sentences), and what it keeps the next pages
    EvidenceLinker linker = new EvidenceLinker(s, known);
    List<EvidenceLinker.Window> out = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      out.add(linker.window(recordIds.get(commitments.rec(i)), commitments.place(i)));
    }
    return out;
  }

  /** Stops reading ahead: waits for the pages being read (their statements run on the connections closed here). */
  @Override
  public void close() throws SQLException {
    for (ExecutorService t : threads) {
      t.shutdownNow();
    }
    try {
      for (ExecutorService t : threads) {
        t.awaitTermination(1, TimeUnit.MINUTES);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    SQLException failed = null;
    for (int i = 0; i < connections.size(); i++) {
      try {
        if (i < readers.size()) {
          readers.get(i).close();
        }
        connections.get(i).close();
      } catch (SQLException e) {
        failed = failed == null ? e : failed;
      }
    }
    if (failed != null) {
      throw failed;
    }
  }
}
