package org.compendium;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a child JVM on the test class path: a real separate process, to lock, crash or kill. */
public final class ChildJvm {
  private ChildJvm() {}

  /** {@code java -Xmx512m -cp <test class path> mainClass args...}, stdout and stderr to the given files. */
  public static Process start(Path out, Path err, String mainClass, String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), mainClass));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
  }

  /** A child running the {@code compendium} command line. */
  public static Process compendium(Path out, Path err, String... args) throws IOException {
    return start(out, err, "org.compendium.cli.Main", args);
  }
}
