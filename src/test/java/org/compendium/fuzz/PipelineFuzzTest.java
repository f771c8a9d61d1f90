package org.compendium.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;

/**
 * Jazzer fuzz tests of extraction (checks in {@link FuzzTargets}): any text through the whole pipeline gives a
 * record whose spans lie inside its text and which writes as JSON; any file through the reader registry and the
 * pipeline fails only with a one-line {@code ReadException}. Regression inputs:
 * {@code src/test/resources/org/compendium/fuzz/PipelineFuzzTestInputs/<method>/}.
 */
class PipelineFuzzTest {
  @FuzzTest(maxDuration = "30s")
  void text(byte[] data) {
    FuzzTargets.pipeline(data);
  }

  @FuzzTest(maxDuration = "30s")
  void file(byte[] data) throws IOException {
    FuzzTargets.file(data);
  }
}
