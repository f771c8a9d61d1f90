package org.compendium.extract.place;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.compendium.extract.place.PlaceWords.HeadKind;
import org.compendium.extract.place.Tokens.Tok;
import org.compendium.model.Span;
import org.compendium.resolve.Countries;
import org.compendium.resolve.Gazetteer;
import org.compendium.resolve.Gazetteer.Entry;
import org.compendium.util.WordSet;

/**
 * Finds the mentions of gazetteer places in a text and drops those that are not used as places:
 * <ul>
 *   <li>names inside hyphenated or slashed pairs ("Japan-Russia relations");
 *   <li>names inside a longer capitalized name with a head noun of an instrument, event, organisation or
 *       building, whether the head follows ("Tokyo Declaration", "Japan Maritime Safety Agency", "Ljubljana,
 *       Genoa and Shanghai Summits", "Krasnoyarsk accords") or opens the title ("Treaty of Peace and
 *       Friendship between Japan and China");
 *   <li>time zones ("Moscow time");
 *   <li>city and region names used as persons' names ("President Washington", "Victoria Nuland"), and then
 *       everywhere in the record ("Yoriko Kawaguchi ... Kawaguchi said");
 *   <li>short capitals that are acronyms on a mixed-case line;
 *   <li>the location set off by commas after an event's title ("World Exposition, Aichi, Japan");
 *   <li>city names that are English words when they open a sentence or sit in a heading.
 * </ul>
 * The longest gazetteer name wins ("Korean Peninsula", not "Korea"); a state's formal name built on a country
 * ("Republic of Italy") is taken whole. Limits: a place named only inside a lower-case instrument description
 * is still found; a name the gazetteer lacks is not. Stateless; one instance serves every thread.
 */
final class PlaceFinder {
  /** A found mention. */
  record Hit(Span span, Entry entry) {}

  /** Words that may sit inside a place name in lower case ("Sea of Japan", "Bosnia and Herzegovina"). */
  private static final Set<String> NAME_CONNECTORS = WordSet.of("of", "the", "and", "de", "du", "des", "la", "le",
      "el", "al", "da", "di", "'s", "upon", "on", "sur", "am", "an", "der", "del", "do", "dos", "y", "i");
  /** Words that join the parts of a title opened by its head ("Treaty of Peace between Japan and China"). */
  private static final Set<String> TITLE_CONNECTORS = WordSet.of("of", "on", "for", "between", "and", "the", "among",
      "with", "concerning", "regarding", "a", "an");
  /** Lower-case words that may join the capitalized words of one name or list ("Bank of Japan"). */
  private static final Set<String> FORWARD_CONNECTORS = WordSet.of("of", "for", "and", "or");
  /** Words that follow a head noun opening a title ("Declaration on", "Treaty between"). */
  private static final Set<String> HEAD_OPENERS = WordSet.of("of", "on", "for", "between", "among", "with",
      "concerning", "regarding");
  private static final int FORWARD_LIMIT = 10;
  private static final int BACKWARD_LIMIT = 16;

  private final Gazetteer gazetteer;
  private final PlaceWords words;
  private final Countries countries;

  PlaceFinder(Gazetteer gazetteer, PlaceWords words, Countries countries) {
    this.gazetteer = gazetteer;
    this.words = words;
    this.countries = countries;
  }

  List<Hit> find(Tokens t) {
    List<Hit> hits = new ArrayList<>();
    // Names seen as part of a person's name ("Yoriko Kawaguchi") are no place anywhere in the record.
    Set<String> personNames = new HashSet<>();
    int n = t.size();
    // per token, whether a name may go on over it (0: not asked yet, 1: no, 2: yes); names overlap, so each
    // token is asked once instead of once per name start before it
    byte[] goesOn = new byte[n];
    int i = 0;
    while (i < n) {
      Tok tok = t.get(i);
      if (!tok.upper() || tok.key().equals("the") || !tok.startsName()) {
        i++;
        continue;
      }
      int[] end = new int[1];
      Entry e = longest(t, i, end, goesOn);
      if (e == null) {
        i++;
        continue;
      }
      int j = end[0];
      int from = formalNameStart(t, i, e);
      boolean oneWord = j == from + 1 && !e.type().equals("country");
      // Inside a longer name ("George Washington University") a given name before it is no evidence.
      PersonEvidence person = oneWord && !followedByHead(t, j) ? personName(t, from) : PersonEvidence.NONE;
      if (person == PersonEvidence.STRONG) {
        personNames.add(tok.key());
      } else if (person == PersonEvidence.NONE && accept(t, from, j)) {
        hits.add(new Hit(new Span(t.get(from).start(), t.get(j - 1).end()), e));
      }
      i = j;
    }
    if (!personNames.isEmpty()) {
      hits.removeIf(h -> personNames.contains(Gazetteer.key(h.span().of(t.text))));
    }
    return hits;
  }

  /** The longest gazetteer name starting at token i; its end (exclusive token index) goes to {@code end[0]}. */
  private Entry longest(Tokens t, int i, int[] end, byte[] goesOn) {
    // Word by word while the words read so far begin some name: where they stop doing so, no longer name
    // starts here either, so the tokens after are not read (the longest name is the last that ended).
    StringBuilder key = new StringBuilder(t.get(i).key());
    Entry found = null;
    for (int k = i + 1; ; k++) {
      Entry e = gazetteer.byKeyOrStart(key.toString());
      if (e == null) {
        break;
      }
      if (e != Gazetteer.NAME_GOES_ON) {
        found = e;
        end[0] = k;
      }
      if (k == t.size() || k - i >= gazetteer.maxTokens() || !goesOn(t, k, goesOn)) {
        break;
      }
      key.append(' ').append(t.get(k).key());
    }
    return found;
  }

  /** May a name go on over token k (a gap that may sit in a name, and a word cased for one)? Memoized. */
  private boolean goesOn(Tokens t, int k, byte[] memo) {
    if (memo[k] == 0) {
      memo[k] = (byte) (t.inNameGap(k) && casedForName(t.get(k)) ? 2 : 1);
    }
    return memo[k] == 2;
  }

  private boolean casedForName(Tok tok) {
    return tok.upper() || tok.digit() || NAME_CONNECTORS.contains(tok.key()) || words.isGeneric(tok.key());
  }

  /**
   * Where a formal name built on the country or region at token i starts ("Federal Republic of Germany",
   * "Republic of Tatarstan").
   */
  private int formalNameStart(Tokens t, int i, Entry e) {
    if (!e.type().equals("country") && !e.type().equals("region")) {
      return i;
    }
    int k = i - 1;
    if (k >= 0 && t.get(k).key().equals("the") && t.space(i, true)) {
      k--;
    }
    if (k < 1 || !t.get(k).key().equals("of") || !t.space(k + 1, true)) {
      return i;
    }
    int from = i;
    for (int m = k - 1; m >= 0 && t.get(m).upper() && words.isForm(t.get(m).key())
        && t.space(m + 1, true); m--) {
      from = m;
    }
    // "Secretary of State of the United States": the form word ends the phrase before it.
    if (from > 0 && t.get(from - 1).key().equals("of")) {
      return i;
    }
    return from;
  }

  private boolean accept(Tokens t, int i, int j) {
    if (inCompound(t, i, j)) {
      return false;
    }
    String key = t.get(i).key();
    if (j == i + 1 && (Tokens.FUNCTION.contains(key) || foreignAcronym(t, i))) {
      return false;
    }
    if (j == i + 1 && gazetteer.isCommonWord(key) && (t.sentenceInitial(i) || t.inHeading(i))) {
      return false;
    }
    return !followedByHead(t, j) && !openedByHead(t, i) && !appositionToName(t, i, j);
  }

  /** A short word in capitals on a line that is not all capitals is an acronym ("ICA", "MAO"), not a city. */
  private boolean foreignAcronym(Tokens t, int i) {
    Tok tok = t.get(i);
    String printed = t.text.substring(tok.start(), tok.end());
    if (printed.length() > 4 || !printed.equals(printed.toUpperCase(java.util.Locale.ROOT))
        || gazetteer.isAcronym(tok.key())) {
      return false;
    }
    int ls = t.text.lastIndexOf('\n', tok.start()) + 1;
    int le = t.text.indexOf('\n', tok.end());
    String line = t.text.substring(ls, le < 0 ? t.text.length() : le);
    return !line.equals(line.toUpperCase(java.util.Locale.ROOT));
  }

  /**
   * Whether the place is the location part of an event's or instrument's title, set off by commas right after
   * its head ("the 2005 World Exposition, Aichi, Japan").
   */
  private boolean appositionToName(Tokens t, int i, int j) {
    if (i == 0 || !t.listGap(i)) {
      return false;
    }
    Tok prev = t.get(i - 1);
    HeadKind h = prev.upper() ? words.head(prev.key()) : null;
    boolean titleHead = h == HeadKind.EVENT || h == HeadKind.INSTRUMENT;
    return titleHead && j < t.size() && t.gap(j).startsWith(",");
  }

  /**
   * Whether the name is glued by a hyphen or slash to another word ("Japan-Russia", "Washington/Crawford") or
   * to a currency sign ("US$").
   */
  private static boolean inCompound(Tokens t, int i, int j) {
    String text = t.text;
    int s = t.get(i).start();
    int e = t.get(j - 1).end();
    return (s >= 2 && joiner(text.charAt(s - 1)) && Character.isLetterOrDigit(text.charAt(s - 2)))
        || (e + 1 < text.length() && joiner(text.charAt(e)) && Character.isLetterOrDigit(text.charAt(e + 1)))
        || (e < text.length() && Character.getType(text.charAt(e)) == Character.CURRENCY_SYMBOL);
  }

  private static boolean joiner(char c) {
    return c == '-' || c == '‐' || c == '‑' || c == '–' || c == '/';
  }

  /**
   * Whether the capitalized run after the place ends in a head noun ("Tokyo Declaration", "Shanghai
   * Cooperation Organization", "Genoa, Shanghai and Washington Summits") or a lower-case head follows it
   * ("Krasnoyarsk accords", "Moscow time").
   */
  private boolean followedByHead(Tokens t, int j) {
    int n = t.size();
    boolean onlyCapitals = true;
    for (int k = j; k < n && k < j + FORWARD_LIMIT; k++) {
      Tok tok = t.get(k);
      if (tok.key().equals("'s")) {
        return false;
      }
      boolean listWord = tok.startsName() || tok.key().equals("and") || tok.key().equals("or");
      // A name does not run on into the next line, except inside a list ("Genoa, Shanghai, and\nWashington").
      boolean afterListWord = k > j && (t.get(k - 1).key().equals("and") || t.get(k - 1).key().equals("or"));
      boolean gapOk = t.sameLineSpace(k) || (afterListWord && t.space(k, true)) || t.apostropheGap(k)
          || (t.gapIs(k, '-') && k > j) || t.gapIs(k, '/') || (t.listGap(k) && listWord);
      if (!gapOk) {
        return false;
      }
      if (tok.upper() || tok.digit()) {
        if (tok.upper() && words.head(tok.key()) != null) {
          return true;
        }
        continue;
      }
      if (onlyCapitals && words.isLowerHead(tok.key())) {
        return true;
      }
      onlyCapitals = false;
      boolean nextCapital = k + 1 < n && t.get(k + 1).upper();
      if (!(nextCapital && FORWARD_CONNECTORS.contains(tok.key()))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the place sits inside a title opened by a capitalized head noun and joined by "of", "on",
   * "between", "and"... ("Treaty of Peace and Friendship between Japan and China", "Conference on X").
   */
  private boolean openedByHead(Tokens t, int i) {
    boolean joined = false;
    for (int k = i - 1; k >= 0 && k >= i - BACKWARD_LIMIT; k--) {
      // A title runs on to the next line only with a lower-case connector ("DECLARATION\non Establishing"):
      // a place opening a line after an issuer's name ("Office of the Spokesperson\nWashington") is its own.
      Tok after = t.get(k + 1);
      boolean continued = t.space(k + 1, false) || (!after.upper() && TITLE_CONNECTORS.contains(after.key()));
      if (!t.space(k + 1, true) || !continued) {
        return false;
      }
      Tok tok = t.get(k);
      if (tok.upper()) {
        HeadKind h = words.head(tok.key());
        // The head must open the title: "Treaty of ...", not end an earlier one ("the Paris Agreement and X").
        if (h != null && h != HeadKind.UNIT && joined && HEAD_OPENERS.contains(t.get(k + 1).key())) {
          return true;
        }
        // An event named with its year and place: "Expo 2025 Osaka".
        if (h == HeadKind.EVENT && !joined && k + 1 < i && allDigits(t, k + 1, i)) {
          return true;
        }
        if (TITLE_CONNECTORS.contains(tok.key())) {
          joined = true;
        }
      } else if (TITLE_CONNECTORS.contains(tok.key())) {
        joined = true;
      } else if (!tok.digit()) {
        return false;
      }
    }
    return false;
  }

  private static boolean allDigits(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!t.get(k).digit()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a two-word person's name may start at token k on a title-case line: after a comma, a title or the
   * line start ("Foreign Ministry, Koh Chiba"), unlike a headline's verb ("Koizumi Visits Moscow").
   */
  private boolean nameStartsAt(Tokens t, int k) {
    if (t.lineInitial(k)) {
      return true;
    }
    return t.listGap(k) || (k > 0 && t.get(k - 1).upper() && words.isTitle(t.get(k - 1).key()) && t.titleGap(k));
  }

  /** Whether a token looks like a given name: a capital, then small letters only ("George", not "G5", "UN"). */
  private static boolean givenNameShape(Tokens t, Tok tok) {
    for (int k = tok.start() + 1; k < tok.end(); k++) {
      if (!Character.isLowerCase(t.text.charAt(k))) {
        return false;
      }
    }
    return tok.end() - tok.start() > 1;
  }

  /** How sure it is that a one-word name is part of a person's name. */
  enum PersonEvidence { NONE, WEAK, STRONG }

  /**
   * Whether a one-word name is part of a person's name: right after a title or a given name ("President
   * Washington", "Yoriko Kawaguchi": strong), or right before a capitalized word that may be a family name
   * ("Victoria Nuland": weak, as "Tokyo Stock Exchange" looks the same).
   */
  PersonEvidence personName(Tokens t, int i) {
    if (i > 0 && t.titleGap(i) && t.get(i - 1).upper() && words.isTitle(t.get(i - 1).key())) {
      return PersonEvidence.STRONG;
    }
    if (i > 0 && t.sameLineSpace(i)) {
      Tok prev = t.get(i - 1);
      if (prev.upper() && givenNameShape(t, prev) && !Tokens.FUNCTION.contains(prev.key()) && !t.sentenceInitial(i - 1)
          && (!t.inHeading(i) || nameStartsAt(t, i - 1)) && words.head(prev.key()) == null
          && !words.isDirection(prev.key()) && !words.isGeneric(prev.key()) && !prev.key().equals("'s")
          && countries.byNameOrAdjective(prev.key()).isEmpty()) {
        return PersonEvidence.STRONG;
      }
    }
    if (i + 1 < t.size() && t.sameLineSpace(i + 1)) {
      Tok next = t.get(i + 1);
      boolean familyName = next.upper() && !words.isTitle(next.key()) && words.head(next.key()) == null
          && !Tokens.FUNCTION.contains(next.key()) && !next.startsName()
          && !words.isGeneric(next.key());
      return familyName ? PersonEvidence.WEAK : PersonEvidence.NONE;
    }
    return PersonEvidence.NONE;
  }
}
