package org.compendium.query;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.function.IntConsumer;
import org.compendium.model.Instrument;
import org.compendium.model.Person;
import org.compendium.model.Record;
import org.compendium.store.Archive;

/**
 * Exports the current records of a {@link RecordSelection} (the whole archive, or a query's result) in id order,
 * streaming: records are read from the database in pages and written one by one, so memory holds at most a page
 * of records (and, for a query, the matching ids). JSON lines are the stored record JSON, one record a line; CSV
 * (RFC 4180, Jackson's CSV writer) has one row of key columns per record, lists joined with {@code ;}.
 */
public final class RecordExport {
  /** The export formats. */
  public enum Format { jsonl, csv }

  /** The CSV columns, in order. */
  public static final List<String> CSV_COLUMNS = List.of("id", "date", "kind", "title", "issuer", "countries", "topics",
      "participants", "instruments", "commitments", "source");

  private final Archive archive;

  public RecordExport(Archive archive) {
    this.archive = archive;
  }

  /** How many records {@link #write} would export: for progress. */
  public long count(RecordSelection selection) {
    return selection.isAll() ? archive.records().countCurrent() : ids(selection).size();
  }

  /**
   * Writes the selected records to {@code out} (not closed) and returns how many; {@code step}, when not null,
   * is called after each record (progress). IllegalArgumentException for a bad query or date.
   */
  public long write(RecordSelection selection, Format format, Writer out, IntConsumer step) throws IOException {
    SortedSet<String> ids = selection.isAll() ? null : ids(selection);
    long[] n = {0};
    CsvMapper csv = new CsvMapper();
    CsvSchema.Builder schema = CsvSchema.builder();
    CSV_COLUMNS.forEach(schema::addColumn);
    try (SequenceWriter rows = format == Format.csv
        ? csv.writer(schema.build().withHeader()).writeValues(new Unclosed(out)) : null) {
      IntConsumer done = step == null ? k -> { } : step;
      if (format == Format.jsonl) {
        archive.records().forEachCurrentJson(ids, (id, text) -> {
          write(() -> {
            out.write(text);
            out.write('\n');
          });
          n[0]++;
          done.accept(1);
        });
      } else {
        archive.records().forEachCurrent(ids, r -> {
          write(() -> rows.write(row(r)));
          n[0]++;
          done.accept(1);
        });
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.flush();
    return n[0];
  }

  private interface Output {
    void run() throws IOException;
  }

  private static void write(Output output) {
    try {
      output.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SortedSet<String> ids(RecordSelection selection) {
    return archive.index().matchingIds(selection.toSearch());
  }

  /** One CSV row of key columns, in {@link #CSV_COLUMNS} order. */
  static List<String> row(Record r) {
    List<String> people = new ArrayList<>();
    for (Person p : nonNull(r.participants())) {
      people.add(p.name());
    }
    List<String> instruments = new ArrayList<>();
    for (Instrument i : nonNull(r.instruments())) {
      instruments.add(i.name());
    }
    List<String> row = new ArrayList<>();
    row.add(r.id());
    row.add(r.date());
    row.add(r.kind() == null ? null : r.kind().name());
    row.add(r.title());
    row.add(r.issuer());
    row.add(String.join(";", nonNull(r.countries())));
    row.add(String.join(";", nonNull(r.topics())));
    row.add(String.join(";", people));
    row.add(String.join(";", instruments));
    row.add(String.valueOf(nonNull(r.commitments()).size()));
    row.add(r.source() == null ? null : r.source().uri());
    return row;
  }

  private static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : list;
  }

  /** A writer whose close only flushes: the CSV writer closes its target, the caller owns {@code out}. */
  private static final class Unclosed extends Writer {
    private final Writer out;

    Unclosed(Writer out) {
      this.out = out;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      out.write(buf, off, len);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
