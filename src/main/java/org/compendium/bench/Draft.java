package org.compendium.bench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.bench.GeneratorData.Country;
import org.compendium.bench.GeneratorData.Instrument;
import org.compendium.bench.GeneratorData.Sentence;

/**
 * One record being written by {@link RecordGenerator}: lays out heading, opening and sections, and fills the
 * slots of the sample sentences (participants named in full once, then by role and surname; countries with or
 * without an article as their names need; dates relative to the record's date). Single use, one thread.
 */
final class Draft {
  /** A participant: full name, role, index into the record's countries. */
  record Person(String name, String role, int country) {}

  private static final Pattern SLOT = Pattern.compile(
      "\\{(?:P(\\d)|C(\\d+)(a?)|(CITY)|I(\\d)|D:(mdy|dmy):([+-]\\d+)|MD:([+-]\\d+)|M:([+-]\\d+)|Y:([+-]\\d+)"
      + "|(ACTION)|(DEADLINE)|(SUBJ))}");
  /** Names that take "the" in running text ("the United States", "the Philippines"). */
  private static final Pattern ARTICLE = Pattern.compile(
      "^(United|Russian Federation|Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles|Holy See)"
      + "|\\b(Republic|Kingdom|States|Islands|Emirates|Union)\\b");
  /** An appositive that gives the role after the name ("X, Prime Minister of Y"): the name then goes bare. */
  private static final Pattern APPOSITIVE = Pattern.compile(
      "^, (?:the )?(?:[A-Z][\\w-]* )*(?:Minister|President|Premier|Chancellor|Secretary|Councilor|Councillor|Chairman)");
  private static final DateTimeFormatter MDY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter MD = DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH);
  private static final DateTimeFormatter MY = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

  private final GeneratorData data;
  private final SplittableRandom rnd;
  private final LocalDate date;
  private final List<Country> countries;
  private final List<Person> people;
  private final Set<Integer> named = new HashSet<>();
  private final Map<Integer, Instrument> instruments = new HashMap<>();
  private final StringBuilder out = new StringBuilder(4096);
  private String hostCity;

  Draft(GeneratorData data, SplittableRandom rnd, LocalDate date, List<Country> countries, List<Person> people) {
    this.data = data;
    this.rnd = rnd;
    this.date = date;
    this.countries = new ArrayList<>(countries);
    this.people = people;
  }

  String text() {
    return out.toString();
  }

  /**
   * Heading, opening, then two to five numbered sections (one short one if {@code small}); one commitment and
   * one instrument at least.
   */
  void compose(boolean small) {
    boolean dmy = rnd.nextBoolean();
    out.append(line(rnd.nextInt(4) == 0 ? "{C0}-{C1} Summit Meeting" : sentence("title").text(), null))
        .append("\n\n");
    out.append((dmy ? DMY : MDY).format(date)).append('\n');
    if (rnd.nextBoolean()) {
      out.append(RecordGenerator.pick(rnd, data.frames("issuer"))).append('\n');
    }
    out.append('\n');
    Sentence opening = sentence("opening");
    for (int tries = 0; tries < 20 && !opening.text().contains("{P0}"); tries++) {
      opening = sentence("opening"); // the opening names the first leader, as real outlines do
    }
    out.append(line(opening.text(), opening.sample()));
    if (!small && rnd.nextBoolean()) {
      Sentence more = sentence("other");
      out.append(' ').append(line(more.text(), more.sample()));
    }
    out.append("\n\n");
    int sections = small ? 1 : 2 + rnd.nextInt(4);
    int commitmentIn = rnd.nextInt(sections);
    int instrumentIn = rnd.nextInt(sections);
    boolean numbered = rnd.nextBoolean();
    Set<String> headings = new HashSet<>();
    for (int s = 1; s <= sections; s++) {
      String heading = line(sentence("heading").text(), null);
      for (int tries = 0; tries < 5 && !headings.add(heading); tries++) {
        heading = line(sentence("heading").text(), null);
      }
      out.append(s).append(". ").append(heading).append("\n\n");
      List<String> paragraphs = new ArrayList<>();
      int n = small ? rnd.nextInt(2) : 2 + rnd.nextInt(4);
      for (int p = 0; p < n; p++) {
        Sentence body = sentence(bodyKind());
        paragraphs.add(line(body.text(), body.sample()));
      }
      if (s - 1 == commitmentIn) {
        paragraphs.add(rnd.nextInt(paragraphs.size() + 1), line(RecordGenerator.pick(rnd, data.frames("commitment")), null));
      }
      if (s - 1 == instrumentIn) {
        String kind = rnd.nextBoolean() ? "signed" : "cited";
        paragraphs.add(rnd.nextInt(paragraphs.size() + 1), line(RecordGenerator.pick(rnd, data.frames(kind)), null));
      }
      for (int p = 0; p < paragraphs.size(); p++) {
        out.append(numbered ? "(" + (p + 1) + ") " : "").append(paragraphs.get(p)).append("\n\n");
      }
    }
  }

  private String bodyKind() {
    int k = rnd.nextInt(20);
    return k < 8 ? "statement" : k < 12 ? "joint" : k < 16 ? "other" : "item";
  }

  private Sentence sentence(String kind) {
    return RecordGenerator.pickSentence(rnd, data, kind);
  }

  /** Fills the slots of one line; {@code sample} says whose participants the P slots are (null: the record's). */
  private String line(String text, String sample) {
    Map<Integer, Integer> who = sample == null ? null : participants(data.cast(sample));
    StringBuilder b = new StringBuilder(text.length() + 64);
    Matcher m = SLOT.matcher(text);
    int last = 0;
    while (m.find()) {
      b.append(text, last, m.start());
      last = m.end();
      if (m.group(1) != null) {
        int p = Integer.parseInt(m.group(1));
        person(b, who == null ? p % people.size() : who.getOrDefault(p, p % people.size()), text.substring(last));
      } else if (m.group(2) != null) {
        country(b, Integer.parseInt(m.group(2)), !m.group(3).isEmpty());
      } else if (m.group(4) != null) {
        b.append(city());
      } else if (m.group(5) != null) {
        Instrument ins = instrument(Integer.parseInt(m.group(5)));
        b.append(ins.year() != null && rnd.nextBoolean() ? ins.year() + " " : "").append(ins.title());
      } else if (m.group(6) != null) {
        b.append((m.group(6).equals("mdy") ? MDY : DMY).format(date.plusDays(Integer.parseInt(m.group(7)))));
      } else if (m.group(8) != null) {
        b.append(MD.format(date.plusDays(Integer.parseInt(m.group(8)))));
      } else if (m.group(9) != null) {
        b.append(MY.format(date.plusMonths(Integer.parseInt(m.group(9)))));
      } else if (m.group(10) != null) {
        b.append(date.getYear() + Integer.parseInt(m.group(10)));
      } else if (m.group(11) != null) {
        b.append(line(RecordGenerator.pick(rnd, data.actions), null));
      } else if (m.group(12) != null) {
        b.append(line(RecordGenerator.pick(rnd, data.frames("deadline")), null));
      } else {
        b.append(line(RecordGenerator.pick(rnd, data.frames("subject")), null));
      }
    }
    b.append(text, last, text.length());
    return b.toString();
  }

  /** The sample's participant i becomes the record's participant of the same country slot, each used once. */
  private Map<Integer, Integer> participants(int[] cast) {
    Map<Integer, Integer> who = new HashMap<>();
    Set<Integer> used = new HashSet<>();
    for (int i = 0; i < cast.length; i++) {
      int chosen = -1;
      for (int r = 0; r < people.size() && chosen < 0; r++) {
        if (!used.contains(r) && people.get(r).country() == cast[i]) {
          chosen = r;
        }
      }
      for (int r = 0; r < people.size() && chosen < 0; r++) {
        if (!used.contains(r)) {
          chosen = r;
        }
      }
      who.put(i, chosen < 0 ? i % people.size() : chosen);
      used.add(who.get(i));
    }
    return who;
  }

  private void person(StringBuilder b, int p, String after) {
    Person person = people.get(p);
    boolean bare = APPOSITIVE.matcher(after).lookingAt() || endsWith(b, "H.E. ") || endsWith(b, "Honorable ");
    if (named.add(p)) {
      b.append(bare ? "" : person.role() + " ").append(person.name());
    } else {
      String surname = person.name().substring(person.name().lastIndexOf(' ') + 1);
      b.append(bare ? "" : person.role().replaceAll(" (?:for|of) .*", "") + " ").append(surname);
    }
  }

  private void country(StringBuilder b, int i, boolean adjective) {
    Country c = country(i);
    if (adjective) {
      b.append(c.adjective());
      return;
    }
    boolean article = ARTICLE.matcher(c.name()).find();
    if (!article && (endsWith(b, "the ") || endsWith(b, "The "))) {
      b.setLength(b.length() - 4);
      if (b.length() == 0) {
        b.append(c.name());  // "The Philippines" lost its article at a sentence start: none needed
        return;
      }
    } else if (article && endsWith(b, " ") && !endsWith(b, "the ") && !endsWith(b, "The ")) {
      b.append("the ");
    }
    b.append(c.name());
  }

  /** The record's country i; slots beyond the cast are other states, drawn once per record. */
  private Country country(int i) {
    while (countries.size() <= i) {
      Country c = data.countries.get(RecordGenerator.pick(rnd, data.countryCodes));
      if (!countries.contains(c)) {
        countries.add(c);
      }
    }
    return countries.get(i);
  }

  /** The first city named is where the meeting is; later ones are cities of the record's states. */
  private String city() {
    if (hostCity == null) {
      hostCity = cityOf(countries.get(rnd.nextInt(Math.min(2, countries.size()))).code());
      return hostCity;
    }
    return cityOf(countries.get(rnd.nextInt(countries.size())).code());
  }

  private String cityOf(String code) {
    List<String> l = data.cities.get(code);
    return l == null || l.isEmpty() ? country(0).name() : RecordGenerator.pick(rnd, l);
  }

  /** Instrument slot k of a record: one the record's first two states are party to if there is one. */
  private Instrument instrument(int k) {
    return instruments.computeIfAbsent(k, x -> {
      List<Instrument> theirs = new ArrayList<>(data.instrumentsOf(countries.get(0).code()));
      theirs.addAll(data.instrumentsOf(countries.get(1).code()));
      theirs.removeIf(ins -> ins.year() != null && ins.year() > date.getYear());  // none cited before it exists
      for (int tries = 0; theirs.isEmpty() && tries < 20; tries++) {
        Instrument any = RecordGenerator.pick(rnd, data.instruments);
        if (any.year() == null || any.year() <= date.getYear()) {
          theirs.add(any);
        }
      }
      return theirs.isEmpty() ? RecordGenerator.pick(rnd, data.instruments) : RecordGenerator.pick(rnd, theirs);
    });
  }

  private static boolean endsWith(StringBuilder b, String s) {
    return b.length() >= s.length() && b.substring(b.length() - s.length()).equals(s);
  }
}
