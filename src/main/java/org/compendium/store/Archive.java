package org.compendium.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.compendium.model.Record;
import org.compendium.store.index.RecordIndex;
import org.compendium.store.index.SearchRequest;
import org.compendium.store.index.SearchResult;

/**
 * The archive in one store directory: the database ({@link RecordStore}, the truth) and the full-text index
 * ({@link RecordIndex}, derived). Writes go to the database first, committed, then to the index; on open,
 * current records missing from the index are indexed and stale documents dropped, so a crash between the two
 * heals itself (the index's commit records the database state it matches, so an index in step costs no
 * comparison). Writes are serialized; searches run concurrently on the last committed index state.
 */
public final class Archive implements AutoCloseable {
  public static final String INDEX_DIR = "index";

  private final StoreLock lock;
  private final RecordStore store;
  private final RecordIndex index;
  private final int healed;
  private final boolean linksDeferred;
  /** Guards the index's changes and {@link #unpublished}: the index half of a store may run on its own thread. */
  private final Object indexing = new Object();
  /** Records indexed but not yet committed to the index (see {@link #store(List, boolean)}); guarded by indexing. */
  private boolean unpublished;

  private Archive(StoreLock lock, RecordStore store, RecordIndex index, boolean linksDeferred) {
    this.lock = lock;
    this.store = store;
    this.index = index;
    this.linksDeferred = linksDeferred;
    this.healed = index.current() ? heal() : rebuildIndex();
  }

  /**
   * Opens (creating if needed) the archive in {@code dir} with the standard derivations (see
   * {@link RecordStore#standardDerivations()}) and brings the index in line with the database.
   */
  public static Archive open(Path dir) {
    return open(dir, "compendium", RecordStore.standardDerivations());
  }

  /** Opens the archive in {@code dir} keeping exactly {@code derivations} in step with the records. */
  public static Archive open(Path dir, java.util.List<Derivation> derivations) {
    return open(dir, "compendium", derivations);
  }

  /** Opens the archive with the standard derivations for {@code purpose} (see below). */
  public static Archive open(Path dir, String purpose) {
    return open(dir, purpose, RecordStore.standardDerivations());
  }

  /**
   * Opens the archive for {@code purpose} (a command name, shown to another process refused meanwhile): takes
   * the store's {@link StoreLock} first, so only one process at a time migrates, writes or indexes it.
   */
  public static Archive open(Path dir, String purpose, java.util.List<Derivation> derivations) {
    return open(dir, purpose, derivations, Links.AS_STORED);
  }

  /**
   * What opening does with the store's derivations (links across records, commitment tracking), which a bulk
   * load may defer (see {@link LinkDeferral}).
   */
  public enum Links {
    /** Keep them in step, unless the store says they are deferred: then records are stored without them. */
    AS_STORED,
    /** Defer them from now on (a bulk load): records are stored and indexed only, until {@link #CATCH_UP}. */
    DEFER,
    /**
     * As {@link #DEFER}, for one load that catches up at its end ({@link #CATCH_UP}); a store left so by a load
     * that stopped says so ({@link LinkDeferral#untilEndOfLoad}), for the next load to catch up at its end.
     */
    DEFER_THIS_LOAD,
    /** Bring every derivation up to date now (however long that takes), and end a deferral. */
    CATCH_UP
  }

  /** Opens the archive for {@code purpose}, treating its derivations as {@code links} says. */
  public static Archive open(Path dir, String purpose, Links links) {
    return open(dir, purpose, RecordStore.standardDerivations(), links);
  }

  private static Archive open(Path dir, String purpose, java.util.List<Derivation> derivations, Links links) {
    StoreLock lock = StoreLock.acquire(dir, purpose);
    RecordStore store = null;
    RecordIndex index = null;
    try {
      if (links == Links.DEFER || links == Links.DEFER_THIS_LOAD) {
        LinkDeferral.begin(dir, links == Links.DEFER_THIS_LOAD);
      }
      boolean deferred = links != Links.CATCH_UP && LinkDeferral.deferred(dir);
      store = RecordStore.open(dir, deferred ? java.util.List.of() : derivations);
      if (links == Links.CATCH_UP) {
        LinkDeferral.end(dir);
      }
      index = RecordIndex.open(dir.resolve(INDEX_DIR));
      return new Archive(lock, store, index, deferred);
    } catch (RuntimeException e) {
      try {
        if (index != null) {
          index.close();
        }
        if (store != null) {
          store.close();
        }
      } catch (RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      lock.close();
      throw e;
    }
  }

  /**
   * True when this archive stores records without their derivations (links, commitment tracking) because they
   * are deferred (see {@link LinkDeferral}); {@code compendium link} brings them up to date.
   */
  public boolean linksDeferred() {
    return linksDeferred;
  }

  /** How many index documents {@link #open} had to add or drop to match the database. */
  public int healed() {
    return healed;
  }

  /**
   * {@code in} with the work on the record alone done (its JSON, what the derivations prepare, its index
   * document), on the calling thread: not synchronized, for the extraction threads, so that {@link #store} only
   * writes. Storing an unprepared record does the same work itself.
   */
  public Incoming prepare(Incoming in) {
    return store.prepare(in, index.document(in.record()));
  }

  /** Stores a batch (see {@link RecordStore#store}), then indexes what was new and commits the index. */
  public synchronized List<RecordStore.Outcome> store(List<Incoming> batch) {
    return store(batch, true);
  }

  /**
   * Stores a batch (see {@link RecordStore#store}) and indexes what was new; commits the index only if
   * {@code publish} (then searches see every record stored so far). Unpublished index changes wait for the next
   * publishing store, {@link #publish} or {@link #close}: a bulk load commits its index every few thousand records,
   * not every batch (each commit writes and syncs a small segment). The database commits every batch either way;
   * if the process dies before the index commit, {@link #open} indexes the records the index lacks. Both halves
   * under the archive's lock, so that concurrent callers index in the order they wrote (a new version deletes the
   * document of the one before).
   */
  public synchronized List<RecordStore.Outcome> store(List<Incoming> batch, boolean publish) {
    Written w = written(store.store(batch), publish);
    index(w);
    return w.outcomes();
  }

  /**
   * A batch written to the database and not yet indexed: its outcomes, whether the index is to be committed
   * after it, and the database state the index will then match (taken as the batch was committed).
   */
  public record Written(List<RecordStore.Outcome> outcomes, boolean publish, String mark) {}

  /**
   * The database half of {@link #store(List, boolean)}, for a batch whose records come one by one (see
   * {@link RecordStore#store(Iterable, Consumer)}): each is written as it comes, and its outcome keeps only what
   * {@link #index} and the caller's report need ({@link RecordStore.Outcome#written}), so a record's JSON and facts
   * are garbage as soon as it is written, not once the whole batch is indexed. To be followed by
   * {@link #index(Written)} of each batch in the order written, possibly on another thread while the next batch is
   * written (the index's own work, the inversion of every document, then runs beside the database's). The caller
   * keeps that order: one writer. The archive is held until the batch ends: whoever feeds it must not use the
   * archive meanwhile ({@link #prepare} excepted).
   */
  public synchronized Written writeAsTheyCome(Iterable<Incoming> batch, boolean publish) {
    List<RecordStore.Outcome> outcomes = new ArrayList<>();
    store.store(batch, o -> outcomes.add(o.written()));
    return written(outcomes, publish);
  }

  /** A batch's outcomes as written, with the database's state now if the index is to be committed after it. */
  private Written written(List<RecordStore.Outcome> outcomes, boolean publish) {
    return new Written(outcomes, publish, publish ? store.mark() : null);
  }

  /** The index half of {@link #store(List, boolean)}: indexes what the batch stored new, commits if asked. */
  public void index(Written w) {
    synchronized (indexing) {
      for (RecordStore.Outcome o : w.outcomes()) {
        if (o.stored() == Stored.NEW || o.stored() == Stored.VERSION) {
          if (o.replaced() != null) {
            index.delete(o.replaced());
          }
          Incoming.Ready ready = o.incoming().ready();
          // a record id new to the database is not in the index (see heal): added, with no delete by id first
          index.add(ready != null && ready.document() != null ? ready.document()
              : index.document(o.incoming().record()));
          unpublished = true;
        }
      }
      if (w.publish() && unpublished) {
        index.commit(w.mark());
        unpublished = false;
      }
    }
  }

  /**
   * Commits the index if stores left changes unpublished (see {@link #store(List, boolean)}). Only once every batch
   * written is indexed: the mark it records is the database's state now.
   */
  public void publish() {
    synchronized (indexing) {
      if (unpublished) {
        index.commit(store.mark());
        unpublished = false;
      }
    }
  }

  /** Rebuilds the whole index from the database; returns the number of records indexed. */
  public int reindex() {
    return reindex(null);
  }

  /**
   * Rebuilds the whole index from the database, stepping {@code progress} (may be null) once per record. Until
   * its final commit the previous index stays the one searches (and a reopen after a crash) see.
   */
  public synchronized int reindex(org.compendium.util.Progress progress) {
    index.deleteAll();
    int[] n = {0};
    store.forEachCurrentInStorageOrder(r -> {  // the ranking does not depend on the order documents are added in
      index.put(r);
      n[0]++;
      if (progress != null) {
        progress.step();
      }
    });
    index.commit(store.mark());
    return n[0];
  }

  /** Rebuilds an index left by a version with another document layout, showing progress: it can take minutes. */
  private int rebuildIndex() {
    org.compendium.util.Progress progress =
        org.compendium.util.Progress.onStderr("search index rebuilt for this version", store.countCurrent());
    int n = reindex(progress);
    progress.finish();
    return n;
  }

  private synchronized int heal() {
    String mark = store.mark();
    if (mark.equals(index.mark())) {
      return 0;  // the index was last committed against exactly this database state
    }
    Set<String> current = store.currentIds();
    Set<String> indexed = index.ids();
    int n = 0;
    for (String id : current) {
      if (!indexed.contains(id)) {
        Optional<Record> r = store.get(id);
        if (r.isPresent()) {
          index.put(r.get());
          n++;
        }
      }
    }
    Set<String> stale = new HashSet<>(indexed);
    stale.removeAll(current);
    for (String id : stale) {
      index.delete(id);
      n++;
    }
    index.commit(mark);
    return n;
  }

  public SearchResult search(SearchRequest request) {
    return index.search(request);
  }

  /**
   * Stops this process's writes from waiting for the disk (SQLite {@code synchronous=OFF}, for this connection
   * only; the next open syncs again): for a bulk load into a store that can be loaded again. A killed process
   * loses nothing it committed; an operating-system crash or power loss during the load, or before the system has
   * written its cache out, can corrupt the database.
   */
  public void skipSyncs() {
    store.skipSyncs();
  }

  /**
   * For a bulk load: the fact tables' keys are dropped until {@link #buildFactKeys}, so that writing a record
   * costs no random page per key (see {@code FactKeys}). Building them again sorts each table once: worth it when
   * the load brings about as many records as the store holds. If the process dies first, the next open builds
   * them.
   */
  public void dropFactKeys() {
    store.dropFactKeys();
  }

  /** Builds the fact tables' keys {@link #dropFactKeys} dropped, telling {@code say} before each. */
  public void buildFactKeys(Consumer<String> say) {
    store.buildFactKeys(say);
  }

  public RecordStore records() {
    return store;
  }

  public RecordIndex index() {
    return index;
  }

  @Override
  public synchronized void close() {
    try {
      publish();
    } finally {
      closeAll();
    }
  }

  private void closeAll() {
    try {
      index.close();
    } finally {
      try {
        store.close();
      } finally {
        lock.close();
      }
    }
  }
}
