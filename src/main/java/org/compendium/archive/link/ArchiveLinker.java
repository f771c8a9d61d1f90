package org.compendium.archive.link;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.compendium.json.RecordJson;
import org.compendium.model.Person;
import org.compendium.model.Record;
import org.compendium.model.Statement;
import org.compendium.resolve.Countries;
import org.compendium.resolve.InstrumentRegistry;
import org.compendium.resolve.InstrumentWords;
import org.compendium.resolve.PartialDate;
import org.compendium.resolve.PersonDirectory;
import org.compendium.store.Derivation;
import org.compendium.store.RecordStore;
import org.compendium.store.link.LinkTables;
import org.compendium.util.Progress;

/**
 * Links each stored record across the archive, a store {@link Derivation} (listed in
 * {@code META-INF/services/org.compendium.store.Derivation}): participants and speakers to canonical persons
 * ({@link PersonMatcher}), instrument mentions to registry entries with their citing sentences
 * ({@link InstrumentMatcher}). Runs inside the record's savepoint, so a record is never stored without its
 * links. A speaker who is a participant of the record is that participant's person; statements by a state or
 * made jointly link to no person. Links of a superseded version stay on its rows but no query counts them.
 * On open, current records not linked yet are linked (oldest first); links made under other rules are all
 * remade. The directories load on the first record linked, so opening a store to read costs nothing.
 */
public final class ArchiveLinker implements Derivation {
  /** Bump when the rules change: stores linked under other rules are relinked on open. */
  static final String RULES = "links-4";

  private final RecordJson json = new RecordJson();
  private PersonMatcher persons;
  private InstrumentMatcher instruments;
  private LinkTables tables;
  /**
   * A heal of at least this many records, and of at least as many as are linked already (the link pass after a
   * bulk load), drops the link indexes while it links (bench/ARCHIVE.md).
   */
  private static final int BULK_MIN = 500;

  public ArchiveLinker() {}

  @Override
  public void stored(Connection c, Record r, String replaced) throws SQLException {
    LinkTables t = tables(c);
    if (replaced != null) {
      t.superseded(replaced);
    }
    link(t, r);
  }

  @Override
  public void heal(Connection c) throws SQLException {
    LinkTables t = tables(c);
    if (t.linkedUnderOtherRules(RULES)) {
      t.clear();
    }
    List<String> ids = t.unlinkedRecords();
    if (ids.size() >= BULK_MIN && ids.size() >= t.linkedRecords()) {
      t.dropLinkIndexes();  // built again below, and by the next heal if this one stops midway
    }
    linkAll(t, ids, null, c);
    t.buildLinkIndexes(Progress::noteOnStderr);
  }

  /**
   * Drops every person, entry and link and links the current records again, oldest first, in one transaction
   * of {@code store}; steps {@code progress} (may be null) per record. Returns the number of records linked.
   */
  public int relink(RecordStore store, Progress progress) {
    return store.transact(c -> {
      LinkTables t = tables(c);
      t.clear();  // with the link indexes: deleting a person looks for the rows that name it
      t.dropLinkIndexes();
      int n = linkAll(t, t.unlinkedRecords(), progress, null);  // one transaction: seen whole or not at all
      t.buildLinkIndexes(Progress::noteOnStderr);
      return n;
    });
  }

  /**
   * Links the current records {@code ids} (not linked yet, oldest first); commits {@code commitTo} every
   * {@link Derivation#HEAL_COMMIT_EVERY} records when it is not null (a heal resumes from what was committed, in the
   * same order).
   */
  private int linkAll(LinkTables t, List<String> ids, Progress progress, Connection commitTo) throws SQLException {
    if (progress == null && ids.size() > 500) {
      progress = Progress.onStderr("linking records", ids.size());
    }
    long done = 0;
    for (String id : ids) {
      byte[] j = t.recordJson(id);
      if (j != null) {
        link(t, json.read(j));
      }
      if (commitTo != null && ++done % HEAL_COMMIT_EVERY == 0) {
        commitTo.commit();
      }
      if (progress != null) {
        progress.step();
      }
    }
    if (progress != null) {
      progress.finish();
    }
    return ids.size();
  }

  private synchronized void load() {
    if (persons == null) {
      persons = new PersonMatcher(PersonDirectory.load());
      instruments = new InstrumentMatcher(InstrumentRegistry.load(new InstrumentWords(Countries.load())),
          new Sentences());
    }
  }

  /** The link tables of {@code c}, kept with their prepared statements while the store's connection is the same. */
  private synchronized LinkTables tables(Connection c) {
    tables = LinkTables.of(c, tables);
    return tables;
  }

  private synchronized void link(LinkTables t, Record r) throws SQLException {
    t.newRecord();
    t.markLinked(r.id(), RULES);
    if (nz(r.participants()).isEmpty() && nz(r.statements()).isEmpty() && nz(r.instruments()).isEmpty()) {
      return;
    }
    load();
    LocalDate date = date(r.date());
    Map<String, String> byName = new HashMap<>();
    List<Person> people = nz(r.participants());
    for (int ord = 0; ord < people.size(); ord++) {
      Person p = people.get(ord);
      String id = persons.personFor(t, p.name(), p.country(), date, p.role());
      if (id != null) {
        t.linkParticipant(r.id(), ord, p.name(), id);
        byName.putIfAbsent(p.name(), id);
      }
    }
    List<Statement> statements = nz(r.statements());
    for (int ord = 0; ord < statements.size(); ord++) {
      String speaker = statements.get(ord).speaker();
      if (speaker == null || speaker.equals(Statement.JOINT) || speaker.matches("[A-Z]{3}")) {
        continue;  // a state or both sides, not a person
      }
      String id = byName.get(speaker);
      if (id == null) {
        id = persons.personFor(t, speaker, null, date, null);
        byName.put(speaker, id);
      }
      if (id != null) {
        t.linkStatement(r.id(), ord, speaker, id);
      }
    }
    instruments.link(t, r);
  }

  /** A record date as a day: a partial date counts as its middle (roles are dated by day). */
  private static LocalDate date(String iso) {
    if (iso == null) {
      return null;
    }
    try {
      PartialDate d = PartialDate.parse(iso);
      return LocalDate.of(d.year(), d.month() == null ? 7 : d.month(),
          d.day() == null ? (d.month() == null ? 1 : 15) : d.day());
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static <T> List<T> nz(List<T> l) {
    return l == null ? List.of() : l;
  }
}
