package org.compendium.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.compendium.model.Person;
import org.compendium.model.Span;
import org.compendium.model.Statement;
import org.compendium.resolve.Countries;
import org.compendium.util.WordSet;

/**
 * Reads a speaker phrase (the subject before a reporting verb) as a speaker value: a participant's canonical
 * name, a country code ("the Japanese side", "Russia"), or {@code joint} ("the two leaders", "both sides",
 * "X and Y", "they", "we"). Persons come from the participants layer (their mention spans); when it has no
 * mention there, a family name or a bare title ("the Russian President") is matched against the
 * participants, and with no participants at all the name is completed from the longest name run in the text.
 *
 * <p>One instance per document (it remembers the last person speaker and the first-person speaker); not
 * shared between threads.
 */
final class Speakers {
  /** What a phrase resolved to. */
  enum Kind { PERSON, COUNTRY, JOINT, FIRST_PERSON }

  record Speaker(String value, Kind kind) {}

  private static final Set<String> LEADING = WordSet.of("and", "but", "then", "also", "so", "in", "which", "where",
      "wherein", "whereupon", "while", "as", "when", "after", "before", "whom", "thus", "however", "moreover",
      "furthermore", "further", "meanwhile", "there", "here", "at", "with", "to", "of", "by", "whereas", "that",
      "subsequently", "finally", "first", "second", "lastly", "again", "once", "today", "yesterday", "later");
  private static final Set<String> SUBORDINATORS = WordSet.of("as", "and", "while", "when", "because", "since",
      "after", "before", "that", "but", "where", "if", "so");
  private static final Pattern WS = Pattern.compile("\\s+");
  private static final Set<String> DETERMINERS = WordSet.of("the", "both", "all", "each", "two", "three", "four",
      "its", "their", "his", "her", "our", "this", "these", "a", "an");

  private final String text;
  private final List<Person> participants;
  /** Each participant's name cut at spaces, once per document (when first needed). */
  private final String[][] participantWords;
  private final Countries countries;
  private final StatementLexicon lex;
  private Map<String, String> nameRuns;
  private String lastPerson;
  private String firstPerson;
  private String sentencePerson;

  /** Every participant mention, sorted by start, for lookups by offset. */
  private record Mention(Span span, Person person) {}

  private final List<Mention> mentions = new ArrayList<>();

  Speakers(String text, List<Person> participants, Countries countries, StatementLexicon lex) {
    this.text = text;
    this.participants = participants;
    this.participantWords = new String[participants.size()][];
    this.countries = countries;
    this.lex = lex;
    for (Person p : participants) {
      for (Span m : p.mentions()) {
        mentions.add(new Mention(m, p));
      }
    }
    mentions.sort((a, b) -> a.span().compareTo(b.span()));
  }

  /** Index of the first mention starting at or after {@code offset}. */
  private int firstMentionFrom(int offset) {
    int lo = 0;
    int hi = mentions.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (mentions.get(mid).span().start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  void setFirstPerson(String name) {
    this.firstPerson = name;
  }

  String firstPerson() {
    return firstPerson;
  }

  /** Starts a sentence: forgets the previous sentence's in-sentence speaker. */
  void startSentence() {
    sentencePerson = null;
  }

  /** A person who speaks earlier in the current sentence: the first choice for a later "he". */
  void noteSentenceSpeaker(Speaker s) {
    if (s != null && s.kind() == Kind.PERSON) {
      sentencePerson = s.value();
    }
  }

  void noteSpeaker(Speaker s) {
    if (s != null && s.kind() == Kind.PERSON) {
      lastPerson = s.value();
    }
  }

  /** The speaker named by tokens [from, to) of {@code toks}, or null when the phrase names none. */
  Speaker resolve(List<Token> toks, int from, int to) {
    List<Token> p = new ArrayList<>();
    int depth = 0;
    for (int i = from; i < to; i++) {
      Token t = toks.get(i);
      if (t.is("(") || t.is("[")) {
        depth++;
      } else if (t.is(")") || t.is("]")) {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && !t.is("\"") && !t.is("\u201c") && !t.is("\u201d")) {
        p.add(t);
      }
    }
    while (!p.isEmpty() && (LEADING.contains(p.get(0).lower()) || p.get(0).is(","))) {
      p.remove(0);
    }
    while (!p.isEmpty() && p.get(p.size() - 1).is(",")) {
      p.remove(p.size() - 1);
    }
    if (p.isEmpty() || p.size() > 14) {
      return null;
    }
    return resolvePhrase(p, toks, from);
  }

  private Speaker resolvePhrase(List<Token> p, List<Token> sentence, int sentenceFrom) {
    Token lastTok = p.get(p.size() - 1);
    boolean joinedPronoun = p.size() > 1 && p.get(p.size() - 2).is("and");
    if (isPronoun(lastTok.lower()) && !joinedPronoun) {
      // "In the field of business partnership we": the pronoun is the subject.
      return pronoun(lastTok, sentence);
    }
    // "X and Y": both parties, or one party named twice.
    List<List<Token>> parts = splitOnAnd(p);
    if (parts.size() > 1) {
      String value = null;
      boolean all = true;
      boolean same = true;
      for (List<Token> part : parts) {
        Speaker s = part.isEmpty() ? null : resolvePhrase(part, sentence, sentenceFrom);
        if (s == null) {
          all = false;
          break;
        }
        String v = s.kind() == Kind.FIRST_PERSON ? "I" : s.value();
        same &= value == null || value.equals(v);
        value = v;
      }
      if (all) {
        if (same && !value.equals("I")) {
          return new Speaker(value, Kind.PERSON);
        }
        String side = oneSide(parts, sentence, sentenceFrom);
        return side != null ? new Speaker(side, Kind.COUNTRY) : new Speaker(Statement.JOINT, Kind.JOINT);
      }
    }
    if (isGroup(p)) {
      return new Speaker(Statement.JOINT, Kind.JOINT);
    }
    String country = country(p);
    if (country != null) {
      return new Speaker(country, Kind.COUNTRY);
    }
    String person = person(p);
    return person == null ? null : new Speaker(person, Kind.PERSON);
  }

  /** The one state that every part of "X and Y" represents ("Messrs. A and B" of one delegation), or null. */
  private String oneSide(List<List<Token>> parts, List<Token> sentence, int sentenceFrom) {
    String code = null;
    for (List<Token> part : parts) {
      Speaker s = resolvePhrase(part, sentence, sentenceFrom);
      String c = s.kind() == Kind.COUNTRY ? s.value() : s.kind() == Kind.PERSON ? countryOf(s.value()) : null;
      if (c == null || code != null && !code.equals(c)) {
        return null;
      }
      code = c;
    }
    return code;
  }

  private String countryOf(String name) {
    for (Person p : participants) {
      if (p.name().equals(name)) {
        return p.country();
      }
    }
    return null;
  }

  static boolean isFunctionWord(String lower) {
    return DETERMINERS.contains(lower) || LEADING.contains(lower);
  }

  private static boolean isPronoun(String w) {
    return switch (w) {
      case "he", "she", "they", "we", "i", "it" -> true;
      default -> false;
    };
  }

  private Speaker pronoun(Token t, List<Token> sentence) {
    switch (t.lower()) {
      case "i" -> {
        String fp = firstPerson != null ? firstPerson : mentionAt(t);
        return fp == null ? null : new Speaker(fp, Kind.FIRST_PERSON);
      }
      case "we", "they" -> {
        return new Speaker(Statement.JOINT, Kind.JOINT);
      }
      case "he", "she" -> {
        // The sentence's own subject, then the last person who spoke or opened a sentence, then coreference.
        String s = sentencePerson;
        if (s == null) {
          s = sentenceSubject(sentence, t);
        }
        if (s == null) {
          s = lastPerson;
        }
        if (s == null) {
          s = mentionAt(t);
        }
        return s == null ? null : new Speaker(s, Kind.PERSON);
      }
      default -> {
        return null;
      }
    }
  }

  /** How many tokens at most name the person who opens a sentence. */
  static final int SUBJECT_TOKENS = 8;

  /**
   * Remembers the person who opens a sentence ("Prime Minister X met ..."), for a "he" that follows. Reads only
   * the first {@link #SUBJECT_TOKENS} tokens, so the caller may pass just those.
   */
  void noteSentenceSubject(List<Token> sentence) {
    if (!sentence.isEmpty()) {
      Token end = sentence.get(sentence.size() - 1);
      String s = sentenceSubject(sentence, new Token("", "", end.end(), end.end()));
      if (s != null) {
        lastPerson = s;
      }
    }
  }

  /** The person that opens the sentence before {@code pronoun}, if any ("X gained ... as he expressed"). */
  private String sentenceSubject(List<Token> sentence, Token pronoun) {
    int at = 0;
    while (at < sentence.size() && sentence.get(at).start() < pronoun.start()) {
      at++;
    }
    if (at > 0 && at < sentence.size() && !SUBORDINATORS.contains(sentence.get(at - 1).lower())) {
      return null; // ", he said": an inserted report names someone else than the clause's subject
    }
    int k = 0;
    while (k < sentence.size() && k < SUBJECT_TOKENS && sentence.get(k).start() < pronoun.start()
        && (sentence.get(k).isCapitalized() || sentence.get(k).is("."))) {
      k++;
    }
    return k == 0 ? null : person(sentence.subList(0, k));
  }

  private String mentionAt(Token t) {
    int i = firstMentionFrom(t.start() + 1) - 1;
    for (int k = i; k >= 0 && k > i - 8; k--) {
      Span m = mentions.get(k).span();
      if (m.start() <= t.start() && t.end() <= m.end()) {
        return mentions.get(k).person().name();
      }
    }
    return null;
  }

  private static List<List<Token>> splitOnAnd(List<Token> p) {
    List<List<Token>> parts = new ArrayList<>();
    List<Token> cur = new ArrayList<>();
    for (Token t : p) {
      if (t.is("and") || t.is("&")) {
        parts.add(cur);
        cur = new ArrayList<>();
      } else {
        cur.add(t);
      }
    }
    parts.add(cur);
    return parts;
  }

  private boolean isGroup(List<Token> p) {
    for (int g = 0; g < p.size() && g < 5; g++) {
      Token t = p.get(g);
      if (lex.isGroup(t.lower())) {
        return g == p.size() - 1 || p.get(g + 1).is("of");
      }
      if (t.isCapitalized() && g > 0 && !lex.isTitle(t.lower()) && countries.byNameOrAdjective(t.text()).isEmpty()) {
        return false;
      }
    }
    return false;
  }

  /** "the Japanese side", "Japan", "the Government of Japan", "the Russian Federation". */
  private String country(List<Token> p) {
    List<Token> q = new ArrayList<>(p);
    if (!q.isEmpty() && q.get(0).is("the")) {
      q.remove(0);
    }
    if (q.isEmpty()) {
      return null;
    }
    if (q.size() >= 3 && lex.isSide(q.get(0).lower()) && q.get(1).is("of")) {
      return countryCode(q.subList(2, q.size()), false);
    }
    if (q.size() >= 2 && lex.isSide(q.get(q.size() - 1).lower())) {
      return countryCode(q.subList(0, q.size() - 1), true);
    }
    return countryCode(q, false);
  }

  private String countryCode(List<Token> q, boolean adjectiveAllowed) {
    if (q.isEmpty() || !q.get(0).isCapitalized()) {
      return null;
    }
    String phrase = join(q);
    Optional<Countries.Country> c = adjectiveAllowed ? countries.byNameOrAdjective(phrase) : countries.byName(phrase);
    if (c.isEmpty() && phrase.endsWith(".") == false) {
      c = adjectiveAllowed ? countries.byNameOrAdjective(phrase + ".") : countries.byName(phrase + ".");
    }
    return c.map(Countries.Country::code).orElse(null);
  }

  private String join(List<Token> q) {
    return text.substring(q.get(0).start(), q.get(q.size() - 1).end());
  }

  /** A person named by the phrase: a participant mention, a family name, a bare title, or a name run. */
  /** A person phrase's parts: title words, a country adjective, the name words. */
  private record Shape(List<String> titles, String country, List<Token> name) {}

  /** Reads determiners, titles and country adjectives, then capitalized name words; null for anything else. */
  private Shape shape(List<Token> p) {
    List<Token> name = new ArrayList<>();
    List<String> titleWords = new ArrayList<>();
    String countryCode = null;
    for (Token t : p) {
      if (t.is(".")) {
        continue; // "Vassily A. Nebenzia", "Mr. Kono"
      }
      String w = t.lower().replace(".", "");
      if (name.isEmpty() && (DETERMINERS.contains(w) || w.equals("of") || w.equals("for"))) {
        continue;
      }
      if (name.isEmpty() && (lex.isTitle(w) || lex.isTitle(t.lower()))) {
        titleWords.add(w);
        continue;
      }
      if (name.isEmpty() && t.isCapitalized()) {
        Optional<Countries.Country> c = countries.byNameOrAdjective(t.text()); // "President of Finland X"
        if (c.isPresent()) {
          countryCode = c.get().code();
          continue;
        }
      }
      if (!t.isCapitalized() || t.isPossessive() || lex.isTitle(w)) {
        return null;
      }
      name.add(t);
    }
    return name.size() > 4 ? null : new Shape(titleWords, countryCode, name);
  }

  /** A person named by the phrase: a bare title, a participant mention, a family name, or a name run. */
  private String person(List<Token> p) {
    Shape shape = shape(p);
    if (shape != null && shape.name().isEmpty() && !shape.titles().isEmpty()) {
      // A bare title ("the Prime Minister") is read against the roles first: coreference may have guessed.
      String byRole = byRole(shape.titles(), shape.country());
      if (byRole != null) {
        return byRole;
      }
    }
    Span span = new Span(p.get(0).start(), p.get(p.size() - 1).end());
    for (int k = firstMentionFrom(span.start()); k < mentions.size(); k++) {
      Span m = mentions.get(k).span();
      if (m.start() >= span.end()) {
        break;
      }
      if (m.end() >= span.end() && !possessiveAt(p, m)) {
        return mentions.get(k).person().name();
      }
    }
    if (shape == null || shape.name().isEmpty()) {
      return null;
    }
    if (shape.titles().isEmpty() && shape.name().size() == 1 && participants.isEmpty()) {
      return null;
    }
    String known = byName(shape.name());
    if (known == null && !shape.titles().isEmpty()) {
      return complete(shape.name()); // a titled person the participants layer missed
    }
    return known;
  }

  private static boolean possessiveAt(List<Token> p, Span m) {
    for (Token t : p) {
      if (t.end() == m.end() || (t.start() < m.end() && m.end() <= t.end())) {
        return t.isPossessive();
      }
    }
    return false;
  }

  /** The one participant whose role holds the longest tail of the title words ("mr prime minister"). */
  private String byRole(List<String> titleWords, String countryCode) {
    for (int from = 0; from < titleWords.size(); from++) {
      String title = String.join(" ", titleWords.subList(from, titleWords.size()));
      String found = null;
      boolean ambiguous = false;
      for (Person person : participants) {
        if (person.role() == null || !(" " + person.role().toLowerCase(Locale.ROOT) + " ").contains(" " + title + " ")) {
          continue;
        }
        if (countryCode != null && person.country() != null && !countryCode.equals(person.country())) {
          continue;
        }
        ambiguous |= found != null && !found.equals(person.name());
        found = person.name();
      }
      if (ambiguous) {
        return null;
      }
      if (found != null) {
        return found;
      }
    }
    if (participants.size() == 1 && participants.get(0).role() == null) {
      return participants.get(0).name(); // the only participant, whose role the text did not give
    }
    return null;
  }

  private String byName(List<Token> name) {
    String family = name.get(name.size() - 1).text();
    String first = name.get(0).text();
    // Family name last ("Yoshiro Mori") or first ("Kim Dae-jung"): either end of a known name.
    for (int i = 0; i < participants.size(); i++) {
      String[] words = participantWords[i];
      if (words == null) {
        words = participantWords[i] = WS.split(participants.get(i).name());
      }
      if (words[words.length - 1].equalsIgnoreCase(family) || words[0].equalsIgnoreCase(first)) {
        return participants.get(i).name();
      }
    }
    return participants.isEmpty() ? complete(name) : null;
  }

  /** The longest name run in the text that ends with this family name, else the name as written. */
  private String complete(List<Token> name) {
    if (nameRuns == null) {
      nameRuns = NameRuns.of(text, lex, countries);
    }
    String run = nameRuns.get(name.get(name.size() - 1).lower());
    return run != null && run.split(" ").length > name.size() ? run : join(name);
  }
}
