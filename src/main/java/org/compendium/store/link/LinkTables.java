package org.compendium.store.link;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The link tables (schema V2) as the archive's linker sees them while a record is written: candidate persons
 * and entries to link to, new persons and entries, the link columns of participants, statements and
 * instruments, and which records are linked. Works on the caller's connection inside its transaction; commits
 * nothing.
 */
public final class LinkTables {
  /** A canonical person row. */
  public record PersonRow(String id, String name, String country, String nameKey, String family, String directory) {}

  /** An instrument entry row with the names it is known by. */
  public record EntryRow(String id, String title, Integer year, List<String> parties, String origin, String mintedBy,
      List<String> names) {}

  /** An instrument mention of a current record that links to no entry yet. */
  public record Unlinked(String recordId, int ord, String name, Integer year, List<String> countries) {}

  private final Connection c;

  public LinkTables(Connection c) {
    this.c = c;
  }

  // ---- persons

  /** Persons whose family-name key is {@code family}. */
  public List<PersonRow> personsByFamily(String family) throws SQLException {
    return persons("SELECT id, name, country, name_key, family, directory FROM persons WHERE family = ? ORDER BY id",
        family);
  }

  /**
   * Persons whose name is the one word {@code word} or starts with it (family-first names: "Hu Jintao"). Found
   * through the primary key: a person's id is the slug of a name form, so it starts with {@code slug}, the
   * word's slug (then checked against the name key).
   */
  public List<PersonRow> personsByFirstWord(String word, String slug) throws SQLException {
    List<PersonRow> out = new ArrayList<>();
    for (PersonRow p : persons("SELECT id, name, country, name_key, family, directory FROM persons "
        + "WHERE id = ?1 OR (id >= ?1 || '-' AND id < ?1 || '.') ORDER BY id", slug)) {
      if (p.nameKey().equals(word) || p.nameKey().startsWith(word + " ")) {
        out.add(p);
      }
    }
    return out;
  }

  /** The person made for a person directory entry. */
  public Optional<PersonRow> personByDirectory(String directory) throws SQLException {
    return persons("SELECT id, name, country, name_key, family, directory FROM persons WHERE directory = ?",
        directory).stream().findFirst();
  }

  public boolean personExists(String id) throws SQLException {
    return exists("SELECT 1 FROM persons WHERE id = ?", id);
  }

  public void insertPerson(PersonRow p) throws SQLException {
    update("INSERT INTO persons(id, name, country, name_key, family, directory) VALUES (?,?,?,?,?,?)",
        p.id(), p.name(), p.country(), p.nameKey(), p.family(), p.directory());
  }

  /** Gives a person a fuller display name (a later record printed more of it). */
  public void renamePerson(String id, String name, String nameKey) throws SQLException {
    update("UPDATE persons SET name = ?, name_key = ? WHERE id = ?", name, nameKey, id);
  }

  public void linkParticipant(String recordId, int ord, String personId) throws SQLException {
    update("UPDATE participants SET person_id = ? WHERE record_id = ? AND ord = ?", personId, recordId, ord);
  }

  public void linkStatement(String recordId, int ord, String personId) throws SQLException {
    update("UPDATE statements SET person_id = ? WHERE record_id = ? AND ord = ?", personId, recordId, ord);
  }

  private List<PersonRow> persons(String sql, String arg) throws SQLException {
    List<PersonRow> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, arg);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(new PersonRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
              rs.getString(6)));
        }
      }
    }
    return out;
  }

  // ---- instrument entries

  public boolean entryExists(String id) throws SQLException {
    return exists("SELECT 1 FROM instrument_entries WHERE id = ?", id);
  }

  /** Adds an entry with its names. */
  public void insertEntry(EntryRow e) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(
        "INSERT INTO instrument_entries(id, title, year, parties, origin, minted_by) VALUES (?,?,?,?,?,?)")) {
      p.setString(1, e.id());
      p.setString(2, e.title());
      if (e.year() == null) {
        p.setNull(3, Types.INTEGER);
      } else {
        p.setInt(3, e.year());
      }
      p.setString(4, String.join("|", e.parties()));
      p.setString(5, e.origin());
      p.setString(6, e.mintedBy());
      p.executeUpdate();
    }
    try (PreparedStatement p = c.prepareStatement(
        "INSERT OR IGNORE INTO instrument_names(entry_id, name) VALUES (?, ?)")) {
      for (String n : e.names()) {
        p.setString(1, e.id());
        p.setString(2, n);
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  /** Entries minted by the archive, with their names, in id order. */
  public List<EntryRow> archiveEntries() throws SQLException {
    List<EntryRow> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement("SELECT e.id, e.title, e.year, e.parties, e.origin, e.minted_by, "
        + "(SELECT group_concat(name, char(31)) FROM instrument_names n WHERE n.entry_id = e.id) "
        + "FROM instrument_entries e WHERE origin = 'archive' ORDER BY e.id");
        ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        int year = rs.getInt(3);
        Integer y = rs.wasNull() ? null : year;
        String parties = rs.getString(4);
        String names = rs.getString(7);
        out.add(new EntryRow(rs.getString(1), rs.getString(2), y,
            parties == null || parties.isEmpty() ? List.of() : List.of(parties.split("\\|")), rs.getString(5),
            rs.getString(6), names == null ? List.of() : List.of(names.split("\u001f"))));
      }
    }
    return out;
  }

  /**
   * A mark of the archive entries (database file, count, last row and its id): equal marks mean the same
   * entries, so a linker may keep a matcher built from them.
   */
  public String archiveEntriesMark() throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT (SELECT file FROM pragma_database_list WHERE name = 'main') "
        + "|| ':' || count(*) || ':' || coalesce(max(rowid), 0) || ':' || "
        + "coalesce((SELECT id FROM instrument_entries WHERE rowid = (SELECT max(rowid) FROM instrument_entries "
        + "WHERE origin = 'archive')), '') FROM instrument_entries WHERE origin = 'archive'");
        ResultSet rs = p.executeQuery()) {
      rs.next();
      return rs.getString(1);
    }
  }

  /** Links an instrument mention to an entry and records the sentence of its first mention (either may be null). */
  public void linkInstrument(String recordId, int ord, String entryId, int[] sentence) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("UPDATE instruments SET entry_id = ?, sentence_start = ?, "
        + "sentence_end = ? WHERE record_id = ? AND ord = ?")) {
      p.setString(1, entryId);
      if (sentence == null) {
        p.setNull(2, Types.INTEGER);
        p.setNull(3, Types.INTEGER);
      } else {
        p.setInt(2, sentence[0]);
        p.setInt(3, sentence[1]);
      }
      p.setString(4, recordId);
      p.setInt(5, ord);
      p.executeUpdate();
    }
  }

  /** Links a mention to an entry, keeping its sentence. */
  public void setInstrumentEntry(String recordId, int ord, String entryId) throws SQLException {
    update("UPDATE instruments SET entry_id = ? WHERE record_id = ? AND ord = ?", entryId, recordId, ord);
  }

  /** Whether another mention of record {@code recordId} links to {@code entryId}. */
  public boolean linkedInRecord(String recordId, String entryId) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM instruments WHERE record_id = ? AND entry_id = ?")) {
      p.setString(1, recordId);
      p.setString(2, entryId);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** Instrument mentions of current records other than {@code exceptRecord} that link to no entry. */
  public List<Unlinked> unlinkedInstruments(String exceptRecord) throws SQLException {
    List<Unlinked> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement("SELECT i.record_id, i.ord, i.name, i.year, "
        + "(SELECT group_concat(code, '|') FROM countries k WHERE k.record_id = i.record_id) "
        + "FROM instruments i JOIN records r ON r.id = i.record_id "
        + "WHERE i.entry_id IS NULL AND r.superseded_by IS NULL AND i.record_id <> ? ORDER BY i.record_id, i.ord")) {
      p.setString(1, exceptRecord);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          int year = rs.getInt(4);
          Integer y = rs.wasNull() ? null : year;
          String cs = rs.getString(5);
          out.add(new Unlinked(rs.getString(1), rs.getInt(2), rs.getString(3), y,
              cs == null || cs.isEmpty() ? List.of() : List.of(cs.split("\\|"))));
        }
      }
    }
    return out;
  }

  // ---- whole-store maintenance (the store's relink)

  /** Drops every link, person and entry. */
  public void clear() throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE participants SET person_id = NULL WHERE person_id IS NOT NULL");
      s.executeUpdate("UPDATE statements SET person_id = NULL WHERE person_id IS NOT NULL");
      s.executeUpdate("UPDATE instruments SET entry_id = NULL, sentence_start = NULL, sentence_end = NULL");
      s.executeUpdate("DELETE FROM persons");
      s.executeUpdate("DELETE FROM instrument_names");
      s.executeUpdate("DELETE FROM instrument_entries");
      s.executeUpdate("DELETE FROM linked_records");
    }
  }

  /** Marks a record as linked under {@code rules}. */
  public void markLinked(String recordId, String rules) throws SQLException {
    update("INSERT OR REPLACE INTO linked_records(record_id, rules) VALUES (?, ?)", recordId, rules);
  }

  /** Whether any record was linked under rules other than {@code rules}. */
  public boolean linkedUnderOtherRules(String rules) throws SQLException {
    return exists("SELECT 1 FROM linked_records WHERE rules <> ? LIMIT 1", rules);
  }

  /** Current records not linked yet, oldest first (undated last, then by id). */
  public List<String> unlinkedRecords() throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement("SELECT id FROM records WHERE superseded_by IS NULL AND id NOT IN "
        + "(SELECT record_id FROM linked_records) ORDER BY date IS NULL, date, id");
        ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  /** The stored JSON of a record. */
  public String recordJson(String id) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT json FROM records WHERE id = ?")) {
      p.setString(1, id);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private boolean exists(String sql, String arg) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, arg);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next();
      }
    }
  }

  private void update(String sql, Object... args) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        p.setObject(i + 1, args[i]);
      }
      p.executeUpdate();
    }
  }
}
