package org.compendium.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One process at a time per store directory: an exclusive operating-system lock on {@code DIR/store.lock},
 * taken before the database is migrated or the index opened, and held until {@link #close()}. A second process
 * (another ingest, a reindex, a server) is refused at once with a message naming the store and the holder (pid,
 * command, since when), which the holder writes into the file. The lock dies with its process, even on
 * {@code kill -9}, so it is never stale; the file itself is left in place (deleting it would race a newcomer).
 */
public final class StoreLock implements AutoCloseable {
  public static final String FILE = "store.lock";
  /*
   * Directories locked by this process. On Linux, closing any channel on a locked file drops the process's lock
   * on it, so a second open in the same process must be refused before it touches the file. Process-wide on
   * purpose, like the operating-system lock it mirrors (Lucene's NativeFSLockFactory does the same).
   */
  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

  private final Path key;
  private final FileChannel channel;
  private final FileLock lock;

  private StoreLock(Path key, FileChannel channel, FileLock lock) {
    this.key = key;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock of {@code dir} (created if needed) for {@code purpose} (a command name, shown to whoever is
   * refused), or throws a {@link StoreException} saying who holds it.
   */
  public static StoreLock acquire(Path dir, String purpose) {
    Path key;
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new StoreException("store " + dir + " is not a directory", null);
    }
    try {
      Files.createDirectories(dir);
      key = dir.toRealPath();
    } catch (IOException e) {
      throw new StoreException("cannot create store directory " + dir + " (" + e.getClass().getSimpleName() + ")", e);
    }
    if (!HELD.add(key)) {
      throw new StoreException("store " + dir + " is already open in this process (pid "
          + ProcessHandle.current().pid() + ")", null);
    }
    FileChannel ch = null;
    try {
      ch = FileChannel.open(key.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
      FileLock lock = ch.tryLock();
      if (lock == null) {
        String holder = holder(ch);
        throw new StoreException("store " + dir + " is in use by another process"
            + (holder.isEmpty() ? "" : " (" + holder + ")") + "; wait for it to finish, or use another --store", null);
      }
      ch.truncate(0);
      ch.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ", " + purpose + ", since "
          + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n").getBytes(StandardCharsets.UTF_8)), 0);
      ch.force(false);
      return new StoreLock(key, ch, lock);
    } catch (IOException | OverlappingFileLockException | StoreException e) {
      closeQuietly(ch);
      HELD.remove(key);
      if (e instanceof StoreException se) {
        throw se;
      }
      throw new StoreException("cannot lock store " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * What the holder wrote into the lock file (one line), or "" when it cannot be read. A holder that has just
   * taken the lock may not have written yet: read again for a moment before giving up.
   */
  private static String holder(FileChannel ch) {
    try {
      for (int attempt = 0; attempt < 25; attempt++) {
        ByteBuffer buf = ByteBuffer.allocate(512);
        int n = ch.read(buf, 0);
        String line = n <= 0 ? "" : new String(buf.array(), 0, n, StandardCharsets.UTF_8).lines().findFirst()
            .orElse("").strip();
        if (line.endsWith("Z")) {
          return line; // complete: "pid N, command, since <instant>"
        }
        Thread.sleep(20);
      }
      return "";
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }

  private static void closeQuietly(FileChannel ch) {
    if (ch != null) {
      try {
        ch.close();
      } catch (IOException ignored) {
        // nothing more to release
      }
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException ignored) {
      // closing the channel below releases it too
    } finally {
      closeQuietly(channel);
      HELD.remove(key);
    }
  }
}
