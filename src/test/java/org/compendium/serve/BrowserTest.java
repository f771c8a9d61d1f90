package org.compendium.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The web application in headless Chromium: runs {@code src/test/browser/browser-test.mjs} (playwright-core) with
 * node against the shared real server. Scenarios: search, open a record, select a fact and see its span
 * highlighted; keyboard use; upload a file and find it by search; filter the commitments tracker; the
 * instrument page draws its graph; a record carrying scripts and handlers stays inert; no horizontal scrolling
 * at 1280 px and phone width. Screenshots go to {@code target/screenshots/}. Skipped, saying why, only where
 * node or Chromium is not installed (and never under CI, where {@code .ci/run} installs them).
 */
class BrowserTest {
  private static final Path DIR = Path.of("src/test/browser");
  private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

  @Test
  void theWebApplicationWorksInABrowser() throws IOException, InterruptedException {
    String node = onPath("node");
    boolean ci = "true".equals(System.getenv("CI"));
    if (node == null || !Files.isExecutable(CHROMIUM)) {
      String why = "browser tests need node and " + CHROMIUM + " (apt-get install -y nodejs npm chromium)";
      if (ci) {
        fail(why + ": missing under CI");
      }
      Assumptions.abort(why);
    }
    if (!Files.isDirectory(DIR.resolve("node_modules/playwright-core"))) {
      run(List.of(onPath("npm"), "ci", "--no-audit", "--no-fund"), DIR, null, 300);
    }
    ServerFixture f = ServerFixture.get();
    Path shots = Path.of("target/screenshots").toAbsolutePath();
    Files.createDirectories(shots);
    ProcessBuilder pb = new ProcessBuilder(node, "browser-test.mjs").directory(DIR.toFile());
    pb.environment().put("BASE", f.base());
    pb.environment().put("TOKEN", f.token);
    pb.environment().put("SHOTS", shots.toString());
    pb.environment().put("CHROMIUM", CHROMIUM.toString());
    run(null, DIR, pb, 180);  // its report is in the failure message when a scenario fails
  }

  /** Runs a command (or {@code pb}), returns its output; fails the test on a non-zero exit or a time-out. */
  private static String run(List<String> command, Path dir, ProcessBuilder pb, int seconds)
      throws IOException, InterruptedException {
    ProcessBuilder b = pb != null ? pb : new ProcessBuilder(command).directory(dir.toFile());
    b.redirectErrorStream(true);
    Path log = Files.createTempFile("compendium-browser", ".log");
    b.redirectOutput(log.toFile());
    Process p = b.start();
    if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail(String.join(" ", b.command()) + " timed out after " + seconds + " s:\n" + Files.readString(log));
    }
    String out = Files.readString(log, StandardCharsets.UTF_8);
    Files.deleteIfExists(log);
    assertEquals(0, p.exitValue(), String.join(" ", b.command()) + " failed:\n" + out);
    return out;
  }

  private static String onPath(String name) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path p = Path.of(d, name);
      if (Files.isExecutable(p)) {
        return p.toString();
      }
    }
    return null;
  }
}
