package org.compendium.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.sqlite.SQLiteConfig;

/**
 * Opens the archive's SQLite file ({@code archive.db}) in WAL mode (readers never block the writer) with
 * foreign keys on, after bringing its schema up to date with the Flyway migrations under
 * {@code db/migration}. A newer schema than this build knows is refused by Flyway.
 */
public final class Database {
  public static final String FILE = "archive.db";
  // Flyway logs through java.util.logging; its INFO lines are noise on the command line. Held strongly so the
  // level is not lost when the logger is collected.
  private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

  static {
    FLYWAY_LOG.setLevel(Level.WARNING);
  }

  private static final int CACHE_KIB = 64 * 1024;
  private static final long MMAP_BYTES = 1L << 30;

  private Database() {}

  /**
   * Says on stderr, before it starts, that an existing store's schema is being upgraded and to which version:
   * a migration that adds an index to a large archive reads every record once (minutes at 1M records) and
   * Flyway reports no progress of its own.
   */
  private static void announceUpgrade(Path dir, MigrationInfoService info) {
    MigrationInfo[] pending = info.pending();
    if (info.current() == null || pending.length == 0) {
      return;  // a fresh store, or one up to date
    }
    MigrationInfo last = pending[pending.length - 1];
    System.err.println("store " + dir + ": upgrading its database from schema " + info.current().getVersion()
        + " to " + last.getVersion() + " (" + last.getDescription() + "); on a large archive this takes a while");
  }

  public static String url(Path dir) {
    return "jdbc:sqlite:" + dir.resolve(FILE).toAbsolutePath();
  }

  /** Migrates the schema, then opens one connection with auto-commit off. */
  public static Connection open(Path dir) throws SQLException {
    String url = url(dir);
    Flyway flyway = Flyway.configure()
        .dataSource(url, null, null)
        .locations("classpath:db/migration")
        .load();
    announceUpgrade(dir, flyway.info());
    flyway.migrate();
    SQLiteConfig config = config();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);  // WAL + NORMAL: a kill loses no committed data
    config.enforceForeignKeys(true);
    Connection c = config.createConnection(url);
    c.setAutoCommit(false);
    return c;
  }

  /**
   * A read-only connection to the database of {@code writer} (opened by {@link #open}), for reading beside it on
   * another thread: each statement sees what the writer had committed when it began (WAL). Auto-commit is on, so
   * no read holds a snapshot that would keep the writer's log from being checkpointed.
   */
  public static Connection openReader(Connection writer) throws SQLException {
    SQLiteConfig config = config();
    config.setReadOnly(true);
    return config.createConnection(writer.getMetaData().getURL());
  }

  private static SQLiteConfig config() {
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(10_000);
    // The term and fact indexes take random inserts all over the file; SQLite's default 2 MB page cache turns
    // each into reads through the OS. A bounded cache and memory-mapped reads (both outside the Java heap)
    // keep a large archive's writes and lookups from going to the kernel page by page.
    config.setCacheSize(-CACHE_KIB);
    config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, String.valueOf(MMAP_BYTES));
    config.setTempStore(SQLiteConfig.TempStore.MEMORY);
    // The driver would otherwise prepare and run "SELECT last_insert_rowid()" after every INSERT for
    // getGeneratedKeys, which nothing here uses (3% of a link pass's postings, JFR): ask SQLite for it instead.
    config.setGetGeneratedKeys(false);
    return config;
  }
}
