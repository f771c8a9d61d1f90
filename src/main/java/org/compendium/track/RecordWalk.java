package org.compendium.track;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.compendium.json.RecordJson;
import org.compendium.model.Record;
import org.compendium.store.Derivation;
import org.compendium.store.StoredJson;
import org.compendium.util.NamedThreads;
import org.compendium.util.Progress;

/**
 * A catch-up's walk over stored records, by rowid: reads each record's JSON on the connection's thread, and
 * parses and analyses it ({@code analyse}, which must be thread-safe) on another thread a slice of records ahead,
 * so that a sweep's posting (a fifth of it was that work) waits on SQLite alone. Commits every
 * {@code commitEvery} records (see {@link Derivation#heal}: what was done stays done, the rest is found again).
 *
 * @param <A> what {@code analyse} makes of a record
 */
final class RecordWalk<A> {
  /** Records read and analysed ahead of the one being written. */
  private static final int AHEAD = 256;

  /** What to do with one stored record and its analysis. */
  interface Step<A> {
    void accept(Record r, A analysis) throws SQLException;
  }

  /** What to write before each commit and at the end of the walk. */
  interface Flush {
    void run() throws SQLException;
  }

  private final Connection c;
  private final Function<Record, A> analyse;
  private final int commitEvery;

  RecordWalk(Connection c, Function<Record, A> analyse, int commitEvery) {
    this.c = c;
    this.analyse = analyse;
    this.commitEvery = commitEvery;
  }

  /**
   * Runs {@code step} on the records at {@code rowids}, in that order, and {@code flush} (may be null) before each
   * commit and at the end; steps {@code progress} (may be null).
   */
  void forEach(List<Long> rowids, Step<A> step, Flush flush, Progress progress) throws SQLException {
    ExecutorService analyst = Executors.newSingleThreadExecutor(new NamedThreads("track-analyse"));
    try (PreparedStatement p = c.prepareStatement("SELECT json FROM records WHERE rowid = ?")) {
      long done = 0;
      Future<List<Analysed<A>>> ahead = null;
      for (int from = 0; from < rowids.size() || ahead != null; from += AHEAD) {
        Future<List<Analysed<A>>> next = null;
        if (from < rowids.size()) {
          List<byte[]> stored = new ArrayList<>();
          for (long rowid : rowids.subList(from, Math.min(rowids.size(), from + AHEAD))) {
            p.setLong(1, rowid);
            try (ResultSet rs = p.executeQuery()) {
              if (rs.next()) {
                stored.add(rs.getBytes(1));
              }
            }
          }
          next = analyst.submit(() -> analysed(stored));
        }
        for (Analysed<A> x : ahead == null ? List.<Analysed<A>>of() : Futures.result(ahead, "analysing records")) {
          step.accept(x.record(), x.analysis());
          if (++done % commitEvery == 0) {
            if (flush != null) {
              flush.run();
            }
            c.commit();
          }
          if (progress != null) {
            progress.step();
          }
        }
        ahead = next;
      }
      if (flush != null) {
        flush.run();
      }
    } finally {
      analyst.shutdownNow();
    }
    if (progress != null) {
      progress.finish();
    }
  }

  private record Analysed<A>(Record record, A analysis) {}

  private List<Analysed<A>> analysed(List<byte[]> stored) {
    RecordJson json = new RecordJson();
    List<Analysed<A>> out = new ArrayList<>();
    for (byte[] b : stored) {
      Record r = json.read(StoredJson.unpack(b));
      out.add(new Analysed<>(r, analyse.apply(r)));
    }
    return out;
  }
}
