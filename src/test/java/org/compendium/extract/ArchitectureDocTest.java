package org.compendium.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/ARCHITECTURE.md is kept true: its pipeline table lists the default annotators, in order, with their layers. */
class ArchitectureDocTest {
  private static final Pattern ROW = Pattern.compile("^(\\w+Annotator)\\s+(.+?)\\s+\u2192\\s+(.+)$");

  @Test
  void pipelineTableMatchesTheCode() throws IOException {
    List<String> documented = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("docs/ARCHITECTURE.md"))) {
      Matcher m = ROW.matcher(line.strip());
      if (m.matches()) {
        documented.add(m.group(1) + " " + norm(m.group(2)) + " -> " + norm(m.group(3)));
      }
    }
    List<String> actual = new ArrayList<>();
    for (Annotator a : DefaultPipeline.create().annotators()) {
      actual.add(a.name() + " " + names(a.requires()) + " -> " + names(a.produces()));
    }
    assertEquals(String.join("\n", actual), String.join("\n", documented));
  }

  private static String names(java.util.Set<Layer<?>> layers) {
    return layers.stream().map(Layer::name).sorted().collect(Collectors.joining(", "));
  }

  private static String norm(String cell) {
    String c = cell.strip();
    return c.equals("\u2013") ? "" : java.util.Arrays.stream(c.split("\\s*,\\s*")).sorted().collect(Collectors.joining(", "));
  }
}
