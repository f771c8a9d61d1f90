package org.compendium.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.compendium.extract.Extractor;
import org.compendium.ingest.HtmlReader;
import org.compendium.ingest.ReadException;
import org.compendium.ingest.ReaderRegistry;
import org.compendium.ingest.RecordReader;
import org.compendium.ingest.SourceDocument;
import org.compendium.ingest.TeiReader;
import org.compendium.ingest.TextReader;
import org.compendium.json.RecordJson;
import org.compendium.model.Record;
import org.compendium.model.Source;
import org.compendium.model.Span;

/**
 * The fuzz targets and what they check; an input that makes one throw anything is a finding. Run by the JUnit
 * fuzz tests ({@link ReaderFuzzTest}, {@link PipelineFuzzTest}) over their committed inputs, and by Jazzer's
 * command line in {@code bench/fuzz.sh} through {@link #fuzzerTestOneInput}, the target named by the system
 * property {@code compendium.fuzz.target}.
 */
public final class FuzzTargets {
  /** Small, so a fuzzer-grown input meets the size limits too. */
  static final long LIMIT = 64 * 1024;

  private FuzzTargets() {}

  /** Loaded on first use: building the pipeline reads every lexicon. Immutable and thread-safe once built. */
  private static final class Shared {
    static final Extractor EXTRACTOR = new Extractor();
    static final RecordJson JSON = new RecordJson();
    static final ReaderRegistry READERS = ReaderRegistry.standard(LIMIT);
  }

  /** Called by Jazzer before fuzzing: builds the pipeline first, so its loading is not timed as an input. */
  public static void fuzzerInitialize() {
    String target = System.getProperty("compendium.fuzz.target", "");
    if (target.equals("pipeline") || target.equals("file")) {
      Shared.EXTRACTOR.pipeline();
    }
  }

  /** Jazzer's command-line entry point. */
  public static void fuzzerTestOneInput(byte[] data) throws IOException {
    String target = System.getProperty("compendium.fuzz.target", "");
    switch (target) {
      case "text" -> read(new TextReader(), data);
      case "html" -> read(new HtmlReader(LIMIT), data);
      case "tei" -> read(new TeiReader(LIMIT), data);
      case "pipeline" -> pipeline(data);
      case "file" -> file(data);
      default -> throw new IllegalStateException("-Dcompendium.fuzz.target=text|html|tei|pipeline|file, not " + target);
    }
  }

  /** A reader hands over records with non-blank text and markup inside it, or fails with a one-line message. */
  static void read(RecordReader reader, byte[] data) {
    try {
      reader.read(new ByteArrayInputStream(data), "fuzz:input", FuzzTargets::checkRead);
    } catch (ReadException e) {
      checkMessage(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);  // a byte array never fails to read: a finding
    }
  }

  /** The bytes as UTF-8 (malformed sequences become U+FFFD), straight into the pipeline. */
  static void pipeline(byte[] data) {
    extract(new SourceDocument(new String(data, StandardCharsets.UTF_8), new Source("fuzz:text", "text", "0")));
  }

  /** The bytes as a file named .txt, .html, .xml or without extension (by its last byte), registry then pipeline. */
  static void file(byte[] data) throws IOException {
    String[] names = {"in.txt", "in.html", "in.xml", "in"};
    Path dir = Files.createTempDirectory("fuzz");
    Path f = dir.resolve(names[data.length == 0 ? 0 : data[data.length - 1] & 3]);
    try {
      Files.write(f, data);
      Shared.READERS.read(f, FuzzTargets::extract);
    } catch (ReadException e) {
      checkMessage(e);
    } finally {
      Files.deleteIfExists(f);
      Files.deleteIfExists(dir);
    }
  }

  private static void checkMessage(ReadException e) {
    String m = e.getMessage();
    if (m == null || m.isBlank() || m.indexOf('\n') >= 0 || m.indexOf('\r') >= 0) {
      throw new AssertionError("a read error must be one non-blank line: <" + m + ">");
    }
  }

  private static void checkRead(SourceDocument d) {
    if (d.text().isBlank()) {
      throw new AssertionError("a record with blank text was handed over");
    }
    for (var m : d.markup()) {
      if (m.span() != null && m.span().end() > d.text().length()) {
        throw new AssertionError("markup span " + m.span() + " outside a text of " + d.text().length() + " chars");
      }
    }
  }

  /** Every span of the record lies inside its text, and the record writes as JSON. */
  private static void extract(SourceDocument doc) {
    Record r = Shared.EXTRACTOR.extract(doc);
    String text = r.text();
    List<Span> spans = new ArrayList<>();
    r.participants().forEach(p -> spans.addAll(p.mentions()));
    r.places().forEach(p -> spans.addAll(p.mentions()));
    r.instruments().forEach(p -> spans.addAll(p.mentions()));
    r.temporals().forEach(t -> spans.add(t.span()));
    r.statements().forEach(s -> spans.add(s.span()));
    r.commitments().forEach(c -> spans.add(c.span()));
    for (Span s : spans) {
      if (s != null && s.end() > text.length()) {
        throw new AssertionError("span " + s + " outside a text of " + text.length() + " chars");
      }
    }
    Shared.JSON.write(r, false);
  }
}
