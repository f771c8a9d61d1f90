package org.compendium.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.compendium.ingest.HtmlReader;
import org.compendium.ingest.TeiReader;
import org.compendium.ingest.TextReader;

/**
 * Jazzer fuzz tests of the three readers (checks in {@link FuzzTargets#read}): whatever the bytes, records with
 * non-blank text, or a one-line {@code ReadException}. A normal test run replays the committed inputs under
 * {@code src/test/resources/org/compendium/fuzz/ReaderFuzzTestInputs/<method>/}; {@code bench/fuzz.sh} fuzzes,
 * and each crash it finds is added there (and fixed).
 */
class ReaderFuzzTest {
  @FuzzTest(maxDuration = "30s")
  void text(byte[] data) {
    FuzzTargets.read(new TextReader(), data);
  }

  @FuzzTest(maxDuration = "30s")
  void html(byte[] data) {
    FuzzTargets.read(new HtmlReader(FuzzTargets.LIMIT), data);
  }

  @FuzzTest(maxDuration = "30s")
  void tei(byte[] data) {
    FuzzTargets.read(new TeiReader(FuzzTargets.LIMIT), data);
  }
}
