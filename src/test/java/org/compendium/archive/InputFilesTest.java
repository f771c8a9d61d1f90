package org.compendium.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
  @TempDir Path tmp;

  @Test
  void walksGlobsSkipsAndMissing() throws Exception {
    Files.createDirectories(tmp.resolve("a/b"));
    Files.createDirectories(tmp.resolve(".git"));
    for (String f : List.of("a/one.txt", "a/b/two.xml", "a/README.md", "a/b/meta.json", "a/.hidden.txt", ".git/HEAD")) {
      Files.writeString(tmp.resolve(f), "x");
    }
    InputFiles in = InputFiles.standard();
    InputFiles.Expansion walk = in.expand(List.of(tmp.toString()));
    assertEquals(List.of(tmp.resolve("a/b/two.xml"), tmp.resolve("a/one.txt")), walk.files());
    assertEquals(3, walk.skipped().size(), walk.skipped().toString());  // README.md, meta.json, .hidden.txt

    InputFiles.Expansion glob = in.expand(List.of(tmp + "/a/*.txt", tmp + "/a/**.xml", tmp + "/nothing/*.txt"));
    assertEquals(List.of(tmp.resolve("a/one.txt"), tmp.resolve("a/b/two.xml")), glob.files());
    assertEquals(List.of(tmp + "/nothing/*.txt"), glob.missing());

    InputFiles.Expansion named = in.expand(List.of(tmp.resolve("a/README.md").toString(), tmp + "/absent.txt"));
    assertEquals(List.of(tmp.resolve("a/README.md")), named.files(), "a file named explicitly is always read");
    assertEquals(List.of(tmp + "/absent.txt"), named.missing());
  }
}
