package org.compendium.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import org.compendium.model.Commitment;
import org.compendium.model.Instrument;
import org.compendium.model.Person;
import org.compendium.model.Place;
import org.compendium.model.Record;
import org.compendium.model.Span;
import org.compendium.model.Statement;
import org.compendium.model.Temporal;

/**
 * Writes the fact rows of records (countries, topics, participants, statements, instruments, commitments with
 * their parties, places, temporals) on the caller's connection and transaction; commits nothing. Facts keep
 * their order in the record as {@code ord}. A machine-suggested commitment status starts as {@code open}.
 *
 * <p>{@link #add} binds a record's rows; {@link #flush} writes every row added since, table by table. Written
 * per record, each table's new pages alternate with the other tables' and the records', so a table is later read
 * (a key built, a scan) one scattered page at a time; a bulk load adds its whole transaction's records and
 * flushes once before the commit, so each table's rows of a transaction lie on consecutive pages. A record whose
 * rows a table would refuse (a NOT NULL column without a value) is refused by {@link #add} before any of its rows
 * is held, so a flush of held rows fails only as the database itself fails.
 */
final class FactWriter {
  private static final String COUNTRIES = "INSERT INTO countries(record_id, code) VALUES (?, ?)";
  private static final String TOPICS = "INSERT INTO topics(record_id, topic) VALUES (?, ?)";
  private static final String PARTICIPANTS =
      "INSERT INTO participants(record_id, ord, name, role, country, span_start, span_end) VALUES (?,?,?,?,?,?,?)";
  private static final String STATEMENTS =
      "INSERT INTO statements(record_id, ord, speaker, act, text, span_start, span_end) VALUES (?,?,?,?,?,?,?)";
  private static final String INSTRUMENTS = "INSERT INTO instruments(record_id, ord, instrument_id, name, year, "
      + "relation, span_start, span_end) VALUES (?,?,?,?,?,?,?,?)";
  private static final String COMMITMENTS = "INSERT INTO commitments(record_id, ord, text, due, due_text, "
      + "span_start, span_end) VALUES (?,?,?,?,?,?,?)";
  private static final String PARTIES = "INSERT INTO commitment_parties(record_id, ord, country) VALUES (?,?,?)";
  private static final String PLACES = "INSERT INTO places(record_id, ord, name, type, country, lat, lon, "
      + "span_start, span_end) VALUES (?,?,?,?,?,?,?,?,?)";
  private static final String TEMPORALS =
      "INSERT INTO temporals(record_id, ord, text, value, span_start, span_end) VALUES (?,?,?,?,?,?)";
  /** Flush order: a commitment before its parties (their foreign key). */
  private static final List<String> TABLES =
      List.of(COUNTRIES, TOPICS, PARTICIPANTS, STATEMENTS, INSTRUMENTS, COMMITMENTS, PARTIES, PLACES, TEMPORALS);

  private final Prepared c;  // statements prepared once per connection: a record runs a dozen of them

  FactWriter(Prepared c) {
    this.c = c;
  }

  /** Adds {@code r}'s rows and writes them at once, with any rows added before. */
  void write(Record r) throws SQLException {
    add(r);
    flush();
  }

  /**
   * Binds {@code r}'s rows, to be written by the next {@link #flush}; throws (holding none of them) when a table
   * would refuse one.
   */
  void add(Record r) throws SQLException {
    check(r);
    String id = r.id();
    for (String code : distinct(r.countries())) {
      row(COUNTRIES, id, code);
    }
    for (String t : distinct(r.topics())) {
      row(TOPICS, id, t);
    }
    int ord = 0;
    for (Person x : nonNull(r.participants())) {
      Span s = first(x.mentions());
      row(PARTICIPANTS, id, ord++, x.name(), x.role(), x.country(), start(s), end(s));
    }
    ord = 0;
    for (Statement x : nonNull(r.statements())) {
      row(STATEMENTS, id, ord++, x.speaker(), x.act(), x.text(), start(x.span()), end(x.span()));
    }
    ord = 0;
    for (Instrument x : nonNull(r.instruments())) {
      Span s = first(x.mentions());
      row(INSTRUMENTS, id, ord++, x.id(), x.name(), x.year(), x.relation() == null ? null : x.relation().name(),
          start(s), end(s));
    }
    ord = 0;
    for (Commitment x : nonNull(r.commitments())) {
      row(COMMITMENTS, id, ord, x.text(), x.due(), x.dueText(), start(x.span()), end(x.span()));
      for (String country : distinct(x.by())) {
        row(PARTIES, id, ord, country);
      }
      ord++;
    }
    ord = 0;
    for (Place x : nonNull(r.places())) {
      Span s = first(x.mentions());
      row(PLACES, id, ord++, x.name(), x.type(), x.country(), x.lat(), x.lon(), start(s), end(s));
    }
    ord = 0;
    for (Temporal x : nonNull(r.temporals())) {
      row(TEMPORALS, id, ord++, x.text(), x.value(), start(x.span()), end(x.span()));
    }
  }

  /** Writes the rows added since the last flush, table by table. */
  void flush() throws SQLException {
    try {
      for (String table : TABLES) {
        c.bind(table).executeBatch();
      }
    } finally {
      clear();
    }
  }

  /** Forgets the rows added since the last flush (their transaction was rolled back). */
  void clear() throws SQLException {
    for (String table : TABLES) {
      c.bind(table).clearBatch();
    }
  }

  private void row(String table, Object... values) throws SQLException {
    PreparedStatement p = c.bind(table, values);
    p.addBatch();
  }

  /** The NOT NULL columns of the fact tables (V1), checked before a record's rows are held. */
  private static void check(Record r) throws SQLException {
    require(r.countries(), x -> x, "a country without a code");
    require(r.topics(), x -> x, "a topic without a name");
    require(r.participants(), Person::name, "a participant without a name");
    require(r.statements(), Statement::text, "a statement without text");
    require(r.instruments(), Instrument::name, "an instrument without a name");
    require(r.commitments(), Commitment::text, "a commitment without text");
    require(r.places(), Place::name, "a place without a name");
    require(r.temporals(), Temporal::text, "a date without text");
  }

  private static <T> void require(List<T> facts, Function<T, Object> value, String problem) throws SQLException {
    if (facts == null) {
      return;
    }
    for (T fact : facts) {
      if (fact == null || value.apply(fact) == null) {
        throw new SQLException(problem);
      }
    }
  }

  private static Integer start(Span s) {
    return s == null ? null : s.start();
  }

  private static Integer end(Span s) {
    return s == null ? null : s.end();
  }

  private static Span first(List<Span> spans) {
    return spans == null || spans.isEmpty() ? null : spans.get(0);
  }

  /**
   * Each value once, in order: the writer keeps these rows unique itself, because a bulk load writes them while the
   * tables' unique keys are dropped ({@link FactKeys}).
   */
  private static Collection<String> distinct(List<String> values) {
    return values == null ? List.of() : new LinkedHashSet<>(values);
  }

  private static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : list;
  }
}
