package org.compendium.extract.commitment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.compendium.model.Person;
import org.compendium.model.Span;
import org.compendium.util.WordSet;

/**
 * Who acts, for one document: resolves a stretch of text (a clause's subject, a possessive, an agent) to the
 * country codes of the states that act. Joint subjects ("the two sides", "both leaders", "they", "we") mean
 * all parties; a state's name or adjective means that state; a participant's mention (or a personal pronoun,
 * read as the nearest participant mentioned before it) means the participant's state. Built per document.
 */
final class Actors {
  /** A subject read from text: whether it names an actor at all, whether it is joint, and the states. */
  /** Who a clause's subject is; {@code stateless}: a person who acts for no state (a UN Secretary-General). */
  record Subject(boolean actor, boolean joint, List<String> codes, boolean stateless) {
    static final Subject NONE = new Subject(false, false, List.of(), false);
  }

  private static final Set<String> FUNCTION = WordSet.of("the", "a", "an", "of", "'s", "and");
  private static final Set<String> HONORIFICS = WordSet.of("mr", "mrs", "ms", "dr", "h.e", "madam");

  private final String text;
  private final List<String> parties;
  private final List<Person> participants;
  private final CountryMentions countries;
  private final CueLexicon lex;
  /** Family name (last word of the canonical name) to state. */
  private final Map<String, String> familyNames = new HashMap<>();

  Actors(String text, List<String> parties, List<Person> participants, CountryMentions countries, CueLexicon lex) {
    this.text = text;
    this.parties = parties;
    this.participants = participants;
    this.countries = countries;
    this.lex = lex;
    for (Person p : participants) {
      String[] words = p.name() == null ? new String[0] : p.name().split("\\s+");
      if (words.length > 1 && p.country() != null) {
        familyNames.putIfAbsent(words[words.length - 1], p.country());
      }
    }
  }

  List<String> parties() {
    return parties;
  }

  /** Reads the subject in {@code toks[from, to)}; only the part after its last comma counts if that names one. */
  Subject subject(List<Token> toks, int from, int to) {
    int last = lastWord(toks, from, to);
    if (last < 0) {
      return Subject.NONE;
    }
    if (toks.get(last).is("and") || toks.get(last).is("but")) {
      // "X welcomes Y and will support ...": the shared subject opens the clause
      int stop = from;
      while (stop < last && (!toks.get(stop).word() || toks.get(stop).capitalized() || FUNCTION.contains(
          toks.get(stop).lower()) || lex.nounIs(toks.get(stop), "ACTOR") || lex.nounIs(toks.get(stop), "JOINT"))) {
        stop++;
      }
      int head = lastWord(toks, from, stop);
      return head < 0 ? Subject.NONE : read(toks, from, stop, head);
    }
    int comma = from;
    for (int k = to - 1; k > from; k--) {
      if (toks.get(k).is(",")) {
        comma = k + 1;
        break;
      }
    }
    Subject s = read(toks, comma, to, last);
    return s.actor() || comma == from ? s : read(toks, from, to, last);
  }

  private Subject read(List<Token> toks, int from, int to, int head) {
    if (from >= to || head < 0) { // no word in the phrase: "by" before punctuation only
      return Subject.NONE;
    }
    Token h = toks.get(head);
    Set<String> codes = new LinkedHashSet<>();
    int start = toks.get(from).start();
    int end = toks.get(to - 1).end();
    boolean headIsState = false;
    for (CountryMentions.Mention m : countries.find(text, start, end)) {
      codes.add(m.code());
      headIsState |= m.span().end() >= h.end() && m.span().start() <= h.start();
    }
    boolean headIsPerson = false;
    boolean stateless = false;
    List<Span> personSpans = new ArrayList<>();
    for (Person p : participants) {
      for (Span s : p.mentions()) {
        if (s.start() >= start && s.end() <= end) {
          if (p.country() != null) {
            codes.add(p.country());
          }
          boolean covers = s.start() <= h.start() && h.end() <= s.end();
          headIsPerson |= covers;
          stateless |= covers && p.country() == null;
          personSpans.add(s);
        }
      }
    }
    boolean joint = false;
    for (int k = from; k < to; k++) {
      Token t = toks.get(k);
      String family = t.capitalized() ? familyNames.get(t.raw()) : null;
      if (family != null) {
        codes.add(family); // a participant named by family name only ("talks with Mori")
        headIsPerson |= k == head;
      }
      if (lex.nounIs(t, "JOINT") && !(t.is("two") && (k + 1 >= to || !toks.get(k + 1).word()))) {
        joint = true;
      } else if (lex.nounIs(t, "PERSON") && personSpans.stream().noneMatch(x -> x.start() <= t.start()
          && t.end() <= x.end())) {
        String code = personBefore(t.start()); // a title the participants layer did not link: the last person named
        if (code != null) {
          codes.add(code);
        }
      }
    }
    boolean plural = lex.nounIs(h, "ACTOR") && h.lower().endsWith("s") && codes.isEmpty();
    boolean actor = headIsState || headIsPerson || joint || lex.nounIs(h, "ACTOR") || lex.nounIs(h, "PERSON")
        || lex.nounIs(h, "JOINT") || namedPerson(toks, from, head)
        || h.is("its") && !codes.isEmpty(); // "India reiterated its readiness": the state named before
    if (joint || plural) {
      codes.addAll(parties);
    }
    // two named states acting together ("Japan and the EU will ...") are a joint subject too
    boolean pair = codes.size() > 1 && nounPhrase(toks, from, to);
    return new Subject(actor, joint || plural || pair, List.copyOf(codes), stateless && codes.isEmpty());
  }

  /** Whether {@code toks[from, to)} is only names, actor nouns and "the", "of", "and" (no verb). */
  private boolean nounPhrase(List<Token> toks, int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = toks.get(k);
      if (t.word() && !t.capitalized() && !FUNCTION.contains(t.lower()) && !lex.nounIs(t, "ACTOR")
          && !lex.nounIs(t, "JOINT")) {
        return false;
      }
    }
    return true;
  }

  /** Whether the last word of {@code toks[from, to)} ends the name of a state ("Japan", "the Russian Federation"). */
  boolean namesState(List<Token> toks, int from, int to) {
    int last = lastWord(toks, from, to);
    if (last < 0) {
      return false;
    }
    int end = toks.get(last).end();
    return countries.find(text, toks.get(from).start(), end).stream().anyMatch(m -> m.span().end() == end);
  }

  /** A capitalized name after an honorific or a title ("Mr. Lavrov", "President Putin", "Chairman Kim"). */
  private boolean namedPerson(List<Token> toks, int from, int head) {
    if (!toks.get(head).capitalized()) {
      return false;
    }
    for (int k = head - 1; k >= from && k >= head - 4; k--) {
      Token t = toks.get(k);
      if (HONORIFICS.contains(t.lower()) || (t.capitalized() && lex.nounIs(t, "ACTOR"))) {
        return true;
      }
      if (t.word() && !t.capitalized()) {
        return false;
      }
    }
    return false;
  }

  /** The state of the participant whose mention covers or most nearly precedes {@code pos}, or null. */
  String personBefore(int pos) {
    Person best = null;
    int bestEnd = -1;
    for (Person p : participants) {
      for (Span s : p.mentions()) {
        if (s.start() <= pos && s.end() > bestEnd && (s.end() <= pos || s.start() == pos)) {
          best = p;
          bestEnd = s.end();
        }
      }
    }
    return best == null ? null : best.country();
  }

  /** States named by an agent phrase "by X" inside {@code toks[from, to)}, or an empty list. */
  List<String> agent(List<Token> toks, int from, int to) {
    for (int k = from; k < to - 1; k++) {
      if (toks.get(k).is("by")) {
        int end = k + 1;
        while (end < to && end < k + 9 && !toks.get(end).is(",") && !toks.get(end).is(";")) {
          end++;
        }
        Subject s = read(toks, k + 1, end, lastWord(toks, k + 1, end));
        if (!s.codes().isEmpty()) {
          return s.codes();
        }
      }
    }
    return List.of();
  }

  /** Every state named in {@code toks[from, to)} (names, adjectives, participants), or all parties if joint. */
  List<String> mentioned(List<Token> toks, int from, int to) {
    int last = lastWord(toks, from, to);
    return last < 0 ? List.of() : read(toks, from, to, last).codes();
  }

  /** States met with: "hold talks with Mori", "meet with the Indian side" ({@code toks[action, to)}). */
  List<String> partners(List<Token> toks, int action, int to) {
    boolean meeting = toks.get(action).lower().startsWith("meet");
    for (int k = action + 1; k < to && k <= action + 8; k++) {
      Token t = toks.get(k);
      meeting |= lex.nounIs(t, "EVENT");
      if (t.is("with") && meeting) {
        int end = k + 1;
        while (end < to && end < k + 7 && (toks.get(end).word() || toks.get(end).is("."))
            && !toks.get(end).is("at") && !toks.get(end).is("on") && !toks.get(end).is("in")) {
          end++;
        }
        return mentioned(toks, k + 1, end);
      }
      if (!t.word() && !t.is("-")) {
        break;
      }
    }
    return List.of();
  }

  /** The state a visit named in {@code toks[from, to)} goes to ("visit Japan", "a visit to Russia"), or null. */
  String visitDestination(List<Token> toks, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = toks.get(k).lower();
      if (w.startsWith("visit") || w.equals("trip") || w.equals("travel")) {
        int d = k + 1;
        if (d < to && toks.get(d).is("to")) {
          d++;
        }
        int end = Math.min(to, d + 4);
        List<CountryMentions.Mention> ms = end > d
            ? countries.find(text, toks.get(d).start(), toks.get(end - 1).end()) : List.of();
        if (!ms.isEmpty() && ms.get(0).span().start() <= toks.get(Math.min(d + 1, end - 1)).start()) {
          return ms.get(0).code();
        }
      }
    }
    return null;
  }

  /**
   * The two parties of the nearest "A-B" pair ("the Japan-Russia Summit Meeting") in the 600 characters before
   * {@code pos}: which two of several parties "the two leaders" are. Empty if none.
   */
  List<String> pairBefore(int pos) {
    int paragraph = text.lastIndexOf("\n\n", pos);
    List<CountryMentions.Mention> ms = countries.find(text, Math.max(Math.max(0, pos - 600), paragraph), pos);
    for (int i = ms.size() - 1; i > 0; i--) {
      CountryMentions.Mention a = ms.get(i - 1);
      CountryMentions.Mention b = ms.get(i);
      if (b.span().start() == a.span().end() + 1 && text.charAt(a.span().end()) == '-'
          && !a.code().equals(b.code()) && parties.contains(a.code()) && parties.contains(b.code())) {
        return List.of(a.code(), b.code());
      }
    }
    return List.of();
  }

  static int lastWord(List<Token> toks, int from, int to) {
    for (int k = to - 1; k >= from; k--) {
      Token t = toks.get(k);
      if (t.word() && !t.adverb()) {
        return k;
      }
    }
    return -1;
  }

  static List<String> union(List<String> a, List<String> b) {
    Set<String> s = new LinkedHashSet<>(a);
    s.addAll(b);
    return new ArrayList<>(s);
  }
}
