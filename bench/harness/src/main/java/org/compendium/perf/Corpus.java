package org.compendium.perf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.compendium.ingest.ReadException;
import org.compendium.ingest.ReaderRegistry;
import org.compendium.ingest.SourceDocument;

/**
 * A benchmark corpus held in memory: every record file under a directory, read once by the project's readers, so
 * that each benchmark measures its own work and not the disk. {@code bytes} counts the input files as stored.
 */
public record Corpus(String name, List<SourceDocument> docs, long bytes) {

  public static Corpus load(Path dir) {
    ReaderRegistry readers = ReaderRegistry.standard();
    List<SourceDocument> docs = new ArrayList<>();
    long bytes = 0;
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        String n = p.getFileName().toString();
        if (!(n.endsWith(".txt") || n.endsWith(".xml") || n.endsWith(".html"))) {
          continue;
        }
        bytes += Files.size(p);
        readers.read(p, docs::add);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ReadException e) {
      throw new IllegalStateException(dir + ": " + e.getMessage(), e);
    }
    if (docs.isEmpty()) {
      throw new IllegalArgumentException(dir + ": no records (.txt, .xml, .html)");
    }
    return new Corpus(dir.getFileName().toString(), List.copyOf(docs), bytes);
  }

  public int records() {
    return docs.size();
  }
}
