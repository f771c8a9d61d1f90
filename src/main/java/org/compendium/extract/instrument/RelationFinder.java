package org.compendium.extract.instrument;

import java.util.List;
import org.compendium.model.Instrument.Relation;
import org.compendium.util.WordTokens.Token;
import org.compendium.util.WordTokens.Type;

/**
 * Decides how a record relates to one instrument mention from the words around it in its sentence: a past
 * signing verb that takes the mention as object ("The two leaders signed the X", "X and Y were signed after
 * the talks") makes it {@code signed}, unless the verb's clause dates the signing elsewhere ("which we signed
 * in October 2000", "adopted at the last summit") — then {@code cited} with that year; a signing verb after a
 * future marker ("will sign", "to be concluded") or a nominal cue ("the early conclusion of", "negotiations
 * on") makes it {@code planned}; anything else is {@code cited}. Limits: one sentence of context, no parse;
 * the verb's object is judged by the words between verb and mention.
 */
final class RelationFinder {
  /** The relation of one mention and the year its signing clause gives (or null). */
  record Verdict(Relation relation, Integer clauseYear) {}

  private static final int MAX_AFTER = 15;
  private static final int MAX_GAP_WORDS = 12;

  private final InstrumentCues cues;

  RelationFinder(InstrumentCues cues) {
    this.cues = cues;
  }

  /**
   * @param toks the document's tokens
   * @param c the mention
   * @param from first token of its sentence
   * @param to last token of its sentence
   * @param others every candidate span (skipped when reading the words between verb and mention)
   * @param recordYear the record's year, or null
   */
  Verdict judge(List<Token> toks, Candidate c, int from, int to, List<Candidate> others, Integer recordYear) {
    // a signing verb before the mention
    for (int v = c.first() - 1; v >= from; v--) {
      Token t = toks.get(v);
      if (t.text().equals(";")) {
        break;
      }
      if (!t.isWord()) {
        continue;
      }
      int m = cues.mask(t);
      boolean past = (m & InstrumentCues.SIGN_PAST) != 0;
      boolean base = (m & InstrumentCues.SIGN_BASE) != 0;
      if (!past && !base) {
        continue;
      }
      if (base && v > from && toks.get(v - 1).isWord() && cues.is(InstrumentCues.DETERMINER, toks.get(v - 1))) {
        continue; // "the launch of": a noun
      }
      if (!objectGap(toks, v + 1, c.first() - 1, others, c)) {
        break;
      }
      if (futureBefore(toks, v, from)) {
        return new Verdict(Relation.planned, null);
      }
      if (past) {
        return dated(toks, c.last() + 1, to, others, recordYear);
      }
      break;
    }
    // a signing verb after it: "... were signed after the talks", "which we signed in October 2000"
    int after = afterParenthesis(toks, c.last() + 1, to);
    if (after <= to && toks.get(after).isWord() && cues.is(InstrumentCues.PLANNED_NOUN, toks.get(after))) {
      return new Verdict(Relation.planned, null); // "the X (EPA) negotiations"
    }
    int v = nextSigning(toks, c.last() + 1, to);
    if (v >= 0) {
      boolean past = cues.is(InstrumentCues.SIGN_PAST, toks.get(v));
      boolean passive = past && passiveBefore(toks, v);
      if (passive ? subjectGap(toks, c.last() + 1, v - 1, others, c) : afterGap(toks, c.last() + 1, v - 1, others, c)) {
        if (futureBefore(toks, v, c.last() + 1)) {
          return new Verdict(Relation.planned, null);
        }
        if (past) {
          return dated(toks, v + 1, to, others, recordYear);
        }
      }
    }
    Relation nominal = nominal(toks, c, from);
    if (nominal == Relation.signed) {
      return dated(toks, c.last() + 1, to, others, recordYear); // "welcomed the signing of X in 2005": not now
    }
    return new Verdict(nominal != null ? nominal : Relation.cited, null);
  }

  /**
   * Only what may stand between a verb and its object: articles, adverbs, other names of a list, and a
   * relative clause that says the signed document contains this one ("which incorporates the launch of").
   */
  private boolean objectGap(List<Token> toks, int a, int b, List<Candidate> others, Candidate self) {
    int words = 0;
    for (int i = a; i <= b; i++) {
      Token t = toks.get(i);
      if (inOther(others, i, self)) {
        continue;
      }
      if (t.type() == Type.PUNCT) {
        if (t.text().equals(";") || t.text().equals(":") || t.text().equals(".")) {
          return false;
        }
        continue;
      }
      if (t.type() == Type.NUMBER) {
        continue;
      }
      String l = t.lower();
      if (++words > MAX_GAP_WORDS) {
        return false;
      }
      if (!(cues.is(InstrumentCues.OBJECT_GAP | InstrumentCues.DETERMINER, t) || l.endsWith("ly"))) {
        return false;
      }
    }
    return true;
  }

  /** The token after a short parenthesis ("(EPA)") that may follow a name at {@code i}, or {@code i}. */
  private static int afterParenthesis(List<Token> toks, int i, int to) {
    if (i <= to && toks.get(i).text().equals("(")) {
      for (int j = i + 1; j <= Math.min(to, i + 4); j++) {
        if (toks.get(j).text().equals(")")) {
          return j + 1;
        }
      }
    }
    return i;
  }

  private int nextSigning(List<Token> toks, int a, int to) {
    for (int v = a; v <= to; v++) {
      Token t = toks.get(v);
      if (t.isWord() && cues.is(InstrumentCues.SIGN_PAST | InstrumentCues.SIGN_BASE, t)
          && !(v > a && toks.get(v - 1).isWord() && cues.is(InstrumentCues.DETERMINER, toks.get(v - 1)))) {
        return v;
      }
    }
    return -1;
  }

  /** "were signed", "was also signed", "have been signed". */
  private static boolean passiveBefore(List<Token> toks, int v) {
    for (int i = v - 1; i >= Math.max(0, v - 3); i--) {
      String l = toks.get(i).lower();
      if (l.equals("was") || l.equals("were") || l.equals("been") || l.equals("be") || l.equals("is")
          || l.equals("are")) {
        return true;
      }
      if (!(l.endsWith("ly") || l.equals("also") || l.equals("then") || l.equals("all") || l.equals("both"))) {
        return false;
      }
    }
    return false;
  }

  /** Few harmless words between a name and a verb after it ("which we", ", issued"). */
  private boolean afterGap(List<Token> toks, int a, int b, List<Candidate> others, Candidate self) {
    int n = 0;
    for (int i = a; i <= b; i++) {
      Token t = toks.get(i);
      if (inOther(others, i, self) || t.type() == Type.PUNCT && !t.text().equals(":")) {
        continue;
      }
      if (i == a + 1 && toks.get(a).text().equals("(")) {
        continue; // the acronym in "Agreement (COMCASA) signed last year"
      }
      if (!t.isWord() || !cues.is(InstrumentCues.GAP, t) || ++n > MAX_AFTER) {
        return false;
      }
    }
    return true;
  }

  /** The rest of a subject list before a passive signing verb: no other verb in between. */
  private boolean subjectGap(List<Token> toks, int a, int b, List<Candidate> others, Candidate self) {
    for (int i = a; i <= b; i++) {
      Token t = toks.get(i);
      if (inOther(others, i, self) || !t.isWord()) {
        continue;
      }
      String l = t.lower();
      if (!t.capitalized() && l.endsWith("ed") && l.indexOf('-') < 0 || cues.is(InstrumentCues.BLOCK, t)
          || (cues.mask(t) & (InstrumentCues.STOP | InstrumentCues.GAP)) == InstrumentCues.STOP) {
        return false;
      }
    }
    return true;
  }

  /** "will sign", "to be signed", "would also conclude": a future marker within two words before. */
  private boolean futureBefore(List<Token> toks, int v, int from) {
    for (int i = v - 1; i >= Math.max(from, v - 3); i--) {
      Token t = toks.get(i);
      if (!t.isWord()) {
        return false;
      }
      if (cues.is(InstrumentCues.FUTURE, t)) {
        return true;
      }
      String l = t.lower();
      if (!(l.endsWith("ly") || l.equals("also") || l.equals("then") || l.equals("soon") || l.equals("eventually"))) {
        return false;
      }
    }
    return false;
  }

  /** The signing clause after {@code a}: a year there or an earlier-meeting word dates the signing elsewhere. */
  private Verdict dated(List<Token> toks, int a, int to, List<Candidate> others, Integer recordYear) {
    Integer year = null;
    boolean prior = false;
    for (int i = a; i <= to; i++) {
      Token t = toks.get(i);
      if (t.text().equals(";") || (t.isWord() && (cues.is(InstrumentCues.SIGN_PAST, t) || t.is("but")))) {
        break;
      }
      if (inAny(others, i)) {
        continue;
      }
      if (CandidateFinder.isYear(t) && year == null) {
        year = Integer.valueOf(t.text());
      } else if (t.isWord() && cues.is(InstrumentCues.PRIOR, t)) {
        prior = true;
      }
    }
    if (year != null) {
      boolean now = recordYear != null && year.equals(recordYear) && !prior;
      return new Verdict(now ? Relation.signed : Relation.cited, year);
    }
    return new Verdict(prior ? Relation.cited : Relation.signed, null);
  }

  /**
   * "the early conclusion of the X", "negotiations on the X": planned; "witnessed the signing of the X":
   * signed; null when no such noun stands just before the mention.
   */
  private Relation nominal(List<Token> toks, Candidate c, int from) {
    int i = c.first() - 1;
    int skipped = 0;
    while (i >= from && skipped < 3 && toks.get(i).isWord() && (cues.is(InstrumentCues.DETERMINER | InstrumentCues.CONNECTOR,
        toks.get(i)) || toks.get(i).is("ceremony"))) {
      i--;
      skipped++;
    }
    if (i < from || skipped == 0 || !toks.get(i).isWord()) {
      return null;
    }
    Token l = toks.get(i);
    if (cues.is(InstrumentCues.PLANNED_NOUN, l)) {
      return Relation.planned;
    }
    if (cues.is(InstrumentCues.SIGN_NOUN, l)) {
      for (int k = i - 1; k >= Math.max(from, i - 3); k--) {
        Token w = toks.get(k);
        if (toks.get(k).isWord() && cues.is(InstrumentCues.PLANNED_MODIFIER, w)) {
          return Relation.planned;
        }
        if (toks.get(k).isWord() && cues.is(InstrumentCues.WITNESS, w)) {
          return Relation.signed;
        }
      }
    }
    return null;
  }

  private static boolean inAny(List<Candidate> others, int i) {
    for (Candidate o : others) {
      if (o.covers(i)) {
        return true;
      }
    }
    return false;
  }

  /** Is token {@code i} inside another candidate that does not overlap {@code self}? */
  private static boolean inOther(List<Candidate> others, int i, Candidate self) {
    for (Candidate o : others) {
      if (o != self && o.covers(i) && !(o.first() <= self.last() && self.first() <= o.last())) {
        return true;
      }
    }
    return false;
  }
}
