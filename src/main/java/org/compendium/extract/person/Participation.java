package org.compendium.extract.person;

import java.util.List;
import java.util.Set;
import org.compendium.util.WordSet;

/**
 * Decides from its context whether a mention shows the person taking part: the subject of a present or past
 * act ("Prime Minister Mori stated", "Mr. X, Minister ..., held"), met or received ("held talks with
 * President Y", "paid courtesy calls on Z", coordinated persons included), named in an attendee list or a
 * record heading ("Visit to Japan by Premier Zhu"), or a transcript speaker. Not evidence: possessives ("X's
 * visit"), objects of prepositions ("the visit by President Y"), future acts ("Mr. L will chair"), mentions
 * marked "former" or "the late", inside quotations, and (except meetings) inside another speaker's turn.
 */
final class Participation {
  private static final Set<String> BOUNDARY = WordSet.of(",", ";", ":", "(", "and", "then", "also", "both",
      "while", "when", "as", "after", "where", "whereas", "-", "|", "\u2022", "but");
  private static final Set<String> NP = WordSet.of("the", "of", "for", "to", "his", "her", "its", "their", ",", "and",
      "&", ")", "'", "-", "|");
  private static final Set<String> ADVERB = WordSet.of("also", "then", "again", "further", "once", "jointly",
      "first", "subsequently", "each", "both", "all", "individually", "themselves", "himself", "herself", "too",
      "later", "now", "still", "already", "thereafter", "afterward", "afterwards", "together");
  private static final Set<String> PREP = WordSet.of("during", "in", "at", "on", "from", "after", "before", "while",
      "upon", "following", "prior", "who", "which", "whose", "as");
  private static final Set<String> SCOPE_FUNCTION = WordSet.of("the", "of", "and", "for", "to", "in", "his", "her",
      "their", "its", "as", "on", "at", "well", "a", "an", "s", "both");

  private final PersonLexicon lex;

  Participation(PersonLexicon lex) {
    this.lex = lex;
  }

  /**
   * The facts about the document that evidence depends on; {@code listSentence} caches per sentence whether it
   * lists who attended (0 not yet known, 1 no, 2 yes), so each sentence is scanned once, not once per mention.
   */
  record Context(List<Token> toks, List<Mention> mentions, int[] sentenceOf, int[] sentenceStartTok,
      boolean[] inTurn, boolean[] inList, int headerEnd, byte[] listSentence) {}

  boolean evidence(Context c, int index) {
    Mention m = c.mentions().get(index);
    if (m.former()) {
      return false;
    }
    if (m.speakerLine()) {
      return true;
    }
    boolean turn = c.inTurn()[m.start()];
    if (m.end() < c.toks().size() && c.toks().get(m.end()).is("'s")) {
      // "welcomed President X's initiative": the initiative is met, not X; but a heading's
      // "Prime Minister X's Visit to India" names who acts.
      return possessiveHeading(c, m);
    }
    if (encounter(c, index)) {
      return true;
    }
    if (turn || inQuote(c, m)) {
      return false;
    }
    return c.inList()[m.start()] || host(c, m) || header(c, m) || list(c, m) || subject(c, index);
  }

  private boolean inQuote(Context c, Mention m) {
    int s = c.sentenceStartTok()[c.sentenceOf()[m.start()]];
    int open = 0;
    for (int k = s; k < m.start(); k++) {
      Token t = c.toks().get(k);
      if (t.is("\"")) {
        open ^= 1;
      } else if (t.is("\u201c")) {
        open = 1;
      } else if (t.is("\u201d")) {
        open = 0;
      }
    }
    return open == 1;
  }

  private boolean possessiveHeading(Context c, Mention m) {
    if (c.toks().get(m.start()).start() >= c.headerEnd()) {
      return false;
    }
    for (int k = m.end() + 1; k < Math.min(c.toks().size(), m.end() + 4); k++) {
      Token t = c.toks().get(k);
      if (t.newlineBefore()) {
        return false;
      }
      if (t.capitalized() && lex.isCue("header", t)) {
        return true;
      }
    }
    return false;
  }

  /** "At the invitation of Prime Minister X": the host. */
  private boolean host(Context c, Mention m) {
    int k = m.start() - 1;
    if (k >= 0 && c.toks().get(k).lc().equals("the")) {
      k--;
    }
    return lex.cueEndsAt("host", c.toks(), k);
  }

  /** In the heading: "Visit to Japan by X", "Statement by X and Y". */
  private boolean header(Context c, Mention m) {
    if (c.toks().get(m.start()).start() >= c.headerEnd() || m.start() == 0) {
      return false;
    }
    String before = c.toks().get(m.start() - 1).lc();
    if (!(before.equals("by") || before.equals("of") || before.equals("with") || before.equals("between")
        || before.equals("and"))) {
      return false;
    }
    for (int k = m.start() - 2; k >= Math.max(0, m.start() - 14); k--) {
      Token t = c.toks().get(k);
      if (t.is(".") || t.is(";")) {
        return false;
      }
      if (t.capitalized() && lex.isCue("header", t)) {
        return true;
      }
      if (t.newlineBefore()) {
        return false; // the heading cue must stand on the same line
      }
    }
    return false;
  }

  /** In a sentence that lists who attended. */
  private boolean list(Context c, Mention m) {
    int s = c.sentenceOf()[m.start()];
    if (c.listSentence()[s] == 0) {
      c.listSentence()[s] = (byte) (listSentence(c, s) ? 2 : 1);
    }
    return c.listSentence()[s] == 2;
  }

  private boolean listSentence(Context c, int s) {
    int from = c.sentenceStartTok()[s];
    for (int k = from; k < c.toks().size() && c.sentenceOf()[k] == s; k++) {
      Token t = c.toks().get(k);
      if (lex.isCue("list", t) || (lex.isCue("side", t) && k > from
          && (k + 1 >= c.toks().size() || c.toks().get(k + 1).is(":") || c.toks().get(k + 1).is(",")))) {
        return true;
      }
    }
    return false;
  }

  /** Met, received, joined: inside the scope of an encounter word, directly or coordinated. */
  private boolean encounter(Context c, int index) {
    Mention m = c.mentions().get(index);
    List<Token> toks = c.toks();
    int s = c.sentenceOf()[m.start()];
    int from = c.sentenceStartTok()[s];
    // Walk back over coordinated mentions and scope words to an encounter word.
    int k = m.start() - 1;
    int mi = index - 1;
    while (k >= from) {
      int cue = lex.cueStartEndingAt("encounter", toks, k);
      if (cue >= 0) {
        return !futurePassive(toks, cue, from);
      }
      Token t = toks.get(k);
      if (mi >= 0 && c.mentions().get(mi).end() > k && c.mentions().get(mi).start() <= k) {
        Mention prev = c.mentions().get(mi);
        if (prev.former()) {
          return false;
        }
        k = prev.start() - 1;
        mi--;
        continue;
      }
      while (mi >= 0 && c.mentions().get(mi).start() > k) {
        mi--;
      }
      if (lex.isCue("break", t) || t.is(";") || t.is(".") || t.is(":")) {
        return false;
      }
      if (t.lower() && !SCOPE_FUNCTION.contains(t.lc()) && !lex.isCue("scope", t)
          && !lex.titleWord(t)) {
        return false;
      }
      k--;
    }
    return false;
  }

  /** "will be chaired by", "is to be received by": the encounter has not happened yet. */
  private boolean futurePassive(List<Token> toks, int cue, int from) {
    int k = cue - 1;
    while (k >= from && ADVERB.contains(toks.get(k).lc())) {
      k--;
    }
    if (k <= from || !toks.get(k).is("be")) {
      return false;
    }
    return toks.get(k - 1).is("to") || lex.cueEndsAt("future", toks, k - 1);
  }

  /** The subject of an act that is not a future one. */
  private boolean subject(Context c, int index) {
    Mention m = c.mentions().get(index);
    List<Token> toks = c.toks();
    int s = c.sentenceOf()[m.start()];
    int from = c.sentenceStartTok()[s];
    if (m.start() > from && !toks.get(m.start()).newlineBefore()) {
      Token prev = toks.get(m.start() - 1);
      if (!BOUNDARY.contains(prev.lc())) {
        return false;
      }
    }
    int j = m.end();
    int mi = index + 1;
    int limit = Math.min(toks.size(), m.end() + 60);
    while (j < limit && c.sentenceOf()[j] == s) {
      while (mi < c.mentions().size() && c.mentions().get(mi).start() < j) {
        mi++;
      }
      if (mi < c.mentions().size() && c.mentions().get(mi).start() == j) {
        j = c.mentions().get(mi).end();
        continue;
      }
      Token t = toks.get(j);
      String lc = t.lc();
      if (t.is("'s") || (t.is("'") && j == m.end())) {
        return false;
      }
      if (t.is("(")) {
        j = skipTo(toks, j, ")", limit) + 1;
        continue;
      }
      if (PREP.contains(lc) && j > 0 && toks.get(j - 1).is(",")) {
        j = skipTo(toks, j, ",", limit) + 1;
        continue;
      }
      if (t.capitalized() || NP.contains(lc) || ADVERB.contains(lc) || lc.endsWith("ly")
          || Character.isDigit(lc.charAt(0))) {
        j++;
        continue;
      }
      if (t.lower()) {
        return lex.cueStartsAt("future", toks, j) < 0 && !PREP.contains(lc) && !lc.equals("s");
      }
      return false;
    }
    return false;
  }

  private static int skipTo(List<Token> toks, int j, String close, int limit) {
    int k = j + 1;
    while (k < limit && !toks.get(k).is(close)) {
      k++;
    }
    return k;
  }
}
