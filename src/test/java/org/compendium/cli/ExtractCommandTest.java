package org.compendium.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  private static final Path HOSTILE = Path.of("src/test/resources/hostile");
  private static final Path TEI = Path.of("samples/tei/frus1955-57v23p1-d182.xml");

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = Main.run(args);
      return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  private Path volume(int n) throws Exception {
    StringBuilder sb = new StringBuilder("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body>");
    for (int i = 1; i <= n; i++) {
      sb.append("<div type=\"document\" xml:id=\"d").append(i).append("\"><head>Note ").append(i)
          .append("</head><p>The ambassador called on the minister on the ").append(i).append("th.</p></div>");
    }
    sb.append("</body></text></TEI>");
    Path f = dir.resolve("vol.xml");
    Files.writeString(f, sb);
    return f;
  }

  @Test
  void mixOfGoodAndBadFiles() throws Exception {
    Path good = dir.resolve("good.txt");
    Files.writeString(good, "Joint Statement\n\nThe two leaders met in Vienna on 3 May 2004.\n");
    Path out = dir.resolve("out");
    List<Path> bad = List.of(HOSTILE.resolve("empty.txt"), HOSTILE.resolve("picture.txt"),
        HOSTILE.resolve("billion-laughs.xml"), HOSTILE.resolve("malformed.xml"), HOSTILE.resolve("nul-bytes.txt"),
        HOSTILE.resolve("whitespace.txt"), dir.resolve("missing.txt"));
    String[] args = new String[bad.size() + 5];
    args[0] = "extract";
    args[1] = bad.get(0).toString();
    args[2] = good.toString();
    for (int i = 1; i < bad.size(); i++) {
      args[2 + i] = bad.get(i).toString();
    }
    args[args.length - 3] = volume(3).toString();
    args[args.length - 2] = "--out";
    args[args.length - 1] = out.toString();
    Run r = run(args);
    assertEquals(1, r.code());
    assertEquals("", r.out());
    List<String> lines = r.err().lines().toList();
    assertEquals(bad.size(), lines.size(), r.err());
    for (int i = 0; i < bad.size(); i++) {
      assertTrue(lines.get(i).startsWith(bad.get(i) + ": "), lines.get(i));
      assertTrue(lines.get(i).length() > bad.get(i).toString().length() + 3);
    }
    assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    assertTrue(lines.get(1).endsWith("binary content (PNG image)"));
    assertTrue(lines.get(2).contains("DOCTYPE not allowed"));
    assertTrue(lines.get(3).contains("malformed XML at line"));
    assertTrue(Files.exists(out.resolve("good.json")));
    for (int i = 1; i <= 3; i++) {
      assertTrue(Files.exists(out.resolve("vol-d" + i + ".json")), Arrays.toString(out.toFile().list()));
    }
    assertEquals(4, out.toFile().list().length);
  }

  @Test
  void aRecordThatCannotBeWrittenDoesNotStopTheVolume() throws Exception {
    Path out = dir.resolve("blocked");
    Files.createDirectories(out.resolve("vol-d2.json"));  // a directory where the record's file should go
    Run r = run("extract", volume(3).toString(), "--out", out.toString());
    assertEquals(1, r.code());
    List<String> lines = r.err().lines().toList();
    assertEquals(1, lines.size(), r.err());
    assertTrue(lines.get(0).startsWith(dir.resolve("vol.xml") + ": 1 of 3 records failed, first record d2: cannot write"),
        lines.get(0));
    assertTrue(Files.isRegularFile(out.resolve("vol-d1.json")));
    assertTrue(Files.isRegularFile(out.resolve("vol-d3.json")));
  }

  @Test
  void fileHoldingOneDocumentWritesNameJson() {
    Path out = dir.resolve("one");
    Run r = run("extract", TEI.toString(), "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(List.of("frus1955-57v23p1-d182.json"), Arrays.asList(out.toFile().list()));
  }

  @Test
  void oneRecordPrintsPrettyManyRecordsOnePerLine() throws Exception {
    ObjectMapper json = new ObjectMapper();
    Run one = run("extract", TEI.toString());
    assertEquals(0, one.code(), one.err());
    JsonNode record = json.readTree(one.out());
    assertTrue(record.get("text").asText().startsWith("182. Memorandum of a Conversation"));
    assertTrue(one.out().strip().lines().count() > 1, "pretty printed");

    Run many = run("extract", volume(4).toString());
    assertEquals(0, many.code(), many.err());
    List<String> lines = many.out().lines().toList();
    assertEquals(4, lines.size());
    for (int i = 0; i < 4; i++) {
      assertTrue(json.readTree(lines.get(i)).get("text").asText().startsWith("Note " + (i + 1)));
    }
  }
}
