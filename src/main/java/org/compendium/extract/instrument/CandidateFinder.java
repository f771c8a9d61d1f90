package org.compendium.extract.instrument;

import static org.compendium.extract.instrument.InstrumentCues.COMPOUND;
import static org.compendium.extract.instrument.InstrumentCues.CONNECTOR;
import static org.compendium.extract.instrument.InstrumentCues.DETERMINER;
import static org.compendium.extract.instrument.InstrumentCues.FUTURE;
import static org.compendium.extract.instrument.InstrumentCues.HEAD;
import static org.compendium.extract.instrument.InstrumentCues.INNER;
import static org.compendium.extract.instrument.InstrumentCues.MONTH;
import static org.compendium.extract.instrument.InstrumentCues.PARTY;
import static org.compendium.extract.instrument.InstrumentCues.PLANNED_NOUN;
import static org.compendium.extract.instrument.InstrumentCues.PLURAL_PARTY;
import static org.compendium.extract.instrument.InstrumentCues.PREPOSITION;
import static org.compendium.extract.instrument.InstrumentCues.REJECT_MODIFIER;
import static org.compendium.extract.instrument.InstrumentCues.SIGN_BASE;
import static org.compendium.extract.instrument.InstrumentCues.SIGN_NOUN;
import static org.compendium.extract.instrument.InstrumentCues.SIGN_PAST;
import static org.compendium.extract.instrument.InstrumentCues.STOP;
import static org.compendium.extract.instrument.InstrumentCues.TIME;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.compendium.resolve.InstrumentRegistry;
import org.compendium.resolve.InstrumentWords;
import org.compendium.util.WordTokens;
import org.compendium.util.WordTokens.Token;
import org.compendium.util.WordTokens.Type;

/**
 * Finds possible instrument mentions in a token stream: noun phrases headed by an instrument noun ("Treaty",
 * "Joint Statement", "memorandum"), with the modifiers before the head (proper names, hyphenated pairs,
 * subject nouns), a date or year before them ("the 1993 ...", "the November 13, 2001 ..."), the subject after
 * the head ("on ...", "of ...", "between ..."), a trailing date ("of 1998"), and registry aliases printed
 * verbatim ("CTBT", "Six-Party Joint Statement"). Whether a candidate really names an instrument is decided
 * later; this class only measures. Limits: no part-of-speech tagging, so verbs are recognised by cue lists and
 * the "-ed" ending; a subject stops at commas, so "on the islands of A, B and C" keeps only "A".
 */
final class CandidateFinder {
  private static final int MAX_PREMODS = 8;
  private static final int MAX_SUBJECT = 30;
  private static final int MIN_HEADLINE_WORDS = 5;
  // A headline is short; a longer line is body text, and bounding the scan keeps a huge one-line file linear.
  private static final int MAX_HEADLINE_TOKENS = 120;

  private final InstrumentCues cues;
  private final InstrumentWords words;
  private final InstrumentRegistry registry;
  /** By id in the cues' vocabulary: does a registry phrase start with this word? (Interned here.) */
  private final boolean[] phraseFirst;

  CandidateFinder(InstrumentCues cues, InstrumentRegistry registry) {
    this.cues = cues;
    this.registry = registry;
    this.words = registry.words();
    List<Integer> ids = new ArrayList<>();
    for (String w : registry.phraseFirstWords()) {
      ids.add(cues.vocabulary().intern(w));
    }
    this.phraseFirst = new boolean[ids.stream().mapToInt(Integer::intValue).max().orElse(-1) + 1];
    for (int id : ids) {
      phraseFirst[id] = true;
    }
  }

  /** Head-noun candidates, in text order. */
  List<Candidate> heads(String text, List<Token> toks) {
    return heads(text, toks, new HashMap<>());
  }

  /**
   * Head-noun candidates, in text order; {@code names} keeps the identifying words of each name met in this
   * document (a name is often printed many times), shared read-only by the candidates.
   */
  List<Candidate> heads(String text, List<Token> toks, Map<String, Set<String>> names) {
    List<Candidate> out = new ArrayList<>();
    for (int h = 0; h < toks.size(); h++) {
      Token t = toks.get(h);
      if (!t.isWord()) {
        continue;
      }
      InstrumentCues.Head head = cues.head(t);
      if (head == null || insideLongerName(toks, h) || modifierOfNoun(toks, h)) {
        continue;
      }
      out.add(build(text, toks, h, head, names));
    }
    return out;
  }

  /** Registry aliases printed verbatim, longest match at each position, in text order. */
  List<Candidate> phrases(String text, List<Token> toks) {
    return phrases(text, toks, new HashMap<>());
  }

  /** Registry aliases as above; {@code names} as for {@link #heads(String, List, Map)}. */
  List<Candidate> phrases(String text, List<Token> toks, Map<String, Set<String>> names) {
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < toks.size(); i++) {
      Token t = toks.get(i);
      if (t.type() == Type.PUNCT || (t.id() >= 0 && (t.id() >= phraseFirst.length || !phraseFirst[t.id()]))) {
        continue; // no phrase starts with this word (known by id without hashing it)
      }
      String next = i + 1 < toks.size() ? toks.get(i + 1).lower() : null;
      for (InstrumentRegistry.Phrase p : registry.phrasesStartingWith(t.lower(), next)) {
        int end = match(toks, i, p);
        if (end < 0 || insideLongerName(toks, end) || (continuesName(toks, i) && !titleCaseLine(toks, i))) {
          continue;
        }
        Token last = toks.get(end);
        String name = text.substring(t.start(), last.end());
        out.add(new Candidate(i, end, end, t.start(), last.end(), name, null, null, true, true, false, true, false,
            true, false, false, false, false, false, false, last.end() >= text.length() - 1, false, false,
            startsLine(toks, i), 0, 0, nameWords(name, names), p.entry()));
        i = end;
        break;
      }
    }
    return out;
  }

  private static int match(List<Token> toks, int i, InstrumentRegistry.Phrase p) {
    List<String> pt = p.caseSensitive() ? p.tokens() : p.lowerTokens();
    if (i + pt.size() > toks.size()) {
      return -1;
    }
    for (int k = 0; k < pt.size(); k++) {
      Token t = toks.get(i + k);
      if (k > 0 && t.blankLineBefore()) {
        return -1;
      }
      boolean same = p.caseSensitive() ? t.text().equals(pt.get(k)) : t.lower().equals(pt.get(k));
      if (!same) {
        return -1;
      }
    }
    return i + pt.size() - 1;
  }

  /** A capitalized word right after position {@code i} on the same line continues a longer proper name. */
  private boolean insideLongerName(List<Token> toks, int i) {
    if (i + 1 >= toks.size()) {
      return false;
    }
    Token next = toks.get(i + 1);
    if (next.newlineBefore() || !next.isWord() || !next.capitalized()) {
      return false;
    }
    String l = next.lower();
    if (cues.is(CONNECTOR | INNER | PREPOSITION | HEAD | MONTH | DETERMINER, next)) {
      return false;
    }
    // "Japan-Korea Friendship Year 2005", "Treaty Organization": the head is only part of a name
    return !allCaps(toks.get(i)) || !allCaps(next);
  }

  /** "treaty negotiations", "charter flight": a lower-case head followed by a noun it modifies. */
  private boolean modifierOfNoun(List<Token> toks, int h) {
    if (toks.get(h).capitalized() || h + 1 >= toks.size()) {
      return false;
    }
    Token next = toks.get(h + 1);
    return !next.newlineBefore() && next.isWord() && !next.capitalized() && cues.is(COMPOUND, next);
  }

  /** An alias preceded on its line by a capitalized non-function word is part of a longer name. */
  private boolean continuesName(List<Token> toks, int i) {
    if (i == 0 || toks.get(i).newlineBefore()) {
      return false;
    }
    Token prev = toks.get(i - 1);
    if (!prev.isWord() || !prev.capitalized()) {
      return false;
    }
    String l = prev.lower();
    return !(cues.is(DETERMINER | PREPOSITION | CONNECTOR | STOP | SIGN_PAST | SIGN_BASE, prev) || l.endsWith("ed")
        || allCaps(prev));
  }

  /** Is the line of token {@code i} in title case (nearly every longer word capitalized, as in a headline)? */
  boolean titleCaseLine(List<Token> toks, int i) {
    int from = i;
    while (from > 0 && !toks.get(from).newlineBefore()) {
      from--;
      if (i - from > MAX_HEADLINE_TOKENS) {
        return false;
      }
    }
    int words = 0;
    int caps = 0;
    for (int j = from; j < toks.size() && (j == from || !toks.get(j).newlineBefore()); j++) {
      if (j - from > MAX_HEADLINE_TOKENS) {
        return false;
      }
      Token t = toks.get(j);
      if (!t.isWord() || cues.is(PREPOSITION | DETERMINER, t)) {
        continue;
      }
      words++;
      if (t.capitalized()) {
        caps++;
      }
    }
    return words >= MIN_HEADLINE_WORDS && caps * 10 >= words * 9;
  }

  private static boolean allCaps(Token t) {
    return t.text().length() > 1 && t.text().equals(t.text().toUpperCase(Locale.ROOT));
  }

  private Set<String> nameWords(String name, Map<String, Set<String>> names) {
    return names.computeIfAbsent(name, n -> Collections.unmodifiableSet(words.words(n)));
  }

  private Candidate build(String text, List<Token> toks, int h, InstrumentCues.Head head,
      Map<String, Set<String>> names) {
    Token ht = toks.get(h);
    // modifiers before the head, right to left
    int first = h;
    int j = h - 1;
    int count = 0;
    while (j >= 0 && count < MAX_PREMODS) {
      Token t = toks.get(j);
      if (toks.get(j + 1).newlineBefore()) {
        break;
      }
      if (t.type() == Type.PUNCT) {
        boolean possessive = (t.text().equals("'") || t.text().equals("\u2019")) && j > 0
            && toks.get(j - 1).isWord() && toks.get(j - 1).lower().endsWith("s") && t.start() == toks.get(j - 1).end();
        if (!possessive) {
          break;
        }
        first = j--;
        continue;
      }
      if (t.type() == Type.NUMBER) {
        if (isYear(t) || !toks.get(j + 1).capitalized()) {
          break;
        }
        first = j--; // "G 8", "Agenda 21"-like numbers inside a name
        continue;
      }
      String l = t.lower();
      if (l.equals("and") && first < h && j >= 1 && ht.capitalized() && toks.get(j + 1).capitalized()
          && toks.get(j - 1).capitalized() && premodWord(toks.get(j - 1))) {
        first = j--; // "Communications Compatibility and Security Agreement"
        continue;
      }
      if (l.equals("and") && first < h && j >= 1 && conjunct(toks, j)) {
        first = j - 1;
        j -= 2;
        break;
      }
      if (!premodWord(t) || (!ht.capitalized() && possessive(t))) {
        break; // "the Council's programme" is its programme, not a title
      }
      first = j--;
      count++;
    }
    // a date or year before the modifiers
    Integer year = null;
    int spanFirst = first;
    int k = first - 1;
    if (k >= 0 && isYear(toks.get(k)) && !toks.get(k + 1).newlineBefore()) {
      year = Integer.valueOf(toks.get(k).text());
      int d = dateStartBefore(toks, k);
      spanFirst = d;
      k = d - 1;
    }
    String determiner = k >= 0 && toks.get(k).isWord() && cues.is(DETERMINER, toks.get(k))
        ? toks.get(k).lower() : null;

    // the subject after the head
    int last = h;
    List<int[]> skips = new ArrayList<>();
    int complementStart = -1;
    if (h + 1 < toks.size() && opensSubject(toks, h + 1)) {
      complementStart = h + 1;
      last = subjectEnd(toks, h + 1, skips);
      if (last <= h) {
        complementStart = -1;
        last = h;
        skips.clear();
      }
    }
    // a trailing date: "of 1998", "of 13 October 1993", "(1998)"
    if (year == null) {
      year = trailingYear(toks, last + 1);
    }
    // "Joint Declaration by X and Y on Z": the title is "Joint Declaration on Z"
    boolean byOnly = false;
    if (complementStart >= 0 && toks.get(complementStart).is("by")) {
      int on = -1;
      for (int i = complementStart + 1; i <= last; i++) {
        String l = toks.get(i).lower();
        if (l.equals("on") || l.equals("concerning") || l.equals("regarding") || l.equals("for")) {
          on = i;
          break;
        }
      }
      if (on > 0) {
        skips.add(new int[] {complementStart, on - 1});
      } else {
        byOnly = true;
      }
    }
    String name = name(text, toks, first, last, skips);
    Token lastTok = toks.get(last);

    boolean proper = false;
    boolean countryOnly = true;
    boolean distinctPremod = false;
    boolean joint = false;
    boolean rejected = false;
    for (int i = first; i < h; i++) {
      Token t = toks.get(i);
      if (!t.isWord()) {
        continue;
      }
      String l = t.lower();
      joint |= l.equals("joint");
      rejected |= possessive(t) && !t.text().equals("'s"); // "Mexico's National Development Plan": one side's own
      // "Joint Press Statement": what both sides issue together is a document, not one side's press item
      rejected |= cues.is(REJECT_MODIFIER, t) && !joint;
      boolean generic = words.isGeneric(l) || words.isHead(l) || cues.is(PARTY, t);
      if (!generic) {
        distinctPremod = true;
        if (t.capitalized()) {
          proper = true;
          countryOnly &= isCountryWord(t.text());
        }
      }
    }
    boolean distinctComplement = false;
    boolean properComplement = false;
    boolean plural = false;
    if (complementStart >= 0) {
      for (int i = complementStart; i <= last; i++) {
        Token t = toks.get(i);
        if (!t.isWord() || skipped(skips, i)) {
          continue;
        }
        String l = t.lower();
        if (!(cues.is(CONNECTOR | INNER | DETERMINER | PARTY, t)
            || words.isGeneric(l) || words.isStop(l))) {
          distinctComplement = true;
          properComplement |= t.capitalized();
        }
        plural |= cues.is(PLURAL_PARTY, t);
      }
    }
    boolean statement = ht.lower().startsWith("statement") && (!ht.capitalized() || (!joint && !proper));
    boolean singleSpeaker = statement && complementStart >= 0
        && (toks.get(complementStart).is("by") || toks.get(complementStart).is("of")) && !plural;
    boolean lineStart = startsLine(toks, spanFirst);
    int premodWords = 0;
    for (int i = first; i < h; i++) {
      if (toks.get(i).isWord() && !toks.get(i).is("and") && !toks.get(i).is("joint")) {
        premodWords++;
      }
    }
    int subjectWords = 0;
    for (int i = complementStart < 0 ? last + 1 : complementStart; i <= last; i++) {
      if (toks.get(i).isWord() && !skipped(skips, i)) {
        subjectWords++;
      }
    }
    return new Candidate(first, h, last, toks.get(spanFirst).start(), lastTok.end(), name, year, determiner,
        ht.capitalized(), head.strong(), head.plural(), proper, proper && countryOnly, distinctPremod,
        complementStart >= 0, distinctComplement, properComplement, byOnly, joint, rejected,
        lastTok.end() >= text.length() - 1, head.needsSubject(), singleSpeaker, lineStart, subjectWords, premodWords,
        nameWords(name, names), null);
  }

  /** Is token {@code i} the first word of its line, after at most an outline label? */
  static boolean startsLine(List<Token> toks, int i) {
    for (int j = i; j >= 0; j--) {
      if (j < i && toks.get(j).isWord()) {
        return false;
      }
      if (toks.get(j).newlineBefore() || j == 0) {
        return true;
      }
    }
    return true;
  }

  private static boolean possessive(Token t) {
    String x = t.text();
    return x.endsWith("'s") || x.endsWith("\u2019s");
  }

  /** "science and technology": one word each side of "and", with a boundary before the left one. */
  private boolean conjunct(List<Token> toks, int and) {
    Token left = toks.get(and - 1);
    if (!left.isWord() || !premodWord(left) || toks.get(and).newlineBefore()) {
      return false;
    }
    if (and - 2 < 0) {
      return true;
    }
    Token before = toks.get(and - 2);
    return before.type() == Type.PUNCT || (before.isWord() && cues.is(DETERMINER | PREPOSITION | SIGN_PAST, before));
  }

  private boolean premodWord(Token t) {
    if (!t.isWord()) {
      return false;
    }
    String l = t.lower();
    int m = cues.mask(t);
    if ((m & (DETERMINER | PREPOSITION | STOP | SIGN_PAST | SIGN_BASE | FUTURE | HEAD | PLANNED_NOUN | SIGN_NOUN)) != 0
        || (t.capitalized() && (m & MONTH) != 0)) {
      return false;
    }
    return t.capitalized() || l.indexOf('-') >= 0 || !(l.endsWith("ed") || l.endsWith("ing") || l.endsWith("ly"));
  }

  /** Can the token at {@code i} open the subject of a name ("on ...", "of ...", "to the ...")? */
  private boolean opensSubject(List<Token> toks, int i) {
    Token t = toks.get(i);
    if (!t.isWord() || !cues.is(CONNECTOR, t) || t.blankLineBefore()) {
      return false;
    }
    if (i + 1 >= toks.size()) {
      return false;
    }
    Token next = toks.get(i + 1);
    if (isYear(next) || isMonth(next) || (next.isWord() && cues.is(TIME, next))) {
      return false; // "of 1998", "for July": a date, not a subject
    }
    if (t.is("to")) {
      if (next.isWord() && cues.is(DETERMINER, next)) {
        return true; // "Protocol to the Convention"
      }
      // "Convention to Combat Desertification" goes on in capitals; "submit the plan to Congress by June"
      // names where it goes, one proper word and the clause moves on
      Token after = i + 2 < toks.size() ? toks.get(i + 2) : null;
      return next.capitalized() && after != null && after.isWord() && after.capitalized() && !after.newlineBefore();
    }
    return next.isWord() || next.type() == Type.NUMBER;
  }

  /** The last token of a subject starting at connector {@code start}; date pieces inside go to {@code skips}. */
  private int subjectEnd(List<Token> toks, int start, List<int[]> skips) {
    int last = start;
    int j = start + 1;
    while (j < toks.size() && j - start < MAX_SUBJECT) {
      Token t = toks.get(j);
      Token prev = toks.get(j - 1);
      if (t.blankLineBefore()) {
        break;
      }
      if (t.newlineBefore() && !continuesOverLine(prev, t)) {
        break;
      }
      if (t.type() == Type.PUNCT) {
        if (t.text().equals(".") && isInitial(prev)) {
          j++;
          continue;
        }
        if ((t.text().equals("'") || t.text().equals("\u2019")) && prev.lower().endsWith("s")) {
          j++;
          continue;
        }
        if (t.text().equals(",") && commaList(toks, j)) {
          j++; // "of Amity, Commerce and Navigation", "of Etorofu, Kunashiri, Shikotan and Habomai"
          continue;
        }
        break;
      }
      if (isYear(t) || isMonth(t) || (t.type() == Type.NUMBER && j + 1 < toks.size() && isMonth(toks.get(j + 1)))) {
        int end = dateEnd(toks, j);
        boolean inner = prev.isWord() && cues.is(DETERMINER, prev) && end + 1 < toks.size()
            && toks.get(end + 1).isWord() && !toks.get(end + 1).newlineBefore();
        if (!inner) {
          break;
        }
        skips.add(new int[] {j, end});
        j = end + 1;
        continue;
      }
      if (t.isWord()) {
        String l = t.lower();
        boolean lower = !t.capitalized();
        if (lower && cues.is(STOP | SIGN_PAST | TIME, t)) {
          break; // a capitalized "States" or "End" belongs to a proper name
        }
        if ((l.equals("and") || l.equals("or")) && (newNameAhead(toks, j + 1) || leavesTitle(toks, j + 1))) {
          break;
        }
        boolean afterFunction = prev.isWord() && !prev.is("and") && !prev.is("or")
            && cues.is(CONNECTOR | INNER | DETERMINER, prev);
        if (!t.capitalized() && l.endsWith("ed") && l.indexOf('-') < 0 && !afterFunction) {
          break; // a verb: "... Agreement on fisheries entered into force"
        }
      }
      last = j;
      j++;
    }
    // no trailing function words: "by the" before "end of the year"
    while (last >= start) {
      Token t = toks.get(last);
      if (t.isWord() && !cues.is(CONNECTOR | INNER | DETERMINER, t)) {
        break;
      }
      if (t.type() == Type.NUMBER) {
        break;
      }
      last--;
    }
    return last < start ? start - 2 : last;
  }

  /**
   * After "and": does the text leave the title ("... Weapons and the right of all parties", "... and to
   * Article 25")? A preposition, or an article before a lower-case word, starts a new phrase.
   */
  private boolean leavesTitle(List<Token> toks, int i) {
    if (i >= toks.size() || !toks.get(i).isWord()) {
      return true;
    }
    Token t = toks.get(i);
    if (cues.is(PREPOSITION | CONNECTOR, t)) {
      return true;
    }
    return cues.is(DETERMINER, t) && i + 1 < toks.size() && toks.get(i + 1).isWord()
        && !toks.get(i + 1).capitalized();
  }

  /** A comma inside a list of capitalized words closed by "and" ("Peace, Friendship and Cooperation"). */
  private boolean commaList(List<Token> toks, int comma) {
    if (!toks.get(comma - 1).capitalized()) {
      return false;
    }
    for (int i = comma + 1; i < Math.min(toks.size(), comma + 8); i++) {
      Token t = toks.get(i);
      if (t.newlineBefore() || !(t.isWord() || t.text().equals(","))) {
        return false;
      }
      if (t.isWord() && !t.capitalized()) {
        return (t.is("and") || t.is("or")) && i + 1 < toks.size() && toks.get(i + 1).capitalized()
            && cues.head(toks.get(i + 1)) == null;
      }
      if (t.isWord() && cues.head(t) != null) {
        return false;
      }
    }
    return false;
  }

  /**
   * After "and": does another instrument name start here ("... and the Moscow Declaration")? Not when the
   * words after "and" go on the subject ("Peace and Friendship", "Japan and the Republic of Korea").
   */
  private boolean newNameAhead(List<Token> toks, int from) {
    for (int i = from; i < Math.min(toks.size(), from + 8); i++) {
      Token t = toks.get(i);
      if (t.type() == Type.PUNCT || (t.isWord() && (cues.is(STOP | CONNECTOR, t)
          || t.is("and") || t.is("or")))) {
        return false;
      }
      if (t.isWord() && cues.head(t) != null) {
        return true;
      }
    }
    return false;
  }

  private boolean continuesOverLine(Token prev, Token next) {
    if (prev.type() == Type.PUNCT) {
      return prev.text().equals(".") ; // after an initial's dot: "Vladimir V.\nPutin"
    }
    return cues.is(CONNECTOR | INNER | DETERMINER, prev)
        || (next.isWord() && (cues.is(CONNECTOR, next) || !next.capitalized()));
  }

  private static boolean isInitial(Token t) {
    return t.isWord() && t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0));
  }

  static boolean isYear(Token t) {
    if (t.type() != Type.NUMBER || t.text().length() != 4 || !digits(t.text())) {
      return false;
    }
    int y = Integer.parseInt(t.text());
    return y >= 1600 && y <= 2099;
  }

  boolean isMonth(Token t) {
    return t.isWord() && t.capitalized() && cues.is(MONTH, t);
  }

  /** Start of a date ending with the year at {@code y}: "13 October 1993", "November 13, 2001", "May 2001". */
  private int dateStartBefore(List<Token> toks, int y) {
    int k = y - 1;
    if (k >= 0 && toks.get(k).text().equals(",")) {
      k--;
    }
    if (k >= 1 && isDay(toks.get(k)) && isMonth(toks.get(k - 1))) {
      return k - 1;
    }
    if (k >= 0 && isMonth(toks.get(k))) {
      return k >= 1 && isDay(toks.get(k - 1)) ? k - 1 : k;
    }
    return y;
  }

  /** End of a date starting at {@code i} (day, month, year in either order). */
  private int dateEnd(List<Token> toks, int i) {
    int j = i;
    int end = i;
    for (int n = 0; n < 5 && j < toks.size(); n++, j++) {
      Token t = toks.get(j);
      if (isYear(t)) {
        return j;
      }
      if (isMonth(t) || isDay(t) || t.text().equals(",")) {
        end = j;
        continue;
      }
      break;
    }
    return end;
  }

  private Integer trailingYear(List<Token> toks, int i) {
    if (i >= toks.size() || toks.get(i).newlineBefore()) {
      return null;
    }
    int j = i;
    if (toks.get(j).is("of") || toks.get(j).text().equals("(")) {
      j++;
    } else {
      return null;
    }
    for (int n = 0; n < 5 && j < toks.size(); n++, j++) {
      Token t = toks.get(j);
      if (isYear(t)) {
        return Integer.valueOf(t.text());
      }
      if (!(isMonth(t) || isDay(t) || t.text().equals(","))) {
        return null;
      }
    }
    return null;
  }

  private static boolean digits(String s) {
    return s.chars().allMatch(ch -> ch >= '0' && ch <= '9');
  }

  private static boolean isDay(Token t) {
    if (t.type() != Type.NUMBER || t.text().length() > 2 || !digits(t.text())) {
      return false;
    }
    int d = Integer.parseInt(t.text());
    return d >= 1 && d <= 31;
  }

  private boolean isCountryWord(String word) {
    int start = 0;
    for (int i = 0; i <= word.length(); i++) {
      if (i == word.length() || WordTokens.isHyphen(word.charAt(i))) {
        if (i == start || words.countryOf(word.substring(start, i)) == null) {
          return false;
        }
        start = i + 1;
      }
    }
    return true;
  }

  private static boolean skipped(List<int[]> skips, int i) {
    for (int[] s : skips) {
      if (i >= s[0] && i <= s[1]) {
        return true;
      }
    }
    return false;
  }

  /** The printed name from token {@code first} to {@code last}, leaving out skipped tokens, on one line. */
  private static String name(String text, List<Token> toks, int first, int last, List<int[]> skips) {
    StringBuilder sb = new StringBuilder();
    Token prev = null;
    for (int i = first; i <= last; i++) {
      if (skipped(skips, i)) {
        continue;
      }
      Token t = toks.get(i);
      if (prev != null && t.start() > prev.end()) {
        sb.append(' ');
      }
      sb.append(t.text());
      prev = t;
    }
    String s = sb.toString().strip();
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
