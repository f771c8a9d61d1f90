package org.compendium.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Whether a store's derivations (links across records, commitment tracking; see {@link Derivation}) are
 * deferred: a bulk load ({@code ingest --defer-links}) stores and indexes records only, and {@code compendium
 * link} later brings every derivation up to date in one pass. The state is a marker file, {@code DIR/links-deferred},
 * written (and synced) before the first record is stored without derivations and removed only after they have
 * all caught up, so a crash at any point leaves a store that still says it is behind. While it is present,
 * opening the store does not run the derivations' catch-up (which would take as long as the link pass itself).
 * The marker's first line tells a deferral the user asked for ({@code ingest --defer-links}: until {@code
 * compendium link}) from one a load took for itself ({@link #untilEndOfLoad}: it links at its end, or the next
 * load does if it stopped).
 * Read and changed only under the store's {@link StoreLock}.
 */
public final class LinkDeferral {
  public static final String FILE = "links-deferred";

  private LinkDeferral() {}

  /** True when the derivations of the store in {@code dir} are deferred. */
  public static boolean deferred(Path dir) {
    return Files.exists(dir.resolve(FILE));
  }

  /** The first line of the marker of a deferral for one load, which links at its end. */
  private static final String UNTIL_END = "links and commitment tracking are deferred until the end of a load";

  /**
   * True when the store in {@code dir} is deferred for one load that links at its end (not by the user's
   * choice): a load that stopped before its end left it so, and the next one is to link at its end.
   */
  public static boolean untilEndOfLoad(Path dir) {
    try {
      return deferred(dir) && Files.readString(dir.resolve(FILE), StandardCharsets.UTF_8).startsWith(UNTIL_END);
    } catch (IOException e) {
      return false;  // unreadable: treated as the user's own deferral, which only `compendium link` ends
    }
  }

  /**
   * Marks the store as deferred, durably, before anything is stored without derivations; {@code untilEndOfLoad}:
   * for one load, which links at its end.
   */
  static void begin(Path dir, boolean untilEndOfLoad) {
    Path marker = dir.resolve(FILE);
    try (FileChannel ch = FileChannel.open(marker, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      ch.write(StandardCharsets.UTF_8.encode((untilEndOfLoad ? UNTIL_END + ", or of the next if it stops; "
          : "links and commitment tracking are deferred: ") + "run `compendium link` to bring them up to date\n"));
      ch.force(true);
    } catch (IOException e) {
      throw new StoreException("cannot mark store " + dir + " as deferred (" + e.getClass().getSimpleName() + ")", e);
    }
    syncDirectory(dir);
  }

  /** Ends the deferral, once every derivation has caught up (committed). */
  static void end(Path dir) {
    try {
      Files.deleteIfExists(dir.resolve(FILE));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + dir.resolve(FILE), e);
    }
    syncDirectory(dir);
  }

  /** Makes the creation or removal of the marker durable (a no-op where directories cannot be opened). */
  private static void syncDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      // some platforms cannot open a directory; the marker's own sync is the best we can do there
    }
  }
}
