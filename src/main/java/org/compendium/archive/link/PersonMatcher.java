package org.compendium.archive.link;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.compendium.resolve.PersonDirectory;
import org.compendium.resolve.PersonNames;
import org.compendium.store.link.LinkTables;
import org.compendium.store.link.LinkTables.PersonRow;

/**
 * Finds the canonical person a name as a record prints it denotes, creating the person when none fits. In
 * order: the person directory (one entry = one person, whatever name form, chosen by country, the record's
 * date and the role's title; a one-word name only when the entry held office at that date); else a person of
 * the archive with the same name key; else the one person the name can be a short form of ("Kishi" for
 * "Nobusuke Kishi"); else the one short-form person the name completes (renamed to the fuller name). Countries
 * must agree when both are known: two "Mr. Jones" of different states, or with different given names, stay
 * two persons. Limits: a one-word name that fits several persons makes a person of its own.
 */
final class PersonMatcher {
  private final PersonDirectory directory;

  PersonMatcher(PersonDirectory directory) {
    this.directory = directory;
  }

  /** The id of the person {@code name} denotes ({@code country}, {@code date}, {@code role} may be null). */
  String personFor(LinkTables t, String name, String country, LocalDate date, String role) throws SQLException {
    List<String> words = PersonNames.words(name);
    if (words.isEmpty()) {
      return null;
    }
    String key = PersonNames.key(name);
    Optional<PersonDirectory.Entry> entry = fromDirectory(name, words.size(), country, date, role);
    if (entry.isPresent()) {
      return directoryPerson(t, entry.get(), name, country, date);
    }
    // The same name again, most often: its family's persons of that key come first among the candidates.
    Optional<PersonRow> same = t.personByFamilyAndKey(words.get(words.size() - 1), key, country);
    if (same.isPresent()) {
      return same.get().id();
    }
    List<PersonRow> candidates = candidates(t, words);
    for (PersonRow p : candidates) {
      if (p.nameKey().equals(key) && countriesAgree(p.country(), country)) {
        return p.id();
      }
    }
    PersonRow shortOf = only(candidates, p -> countriesAgree(p.country(), country)
        && PersonNames.canDenote(name, p.name()));
    if (shortOf != null) {
      return shortOf.id();
    }
    PersonRow completes = only(candidates, p -> p.directory() == null && countriesAgree(p.country(), country)
        && PersonNames.canDenote(p.name(), name));
    if (completes != null) {
      t.renamePerson(completes.id(), name, key);
      return completes.id();
    }
    String id = freeId(t, name, country);
    t.insertPerson(new PersonRow(id, name, country, key, words.get(words.size() - 1), null));
    return id;
  }

  private Optional<PersonDirectory.Entry> fromDirectory(String name, int words, String country, LocalDate date,
      String role) {
    String title = role == null ? null : role.toLowerCase(Locale.ROOT);
    Optional<PersonDirectory.Entry> e = directory.resolve(name, country, date, title);
    if (e.isPresent() && words == 1) {
      // One word fits many people: trust the directory only for someone in office at the record's date.
      boolean inOffice = date != null && e.get().tenures().stream().anyMatch(x -> x.dated() && x.covers(date));
      return inOffice ? e : Optional.empty();
    }
    return e;
  }

  private String directoryPerson(LinkTables t, PersonDirectory.Entry e, String name, String country, LocalDate date)
      throws SQLException {
    Optional<PersonRow> known = t.personByDirectory(e.name());
    if (known.isPresent()) {
      PersonRow p = known.get();
      if (PersonNames.words(name).size() > PersonNames.words(p.name()).size()) {
        t.renamePerson(p.id(), name, PersonNames.key(name));
      }
      return p.id();
    }
    String display = PersonNames.words(name).size() >= PersonNames.words(e.name()).size() ? name : e.name();
    String state = country != null ? country : directory.countryOf(e, date);
    List<String> w = PersonNames.words(e.name());
    String id = freeId(t, e.name(), state);
    t.insertPerson(new PersonRow(id, display, state, PersonNames.key(display), w.get(w.size() - 1), e.name()));
    return id;
  }

  /** Persons sharing the family name: the last word, or for a one-word name also a name's first word. */
  private static List<PersonRow> candidates(LinkTables t, List<String> words) throws SQLException {
    Map<String, PersonRow> out = new LinkedHashMap<>();
    for (PersonRow p : t.personsByFamily(words.get(words.size() - 1))) {
      out.put(p.id(), p);
    }
    if (words.size() == 1) {
      for (PersonRow p : t.personsByFirstWord(words.get(0), Slugs.of(words.get(0), "person"))) {
        out.putIfAbsent(p.id(), p);
      }
    }
    return new ArrayList<>(out.values());
  }

  private interface Test {
    boolean ok(PersonRow p);
  }

  /** The single candidate passing {@code test}, or null for none or several. */
  private static PersonRow only(List<PersonRow> candidates, Test test) {
    PersonRow found = null;
    for (PersonRow p : candidates) {
      if (test.ok(p)) {
        if (found != null) {
          return null;
        }
        found = p;
      }
    }
    return found;
  }

  /** Known countries must be equal; an unknown one agrees with any. */
  static boolean countriesAgree(String a, String b) {
    return a == null || b == null || a.equals(b);
  }

  /** The name's slug, then with the country, then numbered, whichever is free first. */
  private static String freeId(LinkTables t, String name, String country) throws SQLException {
    String base = Slugs.of(name, "person");
    if (!t.personExists(base)) {
      return base;
    }
    String withCountry = country == null ? base : base + "-" + country.toLowerCase(Locale.ROOT);
    if (!t.personExists(withCountry)) {
      return withCountry;
    }
    for (int n = 2; ; n++) {
      String id = withCountry + "-" + n;
      if (!t.personExists(id)) {
        return id;
      }
    }
  }
}
