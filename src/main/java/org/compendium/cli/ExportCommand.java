package org.compendium.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.compendium.json.RecordJson;
import org.compendium.model.Record;
import org.compendium.store.Archive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code compendium export --format jsonl|csv [--out FILE]}: every current record. JSONL holds whole records;
 * CSV one row of header fields per record (id, date, kind, title, issuer, countries, topics, source), lists
 * joined with {@code ;}. Query-restricted export is not there yet.
 */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export the archive as JSON lines or CSV.")
public final class ExportCommand implements Callable<Integer> {
  enum Format { jsonl, csv }

  @Option(names = "--format", required = true, paramLabel = "jsonl|csv") Format format;
  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.") Path out;

  @Mixin StoreOption store;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    try (Archive archive = store.open(); PrintWriter w = writer()) {
      RecordJson json = new RecordJson();
      if (format == Format.csv) {
        w.print("id,date,kind,title,issuer,countries,topics,source\r\n");
      }
      archive.records().forEachCurrent(r -> {
        if (format == Format.jsonl) {
          w.print(json.write(r, false) + "\n");
        } else {
          w.print(csvRow(r) + "\r\n");
        }
      });
      w.flush();
      if (w.checkError()) {
        throw new UncheckedIOException(new IOException("export: write failed"));
      }
    }
    return 0;
  }

  private PrintWriter writer() throws IOException {
    if (out == null) {
      return new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false) {
        @Override
        public void close() {
          flush();  // leave standard output open
        }
      };
    }
    Writer file = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
    return new PrintWriter(file);
  }

  static String csvRow(Record r) {
    return String.join(",", List.of(cell(r.id()), cell(r.date()), cell(r.kind() == null ? null : r.kind().name()),
        cell(r.title()), cell(r.issuer()), cell(String.join(";", r.countries())), cell(String.join(";", r.topics())),
        cell(r.source() == null ? null : r.source().uri())));
  }

  /** RFC 4180 quoting: a cell with a comma, quote or line break is quoted, quotes doubled. */
  static String cell(String v) {
    if (v == null) {
      return "";
    }
    if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
      return v;
    }
    return '"' + v.replace("\"", "\"\"") + '"';
  }
}
