package org.compendium.store.link;

import org.compendium.store.Indexes;
import org.compendium.store.Prepared;
import org.compendium.store.StoredJson;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The link tables (schemas V2 and V5) as the archive's linker sees them while a record is written: candidate
 * persons and entries to link to, new persons and entries, the link columns of participants, statements and
 * instruments, the word indexes, and which records are linked. Every read seeks an index (a family name, a
 * word, a key), so linking a record costs the same in a small archive and a large one. Works on the caller's
 * connection inside its transaction and commits nothing; keeps its statements prepared, so one instance
 * serves one connection (see {@link #of}).
 */
public final class LinkTables {
  /** A canonical person row. */
  public record PersonRow(String id, String name, String country, String nameKey, String family, String directory) {}

  /** An instrument entry row with the names it is known by. */
  public record EntryRow(String id, String title, Integer year, List<String> parties, String origin, String mintedBy,
      List<String> names) {}

  /** An instrument mention of a current record that links to no entry yet. */
  public record Unlinked(String recordId, int ord, String name, Integer year, List<String> countries) {}

  /**
   * A seek of a key index: one key, or every key starting with {@code key}; {@code first}: only the row of the
   * least id under one key.
   */
  public record Seek(String key, boolean prefix, boolean first) {
    public static Seek key(String key) {
      return new Seek(key, false, false);
    }

    public static Seek prefix(String prefix) {
      return new Seek(prefix, true, false);
    }

    public static Seek first(String key) {
      return new Seek(key, false, true);
    }

    /** The SQL condition on column {@code col} (binds {@link #args}). */
    String where(String col) {
      return prefix ? col + " >= ? AND " + col + " < ?" : col + " = ?";
    }

    Object[] args(Object... more) {
      Object[] out = new Object[(prefix ? 2 : 1) + more.length];
      out[0] = key;
      if (prefix) {
        // the smallest string after every string starting with key
        out[1] = key.substring(0, key.length() - 1) + (char) (key.charAt(key.length() - 1) + 1);
      }
      System.arraycopy(more, 0, out, prefix ? 2 : 1, more.length);
      return out;
    }
  }

  private static final String PERSON = "SELECT id, name, country, name_key, family, directory FROM persons ";
  private static final String ENTRY = "SELECT e.id, e.title, e.year, e.parties, e.origin, e.minted_by, "
      + "(SELECT group_concat(name, char(31)) FROM instrument_names n WHERE n.entry_id = e.id) ";

  private final Prepared p;
  private final LinkWords words;

  public LinkTables(Connection c) {
    this.p = new Prepared(c);
    this.words = new LinkWords(p);
  }

  /** {@code cached} when it works on {@code c}, else new tables for {@code c}. */
  public static LinkTables of(Connection c, LinkTables cached) {
    return cached != null && cached.p.connection() == c ? cached : new LinkTables(c);
  }

  /** Called before each record is linked. */
  public void newRecord() {
    words.newRecord();
  }

  // ---- persons

  /** Persons whose family-name key is {@code family}, in id order. */
  public List<PersonRow> personsByFamily(String family) throws SQLException {
    return p.list(PERSON + "WHERE family = ? ORDER BY id", LinkTables::person, family);
  }

  /**
   * The first in id order of the persons of {@link #personsByFamily} whose name key is {@code nameKey} and whose
   * country agrees with {@code country} (either unknown, or the same: {@code PersonMatcher.countriesAgree}, in
   * SQL so that the index on family, key and country answers it), if any.
   */
  public Optional<PersonRow> personByFamilyAndKey(String family, String nameKey, String country) throws SQLException {
    List<PersonRow> found = country == null
        ? p.list(PERSON + "WHERE family = ? AND name_key = ? ORDER BY id LIMIT 1", LinkTables::person, family, nameKey)
        : p.list(PERSON + "WHERE family = ? AND name_key = ? AND (country = ? OR country IS NULL) ORDER BY id LIMIT 1",
            LinkTables::person, family, nameKey, country);
    return found.stream().findFirst();
  }

  /**
   * Persons whose name is the one word {@code word} or starts with it (family-first names: "Hu Jintao"). Found
   * through the primary key: a person's id is the slug of a name form, so it starts with {@code slug}, the
   * word's slug (then checked against the name key).
   */
  public List<PersonRow> personsByFirstWord(String word, String slug) throws SQLException {
    List<PersonRow> out = new ArrayList<>();
    for (PersonRow r : p.list(PERSON + "WHERE id = ?1 OR (id >= ?1 || '-' AND id < ?1 || '.') ORDER BY id",
        LinkTables::person, slug)) {
      if (r.nameKey().equals(word) || r.nameKey().startsWith(word + " ")) {
        out.add(r);
      }
    }
    return out;
  }

  /** The person made for a person directory entry. */
  public Optional<PersonRow> personByDirectory(String directory) throws SQLException {
    return p.list(PERSON + "WHERE directory = ?", LinkTables::person, directory).stream().findFirst();
  }

  public boolean personExists(String id) throws SQLException {
    return p.exists("SELECT 1 FROM persons WHERE id = ?", id);
  }

  public void insertPerson(PersonRow r) throws SQLException {
    p.update("INSERT INTO persons(id, name, country, name_key, family, directory) VALUES (?,?,?,?,?,?)",
        r.id(), r.name(), r.country(), r.nameKey(), r.family(), r.directory());
    words.displayName(r.id(), null, r.name());
  }

  /** Gives a person a fuller display name (a later record printed more of it). */
  public void renamePerson(String id, String name, String nameKey) throws SQLException {
    List<String> old = p.list("SELECT name FROM persons WHERE id = ?", rs -> rs.getString(1), id);
    p.update("UPDATE persons SET name = ?, name_key = ? WHERE id = ?", name, nameKey, id);
    words.displayName(id, old.isEmpty() ? null : old.get(0), name);
  }

  /** Links participant {@code ord} of a record, printed {@code name}, to a person. */
  public void linkParticipant(String recordId, int ord, String name, String personId) throws SQLException {
    p.update("UPDATE participants SET person_id = ? WHERE record_id = ? AND ord = ?", personId, recordId, ord);
    words.printedPersonName(personId, name);
  }

  /** Links statement {@code ord} of a record, by {@code speaker}, to a person. */
  public void linkStatement(String recordId, int ord, String speaker, String personId) throws SQLException {
    p.update("UPDATE statements SET person_id = ? WHERE record_id = ? AND ord = ?", personId, recordId, ord);
    words.printedPersonName(personId, speaker);
  }

  private static PersonRow person(ResultSet rs) throws SQLException {
    return new PersonRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getString(6));
  }

  // ---- instrument entries

  public boolean entryExists(String id) throws SQLException {
    return p.exists("SELECT 1 FROM instrument_entries WHERE id = ?", id);
  }

  /**
   * Adds an entry with its names; {@code keys}: the keys of an archive entry by which {@link #archiveEntries(List)}
   * finds it (empty for a registry entry).
   */
  public void insertEntry(EntryRow e, Collection<String> keys) throws SQLException {
    p.update("INSERT INTO instrument_entries(id, title, year, parties, origin, minted_by) VALUES (?,?,?,?,?,?)",
        e.id(), e.title(), e.year(), String.join("|", e.parties()), e.origin(), e.mintedBy());
    for (String n : e.names()) {
      p.update("INSERT OR IGNORE INTO instrument_names(entry_id, name) VALUES (?, ?)", e.id(), n);
    }
    words.instrumentName(e.id(), e.title());
    for (String n : e.names()) {
      words.instrumentName(e.id(), n);
    }
    words.archiveEntryWords(e.id(), keys);
  }

  /**
   * Entries minted by the archive found by any of {@code seeks}, with their names, in id order; when {@code year} is
   * not null, only those of that year or of none (an entry of another year is another instrument, so it must not
   * stand in the way of one of the year: the first by id of one name).
   */
  public List<EntryRow> archiveEntries(List<Seek> seeks, Integer year) throws SQLException {
    TreeMap<String, EntryRow> out = new TreeMap<>();
    String ofYear = year == null ? "" : " AND (e.year IS NULL OR e.year = ?)";
    Object[] more = year == null ? new Object[0] : new Object[] {year};
    for (Seek k : seeks) {
      for (EntryRow e : p.list(ENTRY + "FROM archive_entry_words w CROSS JOIN instrument_entries e ON e.id = w.entry_id "
          + "WHERE " + k.where("w.word") + " AND e.origin = 'archive'" + ofYear
          + (k.first() ? " ORDER BY w.entry_id LIMIT 1" : ""), LinkTables::entry, k.args(more))) {
        out.putIfAbsent(e.id(), e);
      }
    }
    return new ArrayList<>(out.values());
  }

  /** Entries minted by the archive, with their names, in id order (reads them all: for tests and tools). */
  public List<EntryRow> archiveEntries() throws SQLException {
    return p.list(ENTRY + "FROM instrument_entries e WHERE origin = 'archive' ORDER BY e.id", LinkTables::entry);
  }

  private static EntryRow entry(ResultSet rs) throws SQLException {
    String parties = rs.getString(4);
    String names = rs.getString(7);
    return new EntryRow(rs.getString(1), rs.getString(2), Sql.integer(rs, 3),
        parties == null || parties.isEmpty() ? List.of() : List.of(parties.split("\\|")), rs.getString(5),
        rs.getString(6), names == null ? List.of() : List.of(names.split("\u001f")));
  }

  /**
   * Links an instrument mention, printed {@code name}, to an entry (null: none) and records the sentence of its
   * first mention (may be null). A mention linked to nothing is indexed under {@code keys}, so that an entry
   * minted later finds it ({@link #unlinkedInstruments(List, String)}).
   */
  public void linkInstrument(String recordId, int ord, String name, String entryId, int[] sentence,
      Collection<String> keys) throws SQLException {
    p.update("UPDATE instruments SET entry_id = ?, sentence_start = ?, sentence_end = ? WHERE record_id = ? "
        + "AND ord = ?", entryId, sentence == null ? null : sentence[0], sentence == null ? null : sentence[1],
        recordId, ord);
    if (entryId == null) {
      words.unlinkedMentionWords(recordId, ord, keys);
    } else {
      words.instrumentName(entryId, name);
    }
  }

  /** Links a mention that linked to nothing to an entry, keeping its sentence. */
  public void setInstrumentEntry(Unlinked u, String entryId) throws SQLException {
    p.update("UPDATE instruments SET entry_id = ? WHERE record_id = ? AND ord = ?", entryId, u.recordId(), u.ord());
    words.dropUnlinkedMention(u.recordId(), u.ord());
    words.instrumentName(entryId, u.name());
  }

  /** Whether another mention of record {@code recordId} links to {@code entryId}. */
  public boolean linkedInRecord(String recordId, String entryId) throws SQLException {
    return p.exists("SELECT 1 FROM instruments WHERE record_id = ? AND entry_id = ?", recordId, entryId);
  }

  /**
   * Instrument mentions of current records other than {@code exceptRecord} that link to no entry, found by any
   * of {@code seeks}, in record and mention order.
   */
  public List<Unlinked> unlinkedInstruments(List<Seek> seeks, String exceptRecord) throws SQLException {
    TreeMap<String, Unlinked> out = new TreeMap<>();
    for (Seek k : seeks) {
      for (Unlinked u : p.list("SELECT i.record_id, i.ord, i.name, i.year, "
          + "(SELECT group_concat(code, '|') FROM countries k WHERE k.record_id = i.record_id) "
          // CROSS JOIN keeps this order: the planner would rather walk every unlinked mention (entry_id IS NULL)
          + "FROM unlinked_mention_words w CROSS JOIN instruments i ON i.record_id = w.record_id AND i.ord = w.ord "
          + "CROSS JOIN records r ON r.id = i.record_id "
          + "WHERE " + k.where("w.word") + " AND i.entry_id IS NULL AND r.superseded_by IS NULL AND i.record_id <> ?",
          rs -> {
            String cs = rs.getString(5);
            return new Unlinked(rs.getString(1), rs.getInt(2), rs.getString(3), Sql.integer(rs, 4),
                cs == null || cs.isEmpty() ? List.of() : List.of(cs.split("\\|")));
          }, k.args(exceptRecord))) {
        out.putIfAbsent(u.recordId() + "\u0000" + String.format("%09d", u.ord()), u);
      }
    }
    return new ArrayList<>(out.values());
  }

  /** Drops the unlinked-mention words of a record no longer current (replaced by a new version). */
  public void superseded(String recordId) throws SQLException {
    words.dropUnlinkedMentions(recordId);
  }

  // ---- whole-store maintenance (the store's relink)

  /** Drops every link, person, entry and word index. */
  public void clear() throws SQLException {
    words.clear();
    try (Statement s = p.connection().createStatement()) {
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
    p.update("INSERT OR REPLACE INTO linked_records(record_id, rules) VALUES (?, ?)", recordId, rules);
  }

  /**
   * The indexes on the link columns, as V12 creates them: by person and by entry, for a person's appearances and
   * an entry's citations (the serve side). Linking never reads by them, so a link pass over many records drops
   * them and builds them at its end; they are what every person linked and mention resolved dirtied a random
   * page of ({@code DeferredLinksTest} holds the definitions to the migrations').
   */
  public static final Map<String, String> LINK_INDEXES = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(
      Map.of("participants_person", "CREATE INDEX participants_person ON participants(person_id)",
          "statements_person", "CREATE INDEX statements_person ON statements(person_id)",
          "instruments_entry", "CREATE INDEX instruments_entry ON instruments(entry_id)")));

  /** Drops the {@link #LINK_INDEXES} there are (a link pass over many records; see there). */
  public void dropLinkIndexes() throws SQLException {
    Indexes.drop(p.connection(), LINK_INDEXES.keySet());
  }

  /** Builds the {@link #LINK_INDEXES} that are missing, telling {@code say} about each. */
  public void buildLinkIndexes(java.util.function.Consumer<String> say) throws SQLException {
    Indexes.build(p.connection(), LINK_INDEXES, "link index", "link indexes", say);
  }

  /** The number of records linked. */
  public long linkedRecords() throws SQLException {
    return p.list("SELECT count(*) FROM linked_records", rs -> rs.getLong(1)).get(0);
  }

  /** Whether any record was linked under rules other than {@code rules} (two seeks of an index). */
  public boolean linkedUnderOtherRules(String rules) throws SQLException {
    return p.exists("SELECT 1 WHERE EXISTS (SELECT 1 FROM linked_records WHERE rules < ?1) "
        + "OR EXISTS (SELECT 1 FROM linked_records WHERE rules > ?1)", rules);
  }

  /** Current records not linked yet, oldest first (undated last, then by id). */
  public List<String> unlinkedRecords() throws SQLException {
    // from records_current alone (V8) for every record already linked: only the unlinked rows are read (for date)
    return p.list("SELECT id FROM records INDEXED BY records_current WHERE superseded_by IS NULL AND id NOT IN "
        + "(SELECT record_id FROM linked_records) ORDER BY date IS NULL, date, id", rs -> rs.getString(1));
  }

  /** The JSON of a record (UTF-8), or null. */
  public byte[] recordJson(String id) throws SQLException {
    List<byte[]> j = p.list("SELECT json FROM records WHERE id = ?", rs -> StoredJson.unpack(rs.getBytes(1)), id);
    return j.isEmpty() ? null : j.get(0);
  }
}
