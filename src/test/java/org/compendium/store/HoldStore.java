package org.compendium.store;

import java.nio.file.Path;

/** Test helper run in a child JVM: opens the archive in {@code args[0]}, says "open", and holds it until killed. */
public final class HoldStore {
  private HoldStore() {}

  public static void main(String[] args) throws Exception {
    try (Archive a = Archive.open(Path.of(args[0]), "store holder of a test")) {
      System.out.println("open");
      System.out.flush();
      Thread.sleep(120_000);  // a guard: the test kills this process long before
    }
  }
}
