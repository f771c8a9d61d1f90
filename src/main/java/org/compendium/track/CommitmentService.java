package org.compendium.track;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.compendium.model.Span;
import org.compendium.store.RecordStore;
import org.compendium.util.IsoDates;

/**
 * Answers questions about commitments over the archive: the commitments of current records with their status
 * as of a day ({@link StatusRule}), their evidence and the decision that rules them, and records a person's
 * decision. Reads what {@link CommitmentTracker} derived at ingest; computes only the time-dependent part
 * (overdue, and which evidence is known as of the day) when asked. Safe to share between threads (the store
 * serializes access).
 */
public final class CommitmentService {
  private static final String COMMITMENTS = "SELECT c.record_id, c.ord, r.title, r.date, c.text, c.due, c.due_text, "
      + "c.span_start, c.span_end, "
      + "(SELECT group_concat(country, ' ') FROM (SELECT country FROM commitment_parties p "
      + "  WHERE p.record_id = c.record_id AND p.ord = c.ord ORDER BY country)), "
      + "(SELECT group_concat(code, ' ') FROM (SELECT code FROM countries x WHERE x.record_id = c.record_id ORDER BY code)) "
      + "FROM commitments c JOIN records r ON r.id = c.record_id AND r.superseded_by IS NULL ";

  private final RecordStore store;

  public CommitmentService(RecordStore store) {
    this.store = store;
  }

  /** The commitments the query selects, in its order (see {@link CommitmentQuery}). */
  public List<TrackedCommitment> list(CommitmentQuery q) {
    List<TrackedCommitment> out = new ArrayList<>();
    forEach(q, out::add);
    return out;
  }

  /** Streams the commitments the query selects to {@code sink}, in its order. */
  public void forEach(CommitmentQuery q, Consumer<TrackedCommitment> sink) {
    LocalDate asOf = q.asOf() == null ? LocalDate.now(ZoneOffset.UTC) : q.asOf();
    List<TrackedCommitment> rows = store.transact(c -> load(c, q.parties(), null, asOf));
    int skipped = 0;
    int given = 0;
    for (TrackedCommitment t : rows) {
      if (q.status() != null && t.status() != q.status()) {
        continue;
      }
      if (q.asOf() != null && IsoDates.first(t.recordDate()).map(d -> d.isAfter(asOf)).orElse(false)) {
        continue; // as of that day, a commitment made later had not been made yet
      }
      if (q.dueBefore() != null) {
        Optional<LocalDate> end = IsoDates.last(t.due());
        if (end.isEmpty() || !end.get().isBefore(q.dueBefore())) {
          continue;
        }
      }
      if (skipped++ < q.offset()) {
        continue;
      }
      if (q.limit() > 0 && given >= q.limit()) {
        return;
      }
      sink.accept(t);
      given++;
    }
  }

  /** One commitment by id ({@code recordId#ord}) as of {@code asOf} (null: today), current or not. */
  public Optional<TrackedCommitment> get(String id, LocalDate asOf) {
    String[] key = parseId(id);
    LocalDate day = asOf == null ? LocalDate.now(ZoneOffset.UTC) : asOf;
    return store.transact(c -> load(c, List.of(), key, day)).stream().findFirst();
  }

  /**
   * Records a person's ruling on a commitment (current or an older version's): a new row of
   * {@code commitment_decisions}, which from now on wins over any suggestion. Earlier rulings stay as history.
   * IllegalArgumentException if the commitment does not exist.
   */
  public Decision decide(String id, CommitmentStatus status, String note, String decidedBy) {
    String[] key = parseId(id);
    String now = Instant.now().toString();
    return store.transact(c -> {
      try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM commitments WHERE record_id = ? AND ord = ?")) {
        p.setString(1, key[0]);
        p.setInt(2, Integer.parseInt(key[1]));
        try (ResultSet rs = p.executeQuery()) {
          if (!rs.next()) {
            throw new IllegalArgumentException("no commitment " + id);
          }
        }
      }
      try (PreparedStatement p = c.prepareStatement("INSERT INTO commitment_decisions(record_id, ord, status, note, "
          + "decided_by, decided_at) VALUES (?,?,?,?,?,?)")) {
        p.setString(1, key[0]);
        p.setInt(2, Integer.parseInt(key[1]));
        p.setString(3, status.name());
        p.setString(4, note);
        p.setString(5, decidedBy);
        p.setString(6, now);
        p.executeUpdate();
        try (Statement last = c.createStatement(); ResultSet rs = last.executeQuery("SELECT last_insert_rowid()")) {
          long rowId = rs.next() ? rs.getLong(1) : 0;
          return new Decision(rowId, status, note, decidedBy, now);
        }
      }
    });
  }

  private static String[] parseId(String id) {
    int hash = id == null ? -1 : id.lastIndexOf('#');
    if (hash <= 0 || hash == id.length() - 1 || !id.substring(hash + 1).chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException("not a commitment id (RECORD#N): " + id);
    }
    return new String[] {id.substring(0, hash), id.substring(hash + 1)};
  }

  private List<TrackedCommitment> load(Connection c, List<String> parties, String[] key, LocalDate asOf)
      throws SQLException {
    StringBuilder sql = new StringBuilder(COMMITMENTS);
    List<String> args = new ArrayList<>();
    if (key != null) {
      // one commitment, whichever version it belongs to
      sql = new StringBuilder(COMMITMENTS.replace(" AND r.superseded_by IS NULL ", " "));
      sql.append("WHERE c.record_id = ? AND c.ord = ? ");
      args.add(key[0]);
      args.add(key[1]);
    } else if (!parties.isEmpty()) {
      String marks = EvidenceTables.marks(parties);
      sql.append("WHERE (EXISTS (SELECT 1 FROM commitment_parties p WHERE p.record_id = c.record_id AND p.ord = c.ord "
          + "AND p.country IN (").append(marks).append(")) OR (NOT EXISTS (SELECT 1 FROM commitment_parties p "
          + "WHERE p.record_id = c.record_id AND p.ord = c.ord) AND EXISTS (SELECT 1 FROM countries x "
          + "WHERE x.record_id = c.record_id AND x.code IN (").append(marks).append(")))) ");
      args.addAll(parties);
      args.addAll(parties);
    }
    // due dates first (partial ones sort before full ones of the same period), undated last
    sql.append("ORDER BY c.due IS NULL, c.due, r.date IS NULL, r.date, c.record_id, c.ord");
    Map<String, List<Evidence>> evidence = key != null
        ? Map.of(TrackedCommitment.id(key[0], Integer.parseInt(key[1])),
            EvidenceTables.of(c, key[0], Integer.parseInt(key[1])))
        : EvidenceTables.ofCurrent(c);
    Map<String, Decision> decisions = decisions(c);
    List<TrackedCommitment> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        p.setString(i + 1, args.get(i));
      }
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          String recordId = rs.getString(1);
          int ord = rs.getInt(2);
          String id = TrackedCommitment.id(recordId, ord);
          String partyList = rs.getString(10) != null ? rs.getString(10) : rs.getString(11);
          String due = rs.getString(6);
          List<Evidence> ev = evidence.getOrDefault(id, List.of());
          Optional<Evidence> decisive = StatusRule.decisive(due, ev, asOf);
          Decision d = decisions.get(id);
          CommitmentStatus status = d != null ? d.status() : StatusRule.suggested(due, decisive, asOf);
          String basis = d != null ? "decision" : decisive.isPresent() ? "evidence"
              : status == CommitmentStatus.overdue ? "due" : "none";
          Span span = rs.getObject(8) == null ? null : new Span(rs.getInt(8), rs.getInt(9));
          out.add(new TrackedCommitment(id, recordId, ord, rs.getString(3), rs.getString(4), rs.getString(5),
              partyList == null ? List.of() : Arrays.asList(partyList.split(" ")), due, rs.getString(7), span, status,
              basis, d == null && decisive.isPresent(), decisive.orElse(null), d, ev));
        }
      }
    }
    return out;
  }

  /** The latest decision of every commitment that has one. */
  private static Map<String, Decision> decisions(Connection c) throws SQLException {
    Map<String, Decision> out = new HashMap<>();
    try (PreparedStatement p = c.prepareStatement("SELECT record_id, ord, id, status, note, decided_by, decided_at "
        + "FROM commitment_decisions ORDER BY decided_at, id"); ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        out.put(TrackedCommitment.id(rs.getString(1), rs.getInt(2)), new Decision(rs.getLong(3),
            CommitmentStatus.parse(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7)));
      }
    }
    return out;
  }
}
