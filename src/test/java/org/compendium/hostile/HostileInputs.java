package org.compendium.hostile;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The hostile inputs of issue 6, each with what must happen to it: the small ones are committed under
 * {@code src/test/resources/hostile} (and {@code ingest} for the legitimate encodings), the big or
 * path-dependent ones are written here into a directory. Used by the hostile suite tests and, through
 * {@link #main}, by {@code bench/hostile.sh}, which measures time and memory for each.
 */
public final class HostileInputs {
  /** Text of the local file that the XXE input points at: it must never appear in any output. */
  public static final String SECRET = "SECRET-6f1d2c-MUST-NEVER-LEAK";
  private static final Path HOSTILE = Path.of("src/test/resources/hostile");
  private static final Path INGEST = Path.of("src/test/resources/ingest");

  /**
   * One input: a label for tables, its path, and what must happen. When {@code reads}, {@code expect} is text the
   * record must contain; otherwise it is text the one-line error must contain.
   */
  public record Case(String label, Path file, boolean reads, String expect) {}

  private HostileInputs() {}

  /**
   * Writes the generated inputs into {@code dir} (the local "secret" file goes beside it, outside {@code dir}) and
   * returns every case, committed ones first. {@code longLineBytes} sizes the single-line file.
   */
  public static List<Case> write(Path dir, long longLineBytes) throws IOException {
    Files.createDirectories(dir);
    List<Case> cases = new ArrayList<>();
    cases.add(new Case("empty file", copy(HOSTILE, "empty.txt", dir), false, "empty file"));
    cases.add(new Case("whitespace only", copy(HOSTILE, "whitespace.txt", dir), false, "whitespace"));
    cases.add(new Case("binary data", binary(dir.resolve("binary.dat")), false, "binary content"));
    cases.add(new Case("image renamed .txt", copy(HOSTILE, "picture.txt", dir), false, "binary content (PNG image)"));
    cases.add(new Case("invalid UTF-8 (read as windows-1252)", invalidUtf8(dir.resolve("invalid-utf8.txt")), true,
        "Caf\u00c3 talks in Montr\u00e9al"));
    cases.add(new Case("invalid UTF-8 after a UTF-8 BOM", copy(HOSTILE, "not-utf8-after-bom.txt", dir), false,
        "undecodable"));
    cases.add(new Case("NUL bytes", copy(HOSTILE, "nul-bytes.txt", dir), false, "binary content (NUL bytes)"));
    cases.add(new Case("control characters", copy(HOSTILE, "controls.txt", dir), false, "binary content"));
    cases.add(new Case("UTF-16 LE with BOM", copy(INGEST, "utf16le-bom.txt", dir), true,
        "The leaders met in K\u00f8benhavn.\nThey agreed."));
    cases.add(new Case("UTF-16 BE with BOM", utf16be(dir.resolve("utf16be-bom.txt")), true,
        "Die Au\u00dfenminister trafen sich in Gen\u00e8ve.\nSie einigten sich."));
    cases.add(new Case("windows-1252", copy(INGEST, "cp1252.txt", dir, "windows-1252.txt"), true,
        "The Minister\u2019s visit"));
    cases.add(new Case("CRLF line ends", copy(INGEST, "crlf.txt", dir), true, "Line one\nLine two\n\nLine four"));
    cases.add(new Case("scripts, on* handlers, javascript: links", copy(HOSTILE, "scripts.html", dir), true,
        "The foreign ministers of Norway and Iceland met in Oslo"));
    cases.add(new Case("malformed XML", copy(HOSTILE, "malformed.xml", dir), false, "malformed XML at line 4"));
    cases.add(new Case("billion laughs", copy(HOSTILE, "billion-laughs.xml", dir), false, "DOCTYPE not allowed"));
    cases.add(new Case("DOCTYPE + external entity (local file)", xxe(dir), false, "DOCTYPE not allowed"));
    cases.add(new Case("impossible date (31 February)", copy(HOSTILE, "february-31.txt", dir), true,
        "met in Berlin on 31 February 2004"));
    cases.add(new Case("file name with ../", dotDot(dir), true, "A path that climbs out and back in."));
    cases.add(new Case("non-ASCII file name", write(dir.resolve("Erkl\u00e4rung \u65e5\u672c \u2013 \u0414\u043e\u0433\u043e\u0432\u043e\u0440.txt"),
        "Gemeinsame Erkl\u00e4rung\n\nDie Minister trafen sich am 3. Mai 2004 in Z\u00fcrich.\n"), true,
        "Die Minister trafen sich"));
    cases.add(new Case("TEI record id with ../", teiDotDotId(dir), true, "Escaping record"));
    cases.add(new Case("HTML nested 100,000 deep", deepHtml(dir.resolve("deep-100k.html"), 100_000), true, "Deep text"));
    cases.add(new Case("single line of " + mb(longLineBytes), longLine(dir.resolve("long-line.txt"), longLineBytes),
        true, "The two ministers met in Geneva"));
    cases.add(new Case("100 MB file", sparse(dir.resolve("big-100mb.txt"), 100L * 1024 * 1024), false,
        "file too large (104857600 bytes, limit 20971520)"));
    return cases;
  }

  /** {@code bench/hostile.sh}: writes the inputs into {@code args[0]} and prints one line per case. */
  public static void main(String[] args) throws IOException {
    long line = args.length > 1 ? Long.parseLong(args[1]) : 10L * 1024 * 1024;
    for (Case c : write(Path.of(args[0]), line)) {
      System.out.println(c.file() + "\t" + c.label() + "\t" + (c.reads() ? "read" : "refused"));
    }
  }

  private static String mb(long bytes) {
    return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
  }

  private static Path copy(Path from, String name, Path dir) throws IOException {
    return copy(from, name, dir, name);
  }

  private static Path copy(Path from, String name, Path dir, String as) throws IOException {
    Path to = dir.resolve(as);
    Files.copy(from.resolve(name), to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return to;
  }

  private static Path write(Path f, String text) throws IOException {
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  /** UTF-8 text cut inside a two-byte sequence, then Latin-1 bytes: not UTF-8, so read as windows-1252. */
  private static Path invalidUtf8(Path f) throws IOException {
    byte[] head = "Note\n\nCaf".getBytes(StandardCharsets.US_ASCII);
    byte[] tail = " talks in Montr\u00e9al ended on 3 May 2004.\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] b = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, b, 0, head.length);
    b[head.length] = (byte) 0xC3;  // opens a UTF-8 sequence that the next byte (a space) does not continue
    System.arraycopy(tail, 0, b, head.length + 1, tail.length);
    Files.write(f, b);
    return f;
  }

  /** UTF-16 big-endian with its byte order mark, CRLF line ends. */
  private static Path utf16be(Path f) throws IOException {
    Files.write(f, "\uFEFFDie Au\u00dfenminister trafen sich in Gen\u00e8ve.\r\nSie einigten sich.\r\n"
        .getBytes(StandardCharsets.UTF_16BE));
    return f;
  }

  /** Seeded random bytes: a binary file of no known signature. */
  private static Path binary(Path f) throws IOException {
    byte[] b = new byte[64 * 1024];
    new Random(6).nextBytes(b);
    Files.write(f, b);
    return f;
  }

  /** A TEI file whose DOCTYPE declares an external entity reading a local file, used in the text. */
  private static Path xxe(Path dir) throws IOException {
    Path secret = dir.resolveSibling(dir.getFileName() + "-secret.txt");
    Files.writeString(secret, SECRET);
    return write(dir.resolve("xxe.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [<!ENTITY xxe SYSTEM \""
        + secret.toUri() + "\">]>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p>Leaked: &xxe;</p>"
        + "</body></text></TEI>\n");
  }

  /** A file reached through {@code sub/../}: the path names it with a climb out of a directory and back. */
  private static Path dotDot(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("sub"));
    write(dir.resolve("dotdot.txt"), "Note\n\nA path that climbs out and back in. The envoys met in Lima.\n");
    return dir.resolve("sub").resolve("..").resolve("dotdot.txt");
  }

  /** A TEI volume whose record id tries to climb out of an output directory. */
  private static Path teiDotDotId(Path dir) throws IOException {
    return write(dir.resolve("tei-dotdot-id.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body>"
        + "<div type=\"document\" xml:id=\"../../escaped\"><head>Escaping record</head><p>The envoys met in Lima."
        + "</p></div><div type=\"document\" xml:id=\"d2\"><head>Second record</head><p>They met again.</p></div>"
        + "</body></text></TEI>");
  }

  private static Path deepHtml(Path f, int depth) throws IOException {
    return write(f, "<html><body>" + "<div>".repeat(depth) + "<p>Deep text</p>" + "</div>".repeat(depth)
        + "<p>After the deep part.</p></body></html>");
  }

  /** Prose sentences on one line, no newline at all. */
  private static Path longLine(Path f, long bytes) throws IOException {
    byte[] s = "The two ministers met in Geneva on 3 May 2004 and agreed to sign a treaty on fisheries by 2006. "
        .getBytes(StandardCharsets.US_ASCII);
    byte[] b = new byte[(int) bytes];
    for (int i = 0; i < b.length; i++) {
      b[i] = s[i % s.length];
    }
    Files.write(f, b);
    return f;
  }

  /** A file of {@code bytes} that starts as text; the rest is a hole (costs no disk, reads as NULs). */
  private static Path sparse(Path f, long bytes) throws IOException {
    write(f, "Joint Statement\n\nThe leaders met.\n");
    try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
      r.setLength(bytes);
    }
    return f;
  }
}
