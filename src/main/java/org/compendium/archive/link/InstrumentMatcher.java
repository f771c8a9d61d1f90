package org.compendium.archive.link;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.compendium.model.Instrument;
import org.compendium.model.Record;
import org.compendium.resolve.InstrumentRegistry;
import org.compendium.resolve.InstrumentWords;
import org.compendium.store.link.LinkTables;
import org.compendium.store.link.LinkTables.EntryRow;
import org.compendium.store.link.LinkTables.Unlinked;

/**
 * Links instrument mentions to registry entries. A mention extraction already resolved in the bundled registry
 * links to that entry (copied into the archive on first use). Any other mention is resolved against the
 * archive's own entries with the bundled registry's rules (same words in any order, or a short form of the
 * name, the record's parties choosing among look-alikes), unless the entry's name has a head noun the printed
 * name lacks (a "Protocol on additions to the Agreement on X" is not the "Agreement on X"), its year differs,
 * or another mention of the same record already links to it (extraction keeps one mention per instrument, so
 * two mentions of a record are two instruments). A mention
 * signed in the record that resolves nowhere becomes a new archive entry, when its name has at least one
 * telling word (a bare "Joint Statement" is a different instrument at every summit); earlier mentions of other
 * current records that now resolve to it are linked to it too, so the result does not depend on which record
 * was ingested first. A new entry is between the two states its name names ("Agreement between Japan and India
 * on ..." signed at a meeting of more), else between the record's countries when they are two, else multilateral.
 */
final class InstrumentMatcher {
  private final InstrumentRegistry registry;
  private final InstrumentWords words;
  private final Sentences sentences;
  private final ArchiveKeys keys;

  InstrumentMatcher(InstrumentRegistry registry, Sentences sentences) {
    this.registry = registry;
    this.words = registry.words();
    this.sentences = sentences;
    this.keys = new ArchiveKeys(words);
  }

  void link(LinkTables t, Record r) throws SQLException {
    List<Instrument> instruments = r.instruments() == null ? List.of() : r.instruments();
    if (instruments.isEmpty()) {
      return;
    }
    Sentences.Finder finder = sentences.of(r.text());
    Set<String> context = new LinkedHashSet<>(r.countries() == null ? List.of() : r.countries());
    Set<String> used = new HashSet<>();
    for (int ord = 0; ord < instruments.size(); ord++) {
      Instrument i = instruments.get(ord);
      String entry = entryFor(t, r, i, context, used);
      if (entry != null) {
        used.add(entry);
      }
      int[] sentence = i.mentions().isEmpty() ? null : finder.around(i.mentions().get(0));
      t.linkInstrument(r.id(), ord, i.name(), entry, sentence,
          entry == null ? keys.mention(words.words(i.name()), i.year(), context) : List.of());
    }
  }

  private String entryFor(LinkTables t, Record r, Instrument i, Set<String> context, Set<String> used)
      throws SQLException {
    if (i.id() != null) {
      Optional<InstrumentRegistry.Entry> known = registry.byId(i.id());
      if (!t.entryExists(i.id())) {
        t.insertEntry(known.map(InstrumentMatcher::row)
            .orElseGet(() -> new EntryRow(i.id(), i.name(), i.year(), List.of(), "registry", null, List.of(i.name()))),
            List.of());
      }
      return i.id();
    }
    Optional<String> found = resolveInArchive(t, i.name(), i.year(), context).filter(e -> !used.contains(e));
    if (found.isPresent()) {
      return found.get();
    }
    if (i.relation() == Instrument.Relation.signed && telling(i.name())) {
      return mint(t, r, i, context);
    }
    return null;
  }

  /**
   * Resolves a printed name against the archive's own entries: the registry rules run over the entries the name
   * can resolve to, read by key from the index ({@link ArchiveKeys}): the same answer as over every entry, at a
   * cost that does not grow with the archive.
   */
  private Optional<String> resolveInArchive(LinkTables t, String name, Integer year, Set<String> context)
      throws SQLException {
    Set<String> m = words.words(name);
    if (keys.telling(m).isEmpty()) {
      return Optional.empty();  // every archive entry has a telling word, so an exact match shares it too
    }
    List<InstrumentRegistry.Entry> entries = new ArrayList<>();
    for (EntryRow e : t.archiveEntries(keys.entriesFor(m, context), year)) {
      entries.add(entry(e));
    }
    if (entries.isEmpty()) {
      return Optional.empty();
    }
    return InstrumentRegistry.of(words, entries).resolve(m, context, false)
        .filter(e -> fits(name, year, e))
        .map(InstrumentRegistry.Entry::id);
  }

  /** Whether an entry the registry rules chose is not ruled out by its year or a head noun the name lacks. */
  private boolean fits(String name, Integer year, InstrumentRegistry.Entry e) {
    if (year != null && e.year() != null && !e.year().equals(year)) {
      return false;
    }
    Set<String> printed = heads(name);
    if (printed.containsAll(heads(e.title()))) {
      return true;
    }
    for (String alias : e.aliases()) {
      if (printed.containsAll(heads(alias))) {
        return true;
      }
    }
    return false;
  }

  private Set<String> heads(String name) {
    Set<String> out = new HashSet<>();
    for (String w : words.words(name)) {
      if (words.isHead(w)) {
        out.add(w);
      }
    }
    return out;
  }

  private String mint(LinkTables t, Record r, Instrument i, Set<String> context) throws SQLException {
    String id = freeId(t, "archive:" + Slugs.of(i.name(), "instrument"));
    Integer year = i.year() != null ? i.year() : year(r.date());
    List<String> parties = keys.parties(words.words(i.name()), context);
    EntryRow row = new EntryRow(id, i.name(), year, parties, "archive", r.id(), List.of(i.name()));
    t.insertEntry(row, keys.entry(i.name(), parties));
    // Mentions stored before this signing (cited ahead of it, or ingested in another order) now resolve here.
    InstrumentRegistry only = InstrumentRegistry.of(words, List.of(entry(row)));
    for (Unlinked u : t.unlinkedInstruments(keys.mentionsFor(i.name(), year, parties), r.id())) {
      boolean fits = only.resolve(u.name(), Set.copyOf(u.countries()), false).filter(e -> fits(u.name(), u.year(), e))
          .isPresent() && !linkedInRecord(t, u.recordId(), id);
      if (fits) {
        t.setInstrumentEntry(u, id);
      }
    }
    return id;
  }

  /**
   * The first of {@code base}, {@code base-2}, {@code base-3} ... that no entry has. Entries are minted in that
   * order and only ever dropped all at once (a relink), so the ids taken are the first of the sequence: a search
   * by doubling, then halving, finds the first free one in a number of reads logarithmic in how many share the
   * name (a programme renewed every year for decades). Whatever the ids taken, the id returned is free.
   */
  private static String freeId(LinkTables t, String base) throws SQLException {
    if (!t.entryExists(base)) {
      return base;
    }
    long taken = 1;  // 1 stands for base itself
    long free = 2;
    while (t.entryExists(base + "-" + free)) {
      taken = free;
      free *= 2;
    }
    while (free - taken > 1) {
      long mid = (taken + free) >>> 1;
      if (t.entryExists(base + "-" + mid)) {
        taken = mid;
      } else {
        free = mid;
      }
    }
    return base + "-" + free;
  }

  private static boolean linkedInRecord(LinkTables t, String recordId, String entryId) throws SQLException {
    return t.linkedInRecord(recordId, entryId);
  }

  /** Whether a name has a word that tells one instrument from another (not generic, not a head noun). */
  private boolean telling(String name) {
    return !keys.telling(words.words(name)).isEmpty();
  }

  private static Integer year(String date) {
    if (date == null || date.length() < 4) {
      return null;
    }
    try {
      return Integer.valueOf(date.substring(0, 4));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static EntryRow row(InstrumentRegistry.Entry e) {
    List<String> names = new ArrayList<>();
    names.add(e.title());
    names.addAll(e.aliases());
    return new EntryRow(e.id(), e.title(), e.year(), e.parties().stream().sorted().toList(), "registry", null,
        names);
  }

  private static InstrumentRegistry.Entry entry(EntryRow e) {
    List<String> aliases = new ArrayList<>(e.names());
    aliases.remove(e.title());
    return new InstrumentRegistry.Entry(e.id(), e.title(), e.year(), Set.copyOf(e.parties()), List.copyOf(aliases));
  }
}
