package org.compendium.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random damage to good inputs of every format: whatever the bytes, the registry either reads records or
 * fails with a one-line {@link ReadException}; never another exception, never a multi-line message.
 */
class HostileInputTest {
  private static final long SEED = Long.getLong("compendium.seed", 20261127L);

  @TempDir Path dir;

  @Test
  void mutatedInputsFailCleanlyOrRead() throws Exception {
    List<byte[]> seeds = List.of(
        Fixtures.bytes(Path.of("samples/tei/frus1955-57v23p1-d182.xml")),
        Fixtures.bytes(Fixtures.INGEST.resolve("page-main.html")),
        Fixtures.bytes(Fixtures.INGEST.resolve("page-old.html")),
        Fixtures.bytes(Fixtures.INGEST.resolve("utf16le-bom.txt")),
        Fixtures.bytes(Fixtures.INGEST.resolve("cp1252.txt")));
    String[] names = {"a.xml", "a.html", "a.htm", "a.txt", "a"};
    ReaderRegistry registry = ReaderRegistry.standard();
    Random random = new Random(SEED);
    for (int round = 0; round < 300; round++) {
      byte[] b = seeds.get(random.nextInt(seeds.size())).clone();
      int kind = random.nextInt(4);
      if (kind == 0) {
        for (int i = random.nextInt(20); i >= 0; i--) {
          b[random.nextInt(b.length)] = (byte) random.nextInt(256);
        }
      } else if (kind == 1) {
        b = java.util.Arrays.copyOf(b, random.nextInt(b.length + 1));
      } else if (kind == 2) {
        int from = random.nextInt(b.length);
        b = java.util.Arrays.copyOfRange(b, from, b.length);
      } else {
        b = new byte[random.nextInt(2000)];
        random.nextBytes(b);
      }
      Path f = dir.resolve(names[random.nextInt(names.length)]);
      Files.write(f, b);
      try {
        registry.read(f, d -> assertFalse(d.text().isBlank()));
      } catch (ReadException e) {
        if (e.getMessage() == null || e.getMessage().isBlank() || e.getMessage().contains("\n")) {
          fail("seed " + SEED + " round " + round + ": bad message <" + e.getMessage() + ">");
        }
      } catch (RuntimeException | Error e) {
        fail("seed " + SEED + " round " + round + " (" + f.getFileName() + "): " + e, e);
      }
    }
  }
}
