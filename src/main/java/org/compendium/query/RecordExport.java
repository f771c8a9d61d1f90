package org.compendium.query;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.compendium.model.Instrument;
import org.compendium.model.Person;
import org.compendium.model.Record;
import org.compendium.store.Archive;
import org.compendium.store.index.MatchingIds;

/**
 * Exports the current records of a {@link RecordSelection} (the whole archive, or a query's result) in id order,
 * streaming: records are read from the database in pages and written one by one, so memory holds a couple of
 * pages of records (see {@code store.PagedRead}) and, for a query, the matching ids. JSON lines are the stored
 * record JSON, one record a line; CSV (RFC 4180, Jackson's CSV writer) has one row of key columns per record,
 * lists joined with {@code ;}. One export for the command, the API and the search page's downloads.
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

  /**
   * Resolves a selection: for a query, runs it once and holds the matching ids (never the records), so that
   * what is counted is what is written. IllegalArgumentException for a bad query or date, before any output.
   */
  public Selected select(RecordSelection selection) {
    return new Selected(selection.isAll() ? null : archive.index().matchingIds(selection.toSearch()));
  }

  /** The records of a resolved selection: how many, and the export of them. */
  public final class Selected {
    /** The matching ids in id order; null for the whole archive. */
    private final MatchingIds ids;

    private Selected(MatchingIds ids) {
      this.ids = ids;
    }

    /** How many records {@link #write} exports (for the whole archive, as of now): for progress. */
    public long count() {
      return ids == null ? archive.records().countCurrent() : ids.size();
    }

    /**
     * Writes the records to {@code out} (flushed, not closed) in id order and returns how many; {@code step}, when
     * not null, is called after each record (progress).
     */
    public long write(Format format, Writer out, IntConsumer step) throws IOException {
      long[] n = {0};
      Consumer<Output> emit = line -> {
        run(line);
        n[0]++;
        if (step != null) {
          step.accept(1);
        }
      };
      try (SequenceWriter rows = format == Format.csv ? csvWriter(out) : null) {
        if (format == Format.jsonl) {
          archive.records().forEachCurrentJson(ids, (id, text) -> emit.accept(() -> {
            out.write(text);
            out.write('\n');
          }));
        } else {
          archive.records().forEachCurrent(ids, r -> emit.accept(() -> rows.write(row(r))));
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      out.flush();
      return n[0];
    }
  }

  private static SequenceWriter csvWriter(Writer out) throws IOException {
    CsvSchema.Builder schema = CsvSchema.builder();
    CSV_COLUMNS.forEach(schema::addColumn);
    return new CsvMapper().writer(schema.build().withHeader()).writeValues(new Unclosed(out));
  }

  private interface Output {
    void run() throws IOException;
  }

  private static void run(Output output) {
    try {
      output.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
