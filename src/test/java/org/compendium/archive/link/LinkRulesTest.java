package org.compendium.archive.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.compendium.model.Instrument;
import org.compendium.model.Kind;
import org.compendium.model.Person;
import org.compendium.model.Record;
import org.compendium.model.Source;
import org.compendium.model.Span;
import org.compendium.model.Statement;
import org.compendium.store.Incoming;
import org.compendium.store.RecordStore;
import org.compendium.store.link.Instruments;
import org.compendium.store.link.People;
import org.compendium.store.link.RecordLinks;
import org.compendium.util.Hashes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The linking rules on records written for the purpose, stored through the store with the archive's linker. */
class LinkRulesTest {
  /** One linker for the class: its directories load once (it holds no state of any one store). */
  private static final ArchiveLinker LINKER = new ArchiveLinker();

  @TempDir Path dir;

  private RecordStore open() {
    return RecordStore.open(dir, List.of(LINKER));
  }

  /** A record whose text names each fact, so spans and sentences point at real text. */
  private static Record record(String date, List<String> countries, List<Person> people, List<Statement> said,
      List<Instrument> instruments, String text) {
    String id = Hashes.sha256((date + text).getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    return new Record(id, new Source("file:/tmp/" + id + ".txt", "text", id), "Talks " + date, date, null,
        Kind.visit, countries, people, said, instruments, List.of(), List.of(), List.of(), List.of(), List.of(),
        text);
  }

  private static Person person(String name, String role, String country, String text) {
    int at = text.indexOf(name);
    return new Person(name, role, country, at < 0 ? List.of() : List.of(new Span(at, at + name.length())));
  }

  private static Instrument instrument(String name, Instrument.Relation rel, String text) {
    return instrument(name, null, rel, text);
  }

  private static Instrument instrument(String name, Integer year, Instrument.Relation rel, String text) {
    int at = text.indexOf(name);
    return new Instrument(null, name, year, rel, List.of(new Span(at, at + name.length())));
  }

  private static void store(RecordStore s, String key, Record r) {
    List<RecordStore.Outcome> out = s.store(List.of(new Incoming(key, r)));
    assertTrue(!out.get(0).failed(), out.get(0).error());
  }

  private static String personOf(RecordStore s, Record r, int ord) {
    return new RecordLinks(s).of(r.id()).participants().get(ord).personId();
  }

  @Test
  void sameFamilyNameIsOnePersonOnlyWithTheSameStateAndCompatibleGivenNames() {
    String t1 = "Alistair Quenby of the United Kingdom met Alistair Quenby of New Zealand.";
    String t2 = "Brendan Quenby, the British minister, spoke. A. Quenby of the United Kingdom said more.";
    String t3 = "Mr. Quenby of the United Kingdom returned.";
    Record r1 = record("2001-03-04", List.of("GBR", "NZL"),
        List.of(person("Alistair Quenby", "Minister", "GBR", t1),
            new Person("Alistair Quenby", "High Commissioner", "NZL", List.of(new Span(44, 59)))), List.of(), List.of(),
        t1);
    Record r2 = record("2003-05-06", List.of("GBR"),
        List.of(person("Brendan Quenby", "Minister", "GBR", t2), person("A. Quenby", "Minister", "GBR", t2)),
        List.of(new Statement("A. Quenby", "say", "said more", new Span(t2.indexOf("said"), t2.length() - 1))),
        List.of(), t2);
    Record r3 = record("2004-01-02", List.of("GBR"), List.of(person("Quenby", "Minister", "GBR", t3)), List.of(),
        List.of(), t3);
    try (RecordStore s = open()) {
      store(s, "r1", r1);
      store(s, "r2", r2);
      store(s, "r3", r3);
      String gbr = personOf(s, r1, 0);
      String nzl = personOf(s, r1, 1);
      assertNotEquals(gbr, nzl, "same name, different states: two persons");
      assertNotEquals(gbr, personOf(s, r2, 0), "different given names: two persons");
      assertEquals(gbr, personOf(s, r2, 1), "an initial of the given name, same state: the same person");
      assertEquals(gbr, new RecordLinks(s).of(r2.id()).statements().get(0).personId());
      assertNotEquals(gbr, personOf(s, r3, 0), "a bare family name fitting two persons of the state stays apart");
      People people = new People(s);
      assertEquals(2, people.find("Alistair Quenby").matches().size(), "one per state: ambiguous");
      People.Profile p = people.profile(gbr).orElseThrow();
      assertEquals(List.of(r1.id(), r2.id()), p.records().stream().map(People.Appearance::recordId).toList());
      assertEquals(1, p.statements().size());
      assertEquals("2001-03-04", p.roles().get(0).firstDate());
      assertEquals("2003-05-06", p.roles().get(0).lastDate());
    }
  }

  @Test
  void aPersonIsFoundByADisplayNameNoRecordPrinted() {
    String t1 = "Koizumi of Japan welcomed the delegation.";
    Record r1 = record("2003-05-06", List.of("JPN", "KOR"), List.of(person("Koizumi", "Prime Minister", "JPN", t1)),
        List.of(), List.of(), t1);
    try (RecordStore s = open()) {
      store(s, "r1", r1);
      String id = personOf(s, r1, 0);
      People people = new People(s);
      assertEquals("Junichiro Koizumi", people.get(id).orElseThrow().name(), "the directory's fuller name");
      assertEquals(id, people.find("Junichiro Koizumi").single().id(), "by the display name");
      assertEquals(id, people.find("junichiro").single().id(), "by a word only the display name has");
      assertEquals(id, people.find("Koizumi").single().id(), "by the printed name");
      assertEquals(id, people.find(id.toUpperCase(java.util.Locale.ROOT)).single().id(), "by the id, any case");
    }
  }

  @Test
  void aFamilyNameFirstShortFormJoinsTheOnePersonItBegins() {
    String t1 = "Xuzhen Baoli of China met the Japanese side.";
    String t2 = "Xuzhen of China spoke first.";
    Record r1 = record("2001-03-04", List.of("CHN", "JPN"), List.of(person("Xuzhen Baoli", "Minister", "CHN", t1)),
        List.of(), List.of(), t1);
    Record r2 = record("2002-03-04", List.of("CHN", "JPN"), List.of(person("Xuzhen", "Minister", "CHN", t2)),
        List.of(), List.of(), t2);
    try (RecordStore s = open()) {
      store(s, "r1", r1);
      store(s, "r2", r2);
      assertEquals(personOf(s, r1, 0), personOf(s, r2, 0));
      assertEquals(2, new People(s).get(personOf(s, r1, 0)).orElseThrow().records());
    }
  }

  @Test
  void aSupersededVersionNoLongerCounts() {
    String t1 = "Zoltan Vereczkey of Hungary and Ilse Marbach of Austria met.";
    String t2 = "Ilse Marbach of Austria met the press alone.";
    Record v1 = record("2005-01-01", List.of("HUN", "AUT"),
        List.of(person("Zoltan Vereczkey", "Minister", "HUN", t1), person("Ilse Marbach", "Minister", "AUT", t1)),
        List.of(), List.of(), t1);
    Record v2 = record("2005-01-01", List.of("AUT"), List.of(person("Ilse Marbach", "Minister", "AUT", t2)),
        List.of(), List.of(), t2);
    try (RecordStore s = open()) {
      store(s, "same-source", v1);
      assertTrue(new People(s).find("Vereczkey").isUnique());
      store(s, "same-source", v2);
      People people = new People(s);
      assertTrue(people.find("Vereczkey").isEmpty(), "only in the superseded version");
      People.Profile ilse = people.profile(people.find("Ilse Marbach").single().id()).orElseThrow();
      assertEquals(List.of(v2.id()), ilse.records().stream().map(People.Appearance::recordId).toList());
    }
  }

  @Test
  void anInstrumentFirstSignedInARecordBecomesTheEntryLaterCitationsResolveTo() {
    String signing = "Finland and Estonia signed the Treaty on Baltic Herring Quotas. They also signed a Protocol "
        + "on the Herring Fund.";
    String citing = "The sides recalled the Baltic Herring Quotas Treaty and its good results.";
    String other = "Finland and Estonia signed a Protocol amending the Treaty on Baltic Herring Quotas.";
    String earlier = "The ministers hoped the Baltic Herring Quotas Treaty would be concluded.";
    Record early = record("2009-02-01", List.of("FIN", "EST"), List.of(), List.of(),
        List.of(instrument("Baltic Herring Quotas Treaty", Instrument.Relation.planned, earlier)), earlier);
    Record sign = record("2010-06-01", List.of("FIN", "EST"), List.of(), List.of(),
        List.of(instrument("Treaty on Baltic Herring Quotas", Instrument.Relation.signed, signing),
            instrument("Protocol on the Herring Fund", Instrument.Relation.signed, signing)), signing);
    Record cite = record("2012-09-01", List.of("FIN", "EST"), List.of(), List.of(),
        List.of(instrument("Baltic Herring Quotas Treaty", Instrument.Relation.cited, citing)), citing);
    Record protocol = record("2013-09-01", List.of("FIN", "EST"), List.of(), List.of(),
        List.of(instrument("Protocol amending the Treaty on Baltic Herring Quotas", Instrument.Relation.signed,
            other)), other);
    try (RecordStore s = open()) {
      store(s, "cite", cite);      // stored before the signing: linked when the signing arrives
      store(s, "early", early);
      store(s, "sign", sign);
      store(s, "protocol", protocol);
      String treaty = new RecordLinks(s).of(sign.id()).instruments().get(0).entryId();
      assertNotNull(treaty);
      assertEquals(treaty, new RecordLinks(s).of(cite.id()).instruments().get(0).entryId(), "a later citation");
      assertEquals(treaty, new RecordLinks(s).of(early.id()).instruments().get(0).entryId(), "an earlier plan");
      assertNotEquals(treaty, new RecordLinks(s).of(sign.id()).instruments().get(1).entryId(), "another instrument");
      assertNotEquals(treaty, new RecordLinks(s).of(protocol.id()).instruments().get(0).entryId(),
          "a protocol amending the treaty is not the treaty");
      Instruments instruments = new Instruments(s);
      Instruments.Profile p = instruments.profile(treaty).orElseThrow();
      assertEquals("archive", p.entry().origin());
      assertEquals(List.of(sign.id()), p.signedIn().stream().map(Instruments.Citation::recordId).toList());
      assertEquals(List.of(early.id(), sign.id(), cite.id()),
          p.history().stream().map(Instruments.Citation::recordId).toList(), "date order, not storing order");
      assertEquals(citing.substring(0, citing.indexOf("results.") + 8), p.history().get(2).sentence());
      assertEquals(List.of(p.entry().id()), instruments.find("Baltic Herring").matches().stream()
          .map(Instruments.Summary::id).filter(treaty::equals).toList());
      // relinking from scratch, oldest first, links the same way
      List<String> before = entries(s, early, sign, cite, protocol);
      new ArchiveLinker().relink(s, null);
      assertEquals(before, entries(s, early, sign, cite, protocol));
    }
  }

  @Test
  void aBilateralEntryTakesInMentionsOfItsOwnStatesInEitherOrder() {
    String signing = "Japan and the Soviet Union signed the Joint Declaration on Kelp Fisheries.";
    String russia = "Both sides recalled the Kelp Fisheries Declaration of 1990.";
    String korea = "The ministers discussed the Kelp Fisheries Declaration of 1990.";
    String named = "The Japan-Soviet Joint Declaration on Kelp Fisheries was recalled.";
    Record sign = record("1990-04-01", List.of("JPN", "SUN"), List.of(), List.of(),
        List.of(instrument("Joint Declaration on Kelp Fisheries", Instrument.Relation.signed, signing)), signing);
    Record rus = record("2001-05-06", List.of("JPN", "RUS"), List.of(), List.of(),
        List.of(instrument("Kelp Fisheries Declaration", Instrument.Relation.cited, russia)), russia);
    Record kor = record("2002-05-06", List.of("JPN", "KOR"), List.of(), List.of(),
        List.of(instrument("Kelp Fisheries Declaration", Instrument.Relation.cited, korea)), korea);
    Record nam = record("2003-05-06", List.of("CHN", "KOR"), List.of(), List.of(),
        List.of(instrument("Japan-Soviet Joint Declaration on Kelp Fisheries", Instrument.Relation.cited, named)), named);
    List<List<String>> seen = new ArrayList<>();
    for (List<Record> order : List.of(List.of(sign, rus, kor, nam), List.of(rus, kor, nam, sign))) {
      try (RecordStore s = RecordStore.open(dir.resolve("order" + seen.size()), List.of(LINKER))) {
        for (Record r : order) {
          store(s, r.id(), r);
        }
        String entry = entries(s, sign).get(0);
        assertNotNull(entry);
        assertEquals(entry, entries(s, rus).get(0), "the Soviet Union's entry fits a record of Russia");
        assertNull(entries(s, kor).get(0), "another pair of states: another instrument");
        assertEquals(entry, entries(s, nam).get(0), "the printed name names the parties");
        seen.add(List.of(entries(s, sign).get(0), String.valueOf(entries(s, rus).get(0)),
            String.valueOf(entries(s, kor).get(0)), String.valueOf(entries(s, nam).get(0))));
      }
    }
    assertEquals(seen.get(0), seen.get(1), "the same links in either order");
  }

  @Test
  void anInstrumentSignedAtAMeetingOfMoreStatesIsBetweenTheTwoItsNameNames() {
    String signing = "At the summit, Japan and India signed the Agreement between Japan and India on Coastal Radar.";
    String ally = "The leaders welcomed the Agreement on Coastal Radar.";
    String others = "France and Germany studied the Agreement on Coastal Radar.";
    String pair = "France and Germany signed the Agreement between France and Germany on Coastal Radar.";
    Record sign = record("2015-03-01", List.of("JPN", "IND", "USA"), List.of(), List.of(),
        List.of(instrument("Agreement between Japan and India on Coastal Radar", Instrument.Relation.signed,
            signing)), signing);
    Record cite = record("2016-03-01", List.of("AUS", "IND", "JPN"), List.of(), List.of(),
        List.of(instrument("Agreement on Coastal Radar", Instrument.Relation.cited, ally)), ally);
    Record other = record("2016-04-01", List.of("FRA", "DEU"), List.of(), List.of(),
        List.of(instrument("Agreement on Coastal Radar", Instrument.Relation.cited, others)), others);
    Record second = record("2017-04-01", List.of("FRA", "DEU", "ITA"), List.of(), List.of(),
        List.of(instrument("Agreement between France and Germany on Coastal Radar", Instrument.Relation.signed,
            pair)), pair);
    try (RecordStore s = open()) {
      for (Record r : List.of(sign, cite, other)) {
        store(s, r.id(), r);
      }
      String entry = entries(s, sign).get(0);
      assertNotNull(entry);
      assertEquals(List.of("IND", "JPN"), new Instruments(s).profile(entry).orElseThrow().entry().parties());
      assertEquals(entry, entries(s, cite).get(0), "a short form in a record of both its states");
      assertNull(entries(s, other).get(0), "the short form in a record of other states");
      store(s, second.id(), second);
      String franco = entries(s, second).get(0);
      assertNotNull(franco);
      assertNotEquals(entry, franco, "another pair's agreement of the same name is another instrument");
      assertEquals(List.of("DEU", "FRA"), new Instruments(s).profile(franco).orElseThrow().entry().parties());
      assertEquals(franco, entries(s, other).get(0), "their earlier mention now resolves to their agreement");
    }
  }

  @Test
  void aProgrammeRenewedEachYearIsOneEntryAYearWhateverEntriesOfOtherYearsComeFirst() {
    String name = "Programme of Cooperation in Kelp Farming";
    List<String> states = List.of("FIN", "EST", "LVA");
    List<Record> signings = new ArrayList<>();
    for (int year : new int[] {2003, 2005, 2005, 2003, 2007}) {
      String text = "The ministers signed the " + name + " for " + year + " (meeting " + signings.size() + ").";
      signings.add(record(year + "-05-0" + (1 + signings.size()), states, List.of(), List.of(),
          List.of(instrument(name, year, Instrument.Relation.signed, text)), text));
    }
    try (RecordStore s = open()) {
      for (Record r : signings) {
        store(s, r.id(), r);
      }
      List<String> ids = entries(s, signings.toArray(new Record[0]));
      assertEquals(ids.get(1), ids.get(2), "the second signing of 2005 is the programme of 2005: " + ids);
      assertEquals(ids.get(0), ids.get(3), "a later signing of 2003 is the programme of 2003: " + ids);
      assertEquals(3, new HashSet<>(ids).size(), "one entry a year: " + ids);
      assertEquals(List.of("archive:programme-of-cooperation-in-kelp-farming",
          "archive:programme-of-cooperation-in-kelp-farming-2", "archive:programme-of-cooperation-in-kelp-farming-3"),
          new Instruments(s).list().stream().map(Instruments.Summary::id).sorted().toList(), "ids in minting order");
    }
  }

  @Test
  void aGenericSignedNameMintsNothing() {
    String text = "The two leaders signed a Joint Statement.";
    Record r = record("2011-01-01", List.of("FIN", "EST"), List.of(), List.of(),
        List.of(instrument("Joint Statement", Instrument.Relation.signed, text)), text);
    try (RecordStore s = open()) {
      store(s, "generic", r);
      assertNull(new RecordLinks(s).of(r.id()).instruments().get(0).entryId());
      assertTrue(new Instruments(s).list().isEmpty());
    }
  }

  private static List<String> entries(RecordStore s, Record... records) {
    List<String> out = new ArrayList<>();
    for (Record r : records) {
      new RecordLinks(s).of(r.id()).instruments().forEach(i -> out.add(i.entryId()));
    }
    return out;
  }
}
