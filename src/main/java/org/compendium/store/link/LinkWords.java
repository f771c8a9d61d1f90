package org.compendium.store.link;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.compendium.store.Prepared;
import org.compendium.util.LruMap;

/**
 * The word indexes of the links (schema V5), written as links are made and read to find candidates by word:
 * the lookup words of every name a person or an instrument entry is known by (for {@link People#find} and
 * {@link Instruments#find}), the keys of archive-minted entries and of mentions linked to nothing (for the
 * linker). Lookup words are made here ({@link Sql#words}); the linker's keys come from the instrument rules,
 * which this package does not know. Works on the caller's transaction.
 */
final class LinkWords {
  /** Names whose words this record wrote already: a speaker quoted fifty times is indexed once. */
  private static final int RECENT = 4096;

  private final Prepared p;
  private final Map<String, Boolean> recent = new LruMap<>(RECENT);

  LinkWords(Prepared p) {
    this.p = p;
  }

  /**
   * Forgets which names were written: called for each record, since a record rolled back to its savepoint
   * takes its rows with it.
   */
  void newRecord() {
    recent.clear();
  }

  // ---- lookup words of names

  /** A name printed in a record for person {@code personId} (kept: every printed name counts for lookups). */
  void printedPersonName(String personId, String name) throws SQLException {
    if (name != null && recent.put("p\u0000" + personId + "\u0000" + name, Boolean.TRUE) == null) {
      personName(personId, name, 0);
    }
  }

  /** The display name of a person, replacing {@code old} (null for a new person). */
  void displayName(String personId, String old, String name) throws SQLException {
    if (old != null && !old.equals(name)) {
      for (String w : Sql.words(old)) {
        p.update("DELETE FROM person_name_words WHERE word = ? AND person_id = ? AND name = ? AND display = 1", w,
            personId, old);
      }
    }
    personName(personId, name, 1);
  }

  private void personName(String personId, String name, int display) throws SQLException {
    List<String> words = Sql.words(name);
    // a name's rows are written (and rolled back, and dropped) together: its first word tells whether they are
    if (words.isEmpty() || p.exists("SELECT 1 FROM person_name_words WHERE word = ? AND person_id = ? AND name = ? "
        + "AND display = ?", words.get(0), personId, name, display)) {
      return;
    }
    for (String w : words) {
      p.update("INSERT OR IGNORE INTO person_name_words(word, person_id, name, display) VALUES (?,?,?,?)", w,
          personId, name, display);
    }
  }

  /** A name of instrument entry {@code entryId}: its title, an alias, or a name printed in a linked mention. */
  void instrumentName(String entryId, String name) throws SQLException {
    if (name == null || recent.put("i\u0000" + entryId + "\u0000" + name, Boolean.TRUE) != null) {
      return;
    }
    List<String> words = Sql.words(name);
    if (words.isEmpty() || p.exists("SELECT 1 FROM instrument_name_words WHERE word = ? AND entry_id = ? AND name = ?",
        words.get(0), entryId, name)) {
      return;
    }
    for (String w : words) {
      p.update("INSERT OR IGNORE INTO instrument_name_words(word, entry_id, name) VALUES (?,?,?)", w, entryId, name);
    }
  }

  /** (person id, name) of the names of persons holding lookup word {@code word}. */
  List<String[]> personNames(String word) throws SQLException {
    return p.list("SELECT DISTINCT person_id, name FROM person_name_words WHERE word = ?",
        rs -> new String[] {rs.getString(1), rs.getString(2)}, word);
  }

  /** (entry id, name) of the names of instrument entries holding lookup word {@code word}. */
  List<String[]> instrumentNames(String word) throws SQLException {
    return p.list("SELECT entry_id, name FROM instrument_name_words WHERE word = ?",
        rs -> new String[] {rs.getString(1), rs.getString(2)}, word);
  }

  // ---- telling words, for the linker

  void archiveEntryWords(String entryId, Collection<String> keys) throws SQLException {
    for (String w : keys) {
      p.update("INSERT OR IGNORE INTO archive_entry_words(word, entry_id) VALUES (?, ?)", w, entryId);
    }
  }

  void unlinkedMentionWords(String recordId, int ord, Collection<String> keys) throws SQLException {
    for (String w : keys) {
      p.update("INSERT OR IGNORE INTO unlinked_mention_words(word, record_id, ord) VALUES (?,?,?)", w, recordId,
          ord);
    }
  }

  void dropUnlinkedMention(String recordId, int ord) throws SQLException {
    p.update("DELETE FROM unlinked_mention_words WHERE record_id = ? AND ord = ?", recordId, ord);
  }

  void dropUnlinkedMentions(String recordId) throws SQLException {
    p.update("DELETE FROM unlinked_mention_words WHERE record_id = ?", recordId);
  }

  void clear() throws SQLException {
    recent.clear();
    for (String table : List.of("archive_entry_words", "unlinked_mention_words", "person_name_words",
        "instrument_name_words")) {
      p.update("DELETE FROM " + table);
    }
  }
}
