package org.compendium;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The bundled dev records ({@code samples/dev/*.txt}) and their gold files ({@code src/test/resources/gold}). */
public final class DevCorpus {
  public static final Path TEXTS = Path.of("samples/dev");
  public static final Path GOLD = Path.of("src/test/resources/gold");

  private DevCorpus() {}

  /** Every dev text that has a gold file, sorted by name. */
  public static List<Path> texts() {
    try (Stream<Path> s = Files.list(TEXTS)) {
      return s.filter(p -> p.toString().endsWith(".txt"))
          .filter(p -> Files.exists(gold(p)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path gold(Path text) {
    String name = text.getFileName().toString();
    return GOLD.resolve(name.substring(0, name.lastIndexOf('.')) + ".gold.json");
  }
}
