package org.compendium.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.compendium.util.Progress;

/**
 * Writes records {@code 0..n-1} of a {@link RecordGenerator} as text files under a directory, a thousand per
 * subdirectory ({@code d0000/r0000000.txt}), one at a time: memory stays constant whatever {@code n}.
 */
public final class CorpusWriter {
  private final RecordGenerator generator;

  public CorpusWriter(RecordGenerator generator) {
    this.generator = generator;
  }

  /** Writes {@code n} records under {@code dir}, stepping {@code progress} (may be null); returns bytes written. */
  public long write(Path dir, long n, Progress progress) throws IOException {
    long bytes = 0;
    for (long i = 0; i < n; i++) {
      RecordGenerator.Generated g = generator.generate(i);
      Path file = dir.resolve(g.path());
      if (i % 1000 == 0) {
        Files.createDirectories(file.getParent());
      }
      byte[] b = g.text().getBytes(StandardCharsets.UTF_8);
      Files.write(file, b);
      bytes += b.length;
      if (progress != null) {
        progress.step();
      }
    }
    if (progress != null) {
      progress.finish();
    }
    return bytes;
  }
}
