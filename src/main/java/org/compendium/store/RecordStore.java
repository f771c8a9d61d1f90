package org.compendium.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.compendium.json.RecordJson;
import org.compendium.model.Record;
import org.compendium.store.index.MatchingIds;

/**
 * The archive's records and facts in SQLite. A batch is one transaction; inside it each record with all its
 * facts sits behind its own savepoint, so a record that fails leaves nothing of itself while the others of the
 * batch still commit (without derivations a record's fact rows are checked behind it and written with the batch's
 * at its end: see {@link FactWriter}). Storing is idempotent: a record id already stored is {@link Stored#UNCHANGED}; a new id
 * under a known source key becomes the next {@link Stored#VERSION}, the old row kept with {@code superseded_by}.
 * One connection, used under this object's lock: safe to share between threads, writes are serialized.
 */
public final class RecordStore implements AutoCloseable {
  private static final Pattern TABLE = Pattern.compile("[a-z_]+");

  private final Connection c;
  private final Prepared statements;  // the write path's statements, prepared once
  private final RecordJson json = new RecordJson();
  private final List<Derivation> derivations;
  private final FactWriter facts;

  private RecordStore(Connection c, List<Derivation> derivations) {
    this.c = c;
    this.statements = new Prepared(c);
    this.derivations = List.copyOf(derivations);
    this.facts = new FactWriter(statements);
  }

  /** Opens the store in {@code dir} with the derivations found by {@link ServiceLoader}. */
  public static RecordStore open(Path dir) {
    return open(dir, standardDerivations());
  }

  /** The derivations listed in {@code META-INF/services/org.compendium.store.Derivation}. */
  public static List<Derivation> standardDerivations() {
    List<Derivation> out = new ArrayList<>();
    ServiceLoader.load(Derivation.class).forEach(out::add);
    return out;
  }

  /** Opens the store in {@code dir}, bringing each of {@code derivations} up to date (see {@link Derivation#heal}). */
  public static RecordStore open(Path dir, List<Derivation> derivations) {
    Connection c = null;
    try {
      Files.createDirectories(dir);
      c = Database.open(dir);
      RecordStore store = new RecordStore(c, derivations);
      if (!FactKeys.missing(c).isEmpty()) {
        System.err.println("store " + dir + ": a bulk load stopped before building the fact tables' keys; "
            + "building them now");
        store.buildFactKeys(line -> System.err.println("store " + dir + ": " + line));
      }
      store.heal();
      return store;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create store directory " + dir + ": " + e.getMessage(), e);
    } catch (SQLException e) {
      closeQuietly(c);
      throw new StoreException("cannot open store " + dir + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(c);
      throw e;
    }
  }

  private void heal() throws SQLException {
    for (Derivation d : derivations) {
      try {
        d.heal(c);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly();
        throw e;
      }
    }
  }

  private static void closeQuietly(Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // reporting the failure to open matters more
      }
    }
  }

  /** SQLite {@code synchronous=OFF} on this connection (see {@link Archive#skipSyncs}). */
  synchronized void skipSyncs() {
    try {
      // SQLite refuses to change the safety level inside a transaction, and this connection is always in one
      c.commit();
      c.setAutoCommit(true);
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA synchronous = OFF");
      } finally {
        c.setAutoCommit(false);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot turn syncs off: " + e.getMessage(), e);
    }
  }

  /**
   * Drops the fact tables' keys until {@link #buildFactKeys}: records are then written without a random page per
   * key each (see {@link FactKeys}), and queries by record scan the tables. For a bulk load, which holds the store
   * alone; if it never builds them, the next open does.
   */
  synchronized void dropFactKeys() {
    try {
      FactKeys.drop(c);
      c.commit();
    } catch (SQLException e) {
      rollbackQuietly();
      throw new StoreException("cannot drop the fact tables' keys: " + e.getMessage(), e);
    }
  }

  /** Builds the fact tables' keys that are missing (none after an ordinary open), telling {@code say} of each. */
  synchronized void buildFactKeys(Consumer<String> say) {
    try {
      FactKeys.build(c, say);
      c.commit();
    } catch (SQLException e) {
      rollbackQuietly();
      throw new StoreException("cannot build the fact tables' keys: " + e.getMessage(), e);
    }
  }

  /** Work on the store's connection: a query or an update of tables outside the record write path. */
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /**
   * Runs {@code work} on the store's connection under its lock, then commits (which also ends a read
   * transaction, so the WAL can be checkpointed); rolls back and throws {@link StoreException} if it fails.
   * For the services that query the fact tables or write what people decide (never records or facts).
   */
  public synchronized <T> T transact(Work<T> work) {
    try {
      T result = work.run(c);
      c.commit();
      return result;
    } catch (SQLException e) {
      rollbackQuietly();
      throw new StoreException("store query failed: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      rollbackQuietly();
      throw e;
    }
  }

  /**
   * {@code in} with the work that depends on the record alone done ({@link Incoming.Ready}: its JSON and what each
   * derivation prepares), on the calling thread; {@code document} is its index document (may be null). Thread-safe:
   * the extraction threads of an ingest call it, so the writing thread only writes.
   */
  public Incoming prepare(Incoming in, org.apache.lucene.document.Document document) {
    Record r = in.record();
    List<Object> derived = new ArrayList<>(derivations.size());
    for (Derivation d : derivations) {
      derived.add(d.prepare(r));
    }
    return new Incoming(in.sourceKey(), r, new Incoming.Ready(StoredJson.pack(json.writeUtf8(r)), derived, document));
  }

  /** What became of one incoming record: how it was stored (null when it failed), the version it replaced. */
  public record Outcome(Incoming incoming, Stored stored, String replaced, String error) {
    public boolean failed() {
      return error != null;
    }

    /** This outcome holding only what indexing and reporting it need (see {@link Incoming#written}). */
    public Outcome written() {
      return new Outcome(incoming.written(), stored, replaced, error);
    }
  }

  /** Stores a batch in one transaction, each record all-or-nothing. Outcomes are in input order. */
  public List<Outcome> store(List<Incoming> batch) {
    List<Outcome> outcomes = new ArrayList<>(batch.size());
    store(batch, outcomes::add);
    return outcomes;
  }

  /**
   * Stores the records {@code batch} yields in one transaction, each record all-or-nothing, handing each outcome to
   * {@code outcome} in input order as its record is written (before the commit). The batch may be a stream that
   * blocks until its next record comes: each is written as it comes, so a caller need not hold them all.
   */
  public synchronized void store(Iterable<Incoming> batch, Consumer<Outcome> outcome) {
    String now = Instant.now().toString();
    try {
      for (Incoming in : batch) {
        outcome.accept(storeOne(in, now));
      }
      facts.flush();
      c.commit();
    } catch (SQLException e) {
      rollbackQuietly();
      throw new StoreException("batch not stored: " + e.getMessage(), e);
    } catch (RuntimeException | Error e) {  // the batch's stream or the caller's consumer failed: none of it stays
      rollbackQuietly();
      throw e;
    }
  }

  private Outcome storeOne(Incoming in, String now) throws SQLException {
    Record r = in.record();
    statements.bind("SAVEPOINT rec").execute();
    try {
      Outcome o = write(in, r, now);
      statements.bind("RELEASE rec").execute();
      return o;
    } catch (SQLException | RuntimeException e) {
      try (Statement s = c.createStatement()) {
        s.execute("ROLLBACK TO rec");
        s.execute("RELEASE rec");
      }
      return new Outcome(in, null, null, "not stored: " + e.getMessage());
    }
  }

  private Outcome write(Incoming in, Record r, String now) throws SQLException {
    if (exists(r.id())) {
      return new Outcome(in, Stored.UNCHANGED, null, null);
    }
    String previous = null;
    int version = 1;
    try (ResultSet rs = statements.bind("SELECT id, version FROM records WHERE source_key = ? AND superseded_by IS NULL",
        in.sourceKey()).executeQuery()) {
      if (rs.next()) {
        previous = rs.getString(1);
        version = rs.getInt(2) + 1;
      }
    }
    {
      // the JSON comes packed (StoredJson), usually by the extraction thread that prepared the record
      PreparedStatement p = statements.bind("INSERT INTO records(id, source_key, source_uri, format, sha256, "
          + "title, date, kind, issuer, json, ingested_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
      p.setString(1, r.id());
      p.setString(2, in.sourceKey());
      p.setString(3, r.source() == null ? null : r.source().uri());
      p.setString(4, r.source() == null ? null : r.source().format());
      p.setString(5, r.source() == null ? null : r.source().sha256());
      p.setString(6, r.title());
      p.setString(7, r.date());
      p.setString(8, r.kind() == null ? null : r.kind().name());
      p.setString(9, r.issuer());
      p.setBytes(10, in.ready() != null ? in.ready().json() : StoredJson.pack(json.writeUtf8(r)));
      p.setString(11, now);
      p.setInt(12, version);
      p.executeUpdate();
    }
    if (previous != null) {
      try (PreparedStatement p = c.prepareStatement("UPDATE records SET superseded_by = ? WHERE id = ?")) {
        p.setString(1, r.id());
        p.setString(2, previous);
        p.executeUpdate();
      }
    }
    if (derivations.isEmpty()) {
      // nothing reads a record's facts inside the transaction that writes them: the batch's rows are written at
      // its end, table by table (see FactWriter). Last: nothing after it can fail and leave its rows held.
      facts.add(r);
    } else {
      facts.write(r);
      for (int i = 0; i < derivations.size(); i++) {
        Object prepared = in.ready() == null ? null : in.ready().derived().get(i);
        derivations.get(i).stored(c, r, previous, prepared);
      }
    }
    return new Outcome(in, previous == null ? Stored.NEW : Stored.VERSION, previous, null);
  }

  private boolean exists(String id) throws SQLException {
    return statements.exists("SELECT 1 FROM records WHERE id = ?", id);
  }

  /** A stored record (current or history) by id. */
  public synchronized Optional<Record> get(String id) {
    return query("SELECT json FROM records WHERE id = ?", id, rs -> json.read(StoredJson.unpack(rs.getBytes(1))))
        .stream().findFirst();
  }

  /** Ids of every version stored for the source of record {@code id}, oldest first. */
  public synchronized List<String> versions(String id) {
    return query("SELECT id FROM records WHERE source_key = (SELECT source_key FROM records WHERE id = ?) "
        + "ORDER BY version", id, rs -> rs.getString(1));
  }

  /** Whether {@code id} is the current version of its source. */
  public synchronized boolean isCurrent(String id) {
    return !query("SELECT 1 FROM records WHERE id = ? AND superseded_by IS NULL", id, rs -> 1).isEmpty();
  }

  public synchronized Set<String> currentIds() {
    return new LinkedHashSet<>(query("SELECT id FROM records WHERE superseded_by IS NULL ORDER BY rowid", null,
        rs -> rs.getString(1)));
  }

  /** Every current record in id order, read in pages so the whole archive is never held at once. */
  public void forEachCurrent(Consumer<Record> sink) {
    forEachCurrent(null, sink);
  }

  /** {@link #forEachCurrent(Consumer)} restricted to {@code ids} when not null (ids of other records are skipped). */
  public void forEachCurrent(MatchingIds ids, Consumer<Record> sink) {
    PagedRead.forEach(pages(ids), row -> json.read(StoredJson.unpack(row.stored())), sink);
  }

  /**
   * Every current record in storage order (the order rows were written), read in pages so the whole archive is
   * never held at once. The way through a database larger than memory: its pages are read in file order, where id
   * order seeks all over the file.
   */
  public void forEachCurrentInStorageOrder(Consumer<Record> sink) {
    PagedRead.forEach(this::storagePage, row -> json.read(StoredJson.unpack(row.stored())), sink);
  }

  /** The page of current records after the last rowid of {@code previous} (from the first when null). */
  private synchronized List<PagedRead.Row> storagePage(List<PagedRead.Row> previous) {
    String after = previous == null ? "0" : previous.get(previous.size() - 1).key();
    return query("SELECT rowid, json FROM records WHERE superseded_by IS NULL AND rowid > CAST(? AS INTEGER)"
        + " ORDER BY rowid LIMIT 500", after, rs -> new PagedRead.Row(rs.getString(1), rs.getBytes(2)));
  }

  /**
   * Every current record's stored JSON in id order, read in pages so the whole archive is never held at once;
   * {@code ids}, when not null, restricts it to those records (ids of other records are skipped).
   */
  public void forEachCurrentJson(MatchingIds ids, java.util.function.BiConsumer<String, String> sink) {
    PagedRead.forEach(pages(ids), row -> Map.entry(row.key(), StoredJson.text(row.stored())),
        e -> sink.accept(e.getKey(), e.getValue()));
  }

  private UnaryOperator<List<PagedRead.Row>> pages(MatchingIds ids) {
    return ids == null ? this::idPage : selectedPages(ids);
  }

  /** The page of current records after the last id of {@code previous} (from the first when null), in id order. */
  private synchronized List<PagedRead.Row> idPage(List<PagedRead.Row> previous) {
    String after = previous == null ? "" : previous.get(previous.size() - 1).key();
    return query("SELECT id, json FROM records WHERE superseded_by IS NULL AND id > ? ORDER BY id LIMIT 500",
        after, rs -> new PagedRead.Row(rs.getString(1), rs.getBytes(2)));
  }

  /** Pages of the current records among {@code ids}, 500 ids a page, in id order. */
  private UnaryOperator<List<PagedRead.Row>> selectedPages(MatchingIds ids) {
    java.util.Iterator<String> left = ids.iterator();
    return previous -> {
      while (left.hasNext()) {
        List<String> page = new ArrayList<>();
        while (left.hasNext() && page.size() < 500) {
          page.add(left.next());
        }
        List<PagedRead.Row> rows = selected(page);
        if (!rows.isEmpty()) {
          return rows;
        }
      }
      return List.of();
    };
  }

  private List<PagedRead.Row> selected(List<String> ids) {
    return transact(c -> {
      List<PagedRead.Row> out = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement("SELECT id, json FROM records WHERE superseded_by IS NULL AND id IN ("
          + String.join(",", java.util.Collections.nCopies(ids.size(), "?")) + ") ORDER BY id")) {
        for (int i = 0; i < ids.size(); i++) {
          p.setString(i + 1, ids.get(i));
        }
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            out.add(new PagedRead.Row(rs.getString(1), rs.getBytes(2)));
          }
        }
      }
      return out;
    });
  }

  /**
   * A mark of the database's content: the last row id and the number of current records. Every store that
   * writes adds a row, so two equal marks mean the same current records (this store never deletes rows).
   */
  public synchronized String mark() {
    return query("SELECT coalesce(max(rowid), 0) || ':' || (SELECT count(*) FROM records WHERE superseded_by IS NULL)"
        + " FROM records", null, rs -> rs.getString(1)).get(0);
  }

  public synchronized long countCurrent() {
    return count("SELECT count(*) FROM records WHERE superseded_by IS NULL");
  }

  /** Rows of one table (records, participants, commitments, ...), for checks and summaries. */
  public synchronized long rows(String table) {
    if (!TABLE.matcher(table).matches()) {
      throw new IllegalArgumentException("not a table name: " + table);
    }
    return count("SELECT count(*) FROM " + table);
  }

  private long count(String sql) {
    return query(sql, null, rs -> rs.getLong(1)).get(0);
  }

  private interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private <T> List<T> query(String sql, String arg, Row<T> row) {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      if (arg != null) {
        p.setString(1, arg);
      }
      List<T> out = new ArrayList<>();
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(row.map(rs));
        }
      }
      c.commit();  // ends the read transaction so the WAL can be checkpointed
      return out;
    } catch (SQLException e) {
      rollbackQuietly();
      throw new StoreException("query failed: " + e.getMessage(), e);
    }
  }

  /** Rolls back the transaction and forgets the fact rows it held (see {@link FactWriter#add}). */
  private void rollbackQuietly() {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // the original failure is the one worth reporting
    }
    try {
      facts.clear();
    } catch (SQLException ignored) {
      // as above
    }
  }

  @Override
  public synchronized void close() {
    try {
      c.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close store: " + e.getMessage(), e);
    }
  }
}
