package org.compendium.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.compendium.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One process at a time per store: a second opener is refused with the holder named; the lock dies with it. */
class StoreLockTest {
  @TempDir Path tmp;

  @Test
  void aSecondOpenInTheSameProcessIsRefusedAndTheFirstKeepsWorking() {
    Path dir = tmp.resolve("store");
    try (Archive a = Archive.open(dir)) {
      StoreException e = assertThrows(StoreException.class, () -> Archive.open(dir));
      assertEquals("store " + dir + " is already open in this process (pid " + ProcessHandle.current().pid() + ")",
          e.getMessage());
      assertEquals(0, a.records().countCurrent());
      assertEquals(0, a.reindex());
    }
    try (Archive again = Archive.open(dir)) {  // released on close
      assertEquals(0, again.records().countCurrent());
    }
  }

  @Test
  void anotherProcessIsNamedInTheRefusalAndItsLockDiesWithItsKill() throws Exception {
    Path dir = tmp.resolve("store");
    Path out = tmp.resolve("holder.out");
    Process holder = ChildJvm.start(out, tmp.resolve("holder.err"), HoldStore.class.getName(), dir.toString());
    try {
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!Files.readString(out).contains("open")) {
        assertTrue(holder.isAlive() && System.nanoTime() < until,
            "holder did not open the store: " + Files.readString(tmp.resolve("holder.err")));
        Thread.sleep(20);
      }
      StoreException e = assertThrows(StoreException.class, () -> Archive.open(dir, "test"));
      String m = e.getMessage();
      assertTrue(m.startsWith("store " + dir + " is in use by another process (pid " + holder.pid()
          + ", store holder of a test, since "), m);
      assertTrue(m.endsWith("); wait for it to finish, or use another --store"), m);
    } finally {
      holder.destroyForcibly();  // SIGKILL: no close, no shutdown hook
      holder.waitFor();
    }
    try (Archive a = Archive.open(dir)) {  // the operating system dropped the dead holder's lock
      assertEquals(0, a.records().countCurrent());
    }
  }
}
