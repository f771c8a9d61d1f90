package org.compendium.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * Opening a store of an older schema says on stderr that it is being upgraded, from which version to which,
 * before the migrations run (they can take minutes on a large archive); a fresh store or one up to date says
 * nothing.
 */
@ResourceLock(Resources.SYSTEM_ERR)
class SchemaUpgradeTest {
  @TempDir Path dir;

  @Test
  void anOlderSchemaIsAnnouncedBeforeItIsUpgraded() throws Exception {
    Path old = dir.resolve("old");
    java.nio.file.Files.createDirectories(old);
    Flyway.configure().dataSource(Database.url(old), null, null).locations("classpath:db/migration").target("7")
        .load().migrate();
    String said = stderrOf(old);
    String latest = Flyway.configure().dataSource(Database.url(old), null, null).locations("classpath:db/migration")
        .load().info().current().getVersion().toString();
    assertTrue(said.contains("store " + old + ": upgrading its database from schema 7 to " + latest), said);
    assertEquals("", stderrOf(old), "up to date: nothing to say");
    Path fresh = dir.resolve("fresh");
    java.nio.file.Files.createDirectories(fresh);
    assertEquals("", stderrOf(fresh), "a fresh store: nothing to say");
  }

  /** What opening the database in {@code store} printed on stderr. */
  private static String stderrOf(Path store) throws Exception {
    PrintStream before = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try (Connection c = Database.open(store)) {
      return err.toString(StandardCharsets.UTF_8);
    } finally {
      System.setErr(before);
    }
  }
}
