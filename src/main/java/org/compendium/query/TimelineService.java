package org.compendium.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.compendium.store.RecordStore;
import org.compendium.track.CommitmentQuery;
import org.compendium.track.CommitmentService;
import org.compendium.track.TrackedCommitment;
import org.compendium.util.IsoDates;

/**
 * The archive's dated entries in order ({@link TimelineEntry}): records by date, instruments signed, commitments
 * by due date, and the reports on commitments, for the current records a {@link TimelineQuery} selects. Dates
 * sort as ISO strings, so a partial date comes before the full dates of its period; entries of one date go
 * record, signed, reported, due, then by record id. Undated records and commitments without a due date have no
 * place on it.
 */
public final class TimelineService {
  private static final List<String> TYPE_ORDER = List.of("record", "signed", "reported", "due");

  private final RecordStore store;
  private final CommitmentService commitments;

  public TimelineService(RecordStore store) {
    this.store = store;
    this.commitments = new CommitmentService(store);
  }

  public List<TimelineEntry> entries(TimelineQuery q) {
    Map<String, String[]> records = store.transact(c -> records(c, q));  // id -> date, title, countries
    List<TimelineEntry> out = new ArrayList<>();
    for (Map.Entry<String, String[]> r : records.entrySet()) {
      String[] v = r.getValue();
      if (IsoDates.valid(v[0])) {
        out.add(new TimelineEntry(v[0], "record", r.getKey(), v[1], v[1], null, split(v[2]), null));
      }
    }
    out.addAll(store.transact(c -> signed(c, records)));
    for (TrackedCommitment t : commitments.list(new CommitmentQuery(null, q.countries(), null, null, 0, 0))) {
      String[] v = records.get(t.recordId());
      if (v == null) {
        continue;
      }
      if (IsoDates.valid(t.due())) {
        out.add(new TimelineEntry(t.due(), "due", t.recordId(), v[1], t.text(), t.id(), t.parties(),
            t.status().name()));
      }
      if (t.evidence() != null && IsoDates.valid(t.evidence().recordDate())) {
        out.add(new TimelineEntry(t.evidence().recordDate(), "reported", t.evidence().recordId(),
            t.evidence().recordTitle(), t.evidence().sentence(), t.id(), t.parties(), t.status().name()));
      }
    }
    out.sort(Comparator.comparing(TimelineEntry::date)
        .thenComparing(e -> TYPE_ORDER.indexOf(e.type()))
        .thenComparing(TimelineEntry::recordId)
        .thenComparing(e -> e.ref() == null ? "" : e.ref()));
    return out;
  }

  private static List<String> split(String codes) {
    return codes == null || codes.isEmpty() ? List.of() : List.of(codes.split(" "));
  }

  private static Map<String, String[]> records(Connection c, TimelineQuery q) throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT r.id, r.date, r.title, (SELECT group_concat(code, ' ') FROM "
        + "(SELECT code FROM countries x WHERE x.record_id = r.id ORDER BY code)) FROM records r "
        + "WHERE r.superseded_by IS NULL");
    List<String> args = new ArrayList<>();
    if (q.topic() != null && !q.topic().isBlank()) {
      sql.append(" AND EXISTS (SELECT 1 FROM topics t WHERE t.record_id = r.id AND lower(t.topic) = ?)");
      args.add(q.topic().strip().toLowerCase(Locale.ROOT));
    }
    if (!q.countries().isEmpty()) {
      sql.append(" AND EXISTS (SELECT 1 FROM countries x WHERE x.record_id = r.id AND x.code IN (")
          .append(String.join(", ", java.util.Collections.nCopies(q.countries().size(), "?"))).append("))");
      args.addAll(q.countries());
    }
    if (q.person() != null && !q.person().isBlank()) {
      String like = "%" + q.person().strip().toLowerCase(Locale.ROOT) + "%";
      sql.append(" AND (EXISTS (SELECT 1 FROM participants p LEFT JOIN persons n ON n.id = p.person_id "
          + "WHERE p.record_id = r.id AND (lower(p.name) LIKE ? OR lower(n.name) LIKE ?)) "
          + "OR EXISTS (SELECT 1 FROM statements s LEFT JOIN persons n ON n.id = s.person_id "
          + "WHERE s.record_id = r.id AND (lower(s.speaker) LIKE ? OR lower(n.name) LIKE ?)))");
      args.addAll(List.of(like, like, like, like));
    }
    if (q.instrument() != null && !q.instrument().isBlank()) {
      String like = "%" + q.instrument().strip().toLowerCase(Locale.ROOT) + "%";
      sql.append(" AND EXISTS (SELECT 1 FROM instruments i LEFT JOIN instrument_entries e ON e.id = i.entry_id "
          + "WHERE i.record_id = r.id AND (lower(i.name) LIKE ? OR lower(e.title) LIKE ?))");
      args.addAll(List.of(like, like));
    }
    Map<String, String[]> out = new HashMap<>();
    try (PreparedStatement p = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        p.setString(i + 1, args.get(i));
      }
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
        }
      }
    }
    return out;
  }

  private static List<TimelineEntry> signed(Connection c, Map<String, String[]> records) throws SQLException {
    List<TimelineEntry> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement("SELECT record_id, name FROM instruments WHERE relation = 'signed' "
        + "ORDER BY record_id, ord"); ResultSet rs = p.executeQuery()) {
      Set<String> seen = new TreeSet<>();
      while (rs.next()) {
        String[] v = records.get(rs.getString(1));
        if (v != null && IsoDates.valid(v[0]) && seen.add(rs.getString(1) + "\n" + rs.getString(2))) {
          out.add(new TimelineEntry(v[0], "signed", rs.getString(1), v[1], rs.getString(2), rs.getString(2),
              split(v[2]), null));
        }
      }
    }
    return out;
  }
}
