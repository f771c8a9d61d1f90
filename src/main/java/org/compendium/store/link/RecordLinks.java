package org.compendium.store.link;

import java.util.List;
import org.compendium.store.RecordStore;

/**
 * The links of one stored record (current or history): the canonical person of each participant and speaker,
 * the registry entry of each instrument mention with how many other current records mention it. Positions
 * ({@code ord}) are those of the record's lists.
 */
public final class RecordLinks {
  /** A participant (or a statement's speaker) and the person it links to; personId null when unlinked. */
  public record PersonLink(int ord, String name, String personId, String personName) {}

  /** An instrument mention and the entry it links to (null when unlinked), with the entry's other records. */
  public record InstrumentLink(int ord, String name, String relation, String entryId, String entryTitle,
      String origin, int otherRecords) {}

  /** All links of a record. */
  public record Links(String recordId, List<PersonLink> participants, List<PersonLink> statements,
      List<InstrumentLink> instruments) {}

  private final RecordStore store;

  public RecordLinks(RecordStore store) {
    this.store = store;
  }

  /** The links of record {@code id} (empty lists for an unknown id). */
  public Links of(String id) {
    return store.transact(c -> new Links(id,
        Sql.list(c, "SELECT x.ord, x.name, x.person_id, p.name FROM participants x "
            + "LEFT JOIN persons p ON p.id = x.person_id WHERE x.record_id = ? ORDER BY x.ord",
            rs -> new PersonLink(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)), id),
        Sql.list(c, "SELECT s.ord, s.speaker, s.person_id, p.name FROM statements s "
            + "LEFT JOIN persons p ON p.id = s.person_id WHERE s.record_id = ? ORDER BY s.ord",
            rs -> new PersonLink(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)), id),
        Sql.list(c, "SELECT i.ord, i.name, i.relation, i.entry_id, e.title, e.origin, "
            + "(SELECT count(DISTINCT o.record_id) FROM instruments o JOIN records r ON r.id = o.record_id "
            + "WHERE o.entry_id = i.entry_id AND o.record_id <> i.record_id AND r.superseded_by IS NULL) "
            + "FROM instruments i LEFT JOIN instrument_entries e ON e.id = i.entry_id WHERE i.record_id = ? "
            + "ORDER BY i.ord",
            rs -> new InstrumentLink(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getInt(7)), id)));
  }
}
