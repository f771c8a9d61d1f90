package org.compendium.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void lineShowsDoneRateAndTimeLeft() {
    Progress p = new Progress("records", 100, new PrintStream(new ByteArrayOutputStream()), false, 1000);
    assertEquals("records: 25/100 (25%), 5.0/s, 15s left", p.line(25, 5.0));
    assertEquals("records: 100/100 (100%), 10.0/s", p.line(100, 10.0));
  }

  @Test
  void durationsReadable() {
    assertEquals("59s", Progress.duration(59));
    assertEquals("2m05s", Progress.duration(125));
    assertEquals("1h01m", Progress.duration(3660));
  }

  @Test
  void plainOutputEndsWithFinalLine() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Progress p = new Progress("files", 3, new PrintStream(bytes, true, StandardCharsets.UTF_8), false, 0);
    p.step();
    p.step();
    p.step();
    p.finish();
    String[] lines = bytes.toString(StandardCharsets.UTF_8).strip().split("\n");
    assertTrue(lines[lines.length - 1].startsWith("files: 3/3 (100%)"), lines[lines.length - 1]);
  }

  @Test
  void offOnStderrSilencesEveryProgressOnStderrUntilClosed() {
    PrintStream err = System.err;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      try (Progress.Off off = Progress.offOnStderr(true)) {
        Progress p = Progress.onStderr("postings", 2);
        p.step(2);
        p.finish();
        try (Progress.Off nested = Progress.offOnStderr(false)) {  // an inner "on" does not undo an outer "off"
          Progress.onStderr("evidence", 1).finish();
        }
        Progress.onStderr("links", 1).finish();
      }
      assertEquals("", bytes.toString(StandardCharsets.UTF_8));
      Progress.onStderr("records", 1).finish();
      assertTrue(bytes.toString(StandardCharsets.UTF_8).startsWith("records: 0/1"), bytes.toString());
    } finally {
      System.setErr(err);
    }
  }
}
