package org.compendium.extract.commitment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.compendium.extract.commitment.CueLexicon.Lead;
import org.compendium.util.WordSet;

/**
 * Finds the commitments in one sentence (a {@link Unit}'s tokens). An anchor is a future construction ("X will
 * visit", "X would be waived", "is to be set up"), a lead with an infinitive or gerund ("agreed to hold",
 * "their intention to sign", "directed the commission to suggest", "agreed on having"), a passive decision
 * ("the return ... was decided"), or a scheduled event ("the meeting scheduled for ..."). Each anchor's
 * clause runs from its subject (after "that", ";" or a coordinating ", and") to the end of the sentence or the
 * next coordinated commitment; an anchor nested inside an accepted clause (a relative clause, a quoted
 * instrument) belongs to it. Whether an anchor is a commitment depends on its subject (an actor must act:
 * "it will focus on" is none) and on the leads that govern it (see leads.tsv): hopes need a concrete act,
 * proposals need acceptance, beliefs block the joint-intention rule. Holds no per-document state.
 */
final class ClauseAnalyzer {
  enum Kind { MODAL_ACTIVE, MODAL_PASSIVE, MODAL_STATIVE, LEAD_INF, DECIDED, SCHEDULED, THAT_FUTURE, LIST_ITEM }

  /** A found commitment: tokens {@code [start, end)} of the sentence, the anchor token, who acts. */
  record Candidate(int start, int end, int anchor, Kind kind, List<String> by) {}

  private static final Set<String> NP_STOPS = WordSet.of("of", "on", "in", "at", "for", "with", "to", "about", "by",
      "from", "and", "that", "which", "regarding");

  private final CueLexicon lex;
  private final AnchorFinder finder;
  private final Agency agency;

  ClauseAnalyzer(CueLexicon lex) {
    this.lex = lex;
    this.finder = new AnchorFinder(lex);
    this.agency = new Agency(lex);
  }

  /**
   * The commitments in {@code toks}. {@code acceptedHere} and {@code acceptedNext} say this or the next
   * sentence accepts a proposal or invitation made here.
   */
  List<Candidate> analyze(List<Token> toks, Actors actors, DuePicker dues, boolean acceptedHere,
      boolean acceptedNext) {
    List<Anchor> anchors = finder.anchors(toks);
    List<Candidate> out = new ArrayList<>();
    int lastAnchor = -1;
    for (int ai = 0; ai < anchors.size(); ai++) {
      Anchor a = anchors.get(ai);
      if (a.kind() == Kind.SCHEDULED) {
        continue;
      }
      int cs = clauseStart(toks, a.pos(), lastAnchor);
      int previousAnchor = lastAnchor;
      lastAnchor = a.pos();
      Candidate prev = out.isEmpty() ? null : out.get(out.size() - 1);
      int cut = coordination(toks, cs);
      if (prev != null && (cut < 0 || cs == a.pos() && a.kind() != Kind.DECIDED
          && previousAnchor == prev.anchor())) {
        continue; // nested in the previous commitment's clause, or its second verb ("will A and will B")
      }
      int limit = toks.size();
      for (int bi = ai + 1; bi < anchors.size() && limit == toks.size(); bi++) {
        int cut2 = coordination(toks, clauseStart(toks, anchors.get(bi).pos(), a.pos()));
        if (cut2 > a.pos()) {
          limit = cut2; // the clause's own words end where a coordinated clause begins
        }
      }
      Candidate c = decide(toks, a, cs, limit, actors, dues, acceptedHere, acceptedNext);
      if (prev != null && (c != null || cs < a.pos()) && prev.end() > cut) {
        // a coordinated clause with its own subject ends the previous commitment, taken or not
        out.set(out.size() - 1, new Candidate(prev.start(), trimEnd(toks, prev.start(), cut), prev.anchor(),
            prev.kind(), prev.by()));
      }
      if (c != null) {
        out.add(c);
      }
    }
    for (Anchor a : anchors) {
      if (a.kind() == Kind.SCHEDULED && out.stream().noneMatch(c -> c.start() <= a.pos() && a.pos() < c.end())) {
        int np = nounPhraseStart(toks, a.action());
        List<String> by = actors.mentioned(toks, np, a.pos());
        out.add(new Candidate(np, clauseEnd(toks, a.pos()), a.pos(), Kind.SCHEDULED,
            by.isEmpty() ? actors.parties() : by));
      }
    }
    out.sort(Comparator.comparingInt(Candidate::start));
    return out;
  }

  /** Agreement leads with a "that" clause which holds no other commitment but a future date ("next year"). */
  List<Candidate> thatFuture(List<Token> toks, List<Candidate> found, Actors actors, DuePicker dues) {
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < toks.size(); i++) {
      CueLexicon.Match m = lex.leadAt(toks, i);
      if (m == null || m.end() >= toks.size() || !toks.get(m.end()).is("that")) {
        continue;
      }
      Lead cls = lex.leadClass(m);
      if (cls != Lead.AGREE && cls != Lead.STRONG) {
        continue;
      }
      int from = m.end() + 1;
      int to = clauseEnd(toks, from);
      if (from >= to || found.stream().anyMatch(c -> c.start() < to && c.end() > from)) {
        continue;
      }
      if (dues.hasFuture(toks, toks.get(from).start(), toks.get(to - 1).end())) {
        int cs = clauseStart(toks, i, -1);
        Actors.Subject s = actors.subject(toks, cs, i);
        out.add(new Candidate(from, to, i, Kind.THAT_FUTURE, s.codes().isEmpty() ? actors.parties() : s.codes()));
      }
    }
    return out;
  }




  private Candidate decide(List<Token> toks, Anchor a, int cs, int limit, Actors actors, DuePicker dues,
      boolean acceptedHere, boolean acceptedNext) {
    // the lead that governs the anchor: one inside the clause before it, else the one before "that"
    int govPos = -1;
    Lead gov = null;
    for (int k = a.pos() - 1; k >= cs && gov == null; k--) {
      CueLexicon.Match m = lex.leadAt(toks, k);
      if (m != null && m.end() <= a.pos() && !toks.get(k).capitalized()) {
        gov = lex.leadClass(m);
        govPos = k;
      }
    }
    int subjFrom = cs;
    if (gov != null) {
      subjFrom = a.kind() == Kind.LEAD_INF || a.kind() == Kind.DECIDED ? cs : govPos + 1;
    } else if (cs > 0 && toks.get(cs - 1).is("that")) {
      govPos = leadBeforeThat(toks, cs - 1);
      gov = govPos < 0 ? null : lex.leadClass(lex.leadAt(toks, govPos));
    }
    int subjTo = a.kind() == Kind.LEAD_INF && gov != null && govPos >= cs ? govPos : a.pos();
    Actors.Subject subj = actors.subject(toks, subjFrom, subjTo);
    if (subjFrom >= subjTo && cs > 0 && isConjunction(toks.get(cs - 1))) {
      // "X is committed to A and looks forward to B": the sentence's subject acts
      subj = actors.subject(toks, clauseStart(toks, cs - 1, -1), cs);
    }
    if (subjTo == subjFrom + 1 && toks.get(subjFrom).is("it") && govPos >= 0 && govPos < subjFrom) {
      // "Japan announced that it would extend ...": "it" is the state that reports
      Actors.Subject outer = actors.subject(toks, clauseStart(toks, govPos, -1), govPos);
      if (outer.actor() && outer.codes().size() == 1 && actors.namesState(toks, clauseStart(toks, govPos, -1),
          govPos)) {
        subj = outer;
      }
    }
    int action = a.action() >= 0 ? innerAction(toks, a.action()) : -1;
    if (action == toks.size() - 1 && !closed(toks)) {
      return null; // the text breaks off right after the verb: no act is stated
    }
    int end = clauseEnd(toks, a.pos());
    int ownEnd = Math.min(end, limit);
    boolean concrete = action >= 0 && concrete(toks, action, ownEnd)
        || ownEnd > a.pos() && dues.pick(toks, toks.get(a.pos()).start(), toks.get(ownEnd - 1).end()) != null;

    if (subj.stateless() && !subj.joint()) {
      return null; // an official of an international body undertakes nothing for the sides
    }
    if (subj.actor() && !subj.joint() && nonParty(subj.codes(), actors.parties())
        && (a.kind() == Kind.MODAL_ACTIVE || a.kind() == Kind.MODAL_STATIVE || a.kind() == Kind.LEAD_INF)) {
      return null; // what a third state will do is a prediction, not an undertaking of the sides
    }
    switch (a.kind()) {
      case MODAL_ACTIVE -> {
        if (!subj.actor() && !scheduledEvent(toks, subjFrom, a.pos(), a.action()) && gov != Lead.AGREE) {
          return null; // under "agreed that", what "would be discussed by experts" is what the sides agreed
        }
        if (lex.verbIs(toks.get(a.action()), "STATIVE") && gov != Lead.STRONG) {
          return null;
        }
        if (lex.verbIs(toks.get(a.action()), "DELIBERATE") && subj.actor() && !subj.joint()) {
          return null; // "he would consider it" answers without undertaking anything
        }
      }
      case MODAL_STATIVE -> {
        if (gov != Lead.STRONG || !subj.actor()) {
          return null;
        }
      }
      default -> { }
    }
    Lead own = a.own();
    boolean ok;
    if (own == Lead.PROPOSAL || gov == Lead.PROPOSAL) {
      ok = acceptedHere || acceptedNext;
    } else if (own == Lead.WEAK || gov == Lead.WEAK) {
      ok = concrete || acceptedHere;
    } else if (own == Lead.FIRM) {
      boolean joint = possessiveJoint(toks, a.pos()) || subj.joint();
      ok = concrete || acceptedHere
          || gov != Lead.COGNITIVE && (joint || action >= 0 && !lex.verbIs(toks.get(action), "SOFT"));
    } else {
      ok = true;
    }
    if (!ok) {
      return null;
    }
    return new Candidate(cs, end, a.pos(), a.kind(), agency.by(toks, a, cs, ownEnd, subjFrom, subjTo, subj, gov, govPos,
        actors));
  }

  /**
   * The lead right before the "that" at {@code that} ("expressed his hope that"); for "..., and that" the lead of
   * the first "that". Returns its token index or -1.
   */
  private int leadBeforeThat(List<Token> toks, int that) {
    for (int k = that - 1; k >= 0 && k >= that - 6; k--) {
      Token t = toks.get(k);
      if (isConjunction(t) || t.is(",")) {
        for (int j = k - 1; j >= 0; j--) {
          if (toks.get(j).is("that")) {
            return leadBeforeThat(toks, j);
          }
        }
        return -1;
      }
      if (!t.word()) {
        return -1;
      }
      CueLexicon.Match m = lex.leadAt(toks, k);
      if (m != null && m.end() >= that - 1) {
        return k;
      }
    }
    return -1;
  }



  private static boolean nonParty(List<String> codes, List<String> parties) {
    return !codes.isEmpty() && !parties.isEmpty() && codes.stream().noneMatch(parties::contains);
  }

  private static boolean closed(List<Token> toks) {
    String last = toks.get(toks.size() - 1).raw();
    return ".!?;:\"\u201d)".contains(last);
  }

  private boolean possessiveJoint(List<Token> toks, int pos) {
    return pos > 0 && lex.nounIs(toks.get(pos - 1), "JOINT");
  }

  /** "continue to hold" and "continue holding" act through their second verb. */
  private int innerAction(List<Token> toks, int v) {
    if (toks.get(v).is("continue") && v + 2 < toks.size()) {
      if (toks.get(v + 1).is("to") && AnchorFinder.verbLike(toks, AnchorFinder.skipAdverbs(toks, v + 2))) {
        return AnchorFinder.skipAdverbs(toks, v + 2);
      }
    }
    return v;
  }

  /**
   * A concrete act: a concrete verb, a light verb with an event noun ("make a visit", "have talks"), or a
   * concrete act named a few words on ("work for the early conclusion of ...", "strive to sign ...").
   */
  private boolean concrete(List<Token> toks, int action, int end) {
    if (lex.verbIs(toks.get(action), "CONCRETE") || lex.nounIs(toks.get(action), "EVENT")) {
      return true;
    }
    if (lex.verbIs(toks.get(action), "LIGHT")) {
      for (int k = action + 1; k < end && k <= action + 4; k++) {
        Token t = toks.get(k);
        if (lex.nounIs(t, "EVENT")) {
          return true;
        }
        if (!t.word() || AnchorFinder.PREPOSITIONS.contains(t.lower()) || t.is("up") || t.is("to")
            || t.is("that")) {
          break; // the event noun must be the light verb's object
        }
      }
    }
    // "work for the early conclusion of the treaty", "strive to sign the agreement"
    for (int k = action + 1; k < end && k <= action + 8; k++) {
      Token t = toks.get(k);
      if (!t.word() && !t.is("-")) {
        break;
      }
      if (lex.nounIs(t, "CONCRETE") || t.is("to") && k + 1 < end && lex.verbIs(toks.get(k + 1), "CONCRETE")) {
        return true;
      }
    }
    return false;
  }

  /** An event subject that takes place ("the visit will take place"), or "this year will see a visit". */
  private boolean scheduledEvent(List<Token> toks, int from, int pos, int verb) {
    int head = Actors.lastWord(toks, from, pos);
    if (head >= 0 && lex.nounIs(toks.get(head), "EVENT") && lex.verbIs(toks.get(verb), "EVENTVERB")) {
      return true;
    }
    if (!toks.get(verb).is("see")) {
      return false;
    }
    for (int k = verb + 1; k < toks.size() && k <= verb + 5; k++) {
      Token t = toks.get(k);
      if (!t.word() || AnchorFinder.FUNCTION.contains(t.lower()) && k > verb + 1) {
        return lex.nounIs(toks.get(k - 1), "EVENT");
      }
    }
    return false;
  }

  /** Where the clause holding the anchor at {@code pos} starts. */
  static int clauseStart(List<Token> toks, int pos, int lastAnchor) {
    for (int k = pos - 1; k >= 0; k--) {
      Token t = toks.get(k);
      if (t.is(";") || t.is(":") || t.is("\u201c") || t.is("\"") && k > 0 && !toks.get(k - 1).word()) {
        return k + 1;
      }
      if (t.is("that") && k + 1 < pos) {
        return k + 1;
      }
      if ((t.is("which") || t.is("who")) && Actors.lastWord(toks, k, pos) == k) {
        return k; // "..., which will be held in May": the relative pronoun is the subject
      }
      if (t.is(",") && k + 1 < pos && isConjunction(toks.get(k + 1))) {
        return k + 2;
      }
      if (t.is("and") && lastAnchor >= 0 && lastAnchor < k) {
        return k + 1;
      }
    }
    return 0;
  }

  /**
   * Where the clause before a coordinated clause starting at {@code cs} ends ("X was decided | and Y ...",
   * "..., and guaranteed that Y ..."), or -1 when the clause at {@code cs} is subordinate (a relative clause,
   * the content of a quoted instrument).
   */
  private static int coordination(List<Token> toks, int cs) {
    if (cs <= 0) {
      return -1;
    }
    Token before = toks.get(cs - 1);
    if (before.is(";") || isConjunction(before)) {
      return cs - 1;
    }
    if (!before.is("that")) {
      return -1;
    }
    for (int k = cs - 2; k >= 0 && k >= cs - 6; k--) {
      Token t = toks.get(k);
      if (isConjunction(t) || t.is(",")) {
        return k;
      }
      if (!t.word() || t.is("which") || t.is("who")) {
        return -1;
      }
    }
    return -1;
  }

  static boolean isConjunction(Token t) {
    return t.is("and") || t.is("but") || t.is("while") || t.is("whereas");
  }

  /** The end of the clause: the next ";" or the end of the sentence. */
  static int clauseEnd(List<Token> toks, int pos) {
    for (int k = pos + 1; k < toks.size(); k++) {
      if (toks.get(k).is(";")) {
        return k;
      }
    }
    return toks.size();
  }

  /** The end of a clause cut before the next coordinated clause at {@code next} (drops ", and that"). */
  private static int trimEnd(List<Token> toks, int start, int next) {
    int e = next;
    while (e > start + 1 && (!toks.get(e - 1).word() || isConjunction(toks.get(e - 1))
        || toks.get(e - 1).is("that"))) {
      e--;
    }
    return e;
  }

  /** Start of the noun phrase whose head is at {@code head} ("the North-South Korea foreign ministers' meeting"). */
  private static int nounPhraseStart(List<Token> toks, int head) {
    int k = head;
    while (k > 0) {
      Token t = toks.get(k - 1);
      boolean ok = t.word() && !NP_STOPS.contains(t.lower()) || !t.word() && !",;:.()\"\u201c\u201d".contains(t.raw());
      if (!ok) {
        break;
      }
      k--;
      if (t.is("the") || t.is("a") || t.is("an")) {
        break;
      }
    }
    return k;
  }


}
