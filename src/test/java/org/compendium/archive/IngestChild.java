package org.compendium.archive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code compendium ingest} in a child JVM, for the tests that kill it ({@code kill -9}) at chosen moments: its
 * stderr goes to a file, and the store's database is watched from outside, as another process would.
 */
final class IngestChild {
  private IngestChild() {}

  /** Starts {@code ingest IN --store STORE --batch 20 --no-progress OPTIONS}, stderr into {@code err}. */
  static Process start(Path in, Path store, Path err, String... options) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), "org.compendium.cli.Main",
        "ingest", in.toString(), "--store", store.toString(), "--batch", "20", "--no-progress"));
    cmd.addAll(List.of(options));
    return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
  }

  /** The current records the store holds; 0 before its database (or schema) exists. */
  static long stored(Path store) {
    if (!Files.exists(store.resolve("archive.db"))) {
      return 0;
    }
    try (StoreCheck check = new StoreCheck(store)) {
      return check.currentRecords().size();
    } catch (SQLException notYet) {
      return 0;
    }
  }

  /** Waits until {@code p} has stored at least {@code n} records (true if it ended first). */
  static boolean awaitRecords(Process p, Path store, long n) throws Exception {
    while (p.isAlive()) {
      if (Files.exists(store.resolve("archive.db"))) {
        try (StoreCheck check = new StoreCheck(store)) {
          if (check.records() >= n) {
            return false;
          }
        } catch (SQLException notYet) {
          // the schema is not there yet, or the database is busy: look again
        }
      }
      Thread.sleep(10);
    }
    return true;
  }
}
