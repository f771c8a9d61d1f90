package org.compendium.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.compendium.model.Commitment;
import org.compendium.model.Instrument;
import org.compendium.model.Person;
import org.compendium.model.Place;
import org.compendium.model.Record;
import org.compendium.model.Span;
import org.compendium.model.Statement;
import org.compendium.model.Temporal;

/**
 * Writes the fact rows of one record (countries, topics, participants, statements, instruments, commitments
 * with their parties, places, temporals) on the caller's connection and transaction; commits nothing.
 * Facts keep their order in the record as {@code ord}. A machine-suggested commitment status starts as
 * {@code open}.
 */
final class FactWriter {
  private final Prepared c;  // statements prepared once per connection: a record runs a dozen of them

  FactWriter(Prepared c) {
    this.c = c;
  }

  void write(Record r) throws SQLException {
    String id = r.id();
    {
      PreparedStatement p = c.batch("INSERT INTO countries(record_id, code) VALUES (?, ?)");
      for (String code : distinct(r.countries())) {
        p.setString(1, id);
        p.setString(2, code);
        p.addBatch();
      }
      p.executeBatch();
    }
    {
      PreparedStatement p = c.batch("INSERT INTO topics(record_id, topic) VALUES (?, ?)");
      for (String t : distinct(r.topics())) {
        p.setString(1, id);
        p.setString(2, t);
        p.addBatch();
      }
      p.executeBatch();
    }
    participants(id, nonNull(r.participants()));
    statements(id, nonNull(r.statements()));
    instruments(id, nonNull(r.instruments()));
    commitments(id, nonNull(r.commitments()));
    places(id, nonNull(r.places()));
    temporals(id, nonNull(r.temporals()));
  }

  private void participants(String id, List<Person> people) throws SQLException {
    {
      PreparedStatement p = c.batch(
        "INSERT INTO participants(record_id, ord, name, role, country, span_start, span_end) VALUES (?,?,?,?,?,?,?)");
      int ord = 0;
      for (Person x : people) {
        p.setString(1, id);
        p.setInt(2, ord++);
        p.setString(3, x.name());
        p.setString(4, x.role());
        p.setString(5, x.country());
        span(p, 6, first(x.mentions()));
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private void statements(String id, List<Statement> statements) throws SQLException {
    {
      PreparedStatement p = c.batch(
        "INSERT INTO statements(record_id, ord, speaker, act, text, span_start, span_end) VALUES (?,?,?,?,?,?,?)");
      int ord = 0;
      for (Statement x : statements) {
        p.setString(1, id);
        p.setInt(2, ord++);
        p.setString(3, x.speaker());
        p.setString(4, x.act());
        p.setString(5, x.text());
        span(p, 6, x.span());
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private void instruments(String id, List<Instrument> instruments) throws SQLException {
    {
      PreparedStatement p = c.batch("INSERT INTO instruments(record_id, ord, instrument_id, name, "
        + "year, relation, span_start, span_end) VALUES (?,?,?,?,?,?,?,?)");
      int ord = 0;
      for (Instrument x : instruments) {
        p.setString(1, id);
        p.setInt(2, ord++);
        p.setString(3, x.id());
        p.setString(4, x.name());
        if (x.year() == null) {
          p.setNull(5, Types.INTEGER);
        } else {
          p.setInt(5, x.year());
        }
        p.setString(6, x.relation() == null ? null : x.relation().name());
        span(p, 7, first(x.mentions()));
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private void commitments(String id, List<Commitment> commitments) throws SQLException {
    {
      PreparedStatement p = c.batch("INSERT INTO commitments(record_id, ord, text, due, due_text, "
        + "span_start, span_end) VALUES (?,?,?,?,?,?,?)");
      PreparedStatement parties = c.batch(
            "INSERT INTO commitment_parties(record_id, ord, country) VALUES (?,?,?)");
      int ord = 0;
      for (Commitment x : commitments) {
        p.setString(1, id);
        p.setInt(2, ord);
        p.setString(3, x.text());
        p.setString(4, x.due());
        p.setString(5, x.dueText());
        span(p, 6, x.span());
        p.addBatch();
        for (String country : distinct(x.by())) {
          parties.setString(1, id);
          parties.setInt(2, ord);
          parties.setString(3, country);
          parties.addBatch();
        }
        ord++;
      }
      p.executeBatch();
      parties.executeBatch();
    }
  }

  private void places(String id, List<Place> places) throws SQLException {
    {
      PreparedStatement p = c.batch("INSERT INTO places(record_id, ord, name, type, country, lat, lon, "
        + "span_start, span_end) VALUES (?,?,?,?,?,?,?,?,?)");
      int ord = 0;
      for (Place x : places) {
        p.setString(1, id);
        p.setInt(2, ord++);
        p.setString(3, x.name());
        p.setString(4, x.type());
        p.setString(5, x.country());
        p.setObject(6, x.lat());
        p.setObject(7, x.lon());
        span(p, 8, first(x.mentions()));
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private void temporals(String id, List<Temporal> temporals) throws SQLException {
    {
      PreparedStatement p = c.batch(
        "INSERT INTO temporals(record_id, ord, text, value, span_start, span_end) VALUES (?,?,?,?,?,?)");
      int ord = 0;
      for (Temporal x : temporals) {
        p.setString(1, id);
        p.setInt(2, ord++);
        p.setString(3, x.text());
        p.setString(4, x.value());
        span(p, 5, x.span());
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private static Span first(List<Span> spans) {
    return spans == null || spans.isEmpty() ? null : spans.get(0);
  }

  private static void span(PreparedStatement p, int at, Span s) throws SQLException {
    if (s == null) {
      p.setNull(at, Types.INTEGER);
      p.setNull(at + 1, Types.INTEGER);
    } else {
      p.setInt(at, s.start());
      p.setInt(at + 1, s.end());
    }
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
