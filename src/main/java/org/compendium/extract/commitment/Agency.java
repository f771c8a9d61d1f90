package org.compendium.extract.commitment;

import java.util.List;
import org.compendium.extract.commitment.ClauseAnalyzer.Kind;
import org.compendium.extract.commitment.CueLexicon.Lead;

/**
 * Who acts in a commitment: a possessive before a noun lead ("his intention"), the invited side of an accepted
 * invitation, a passive's agent ("chaired by X") or the reporting clause's subject, else the clause's subject;
 * then partners met with join ("talks with Mori"), a visit's host leaves ("visit Japan"), and "the two" of
 * several parties narrows to the pair named before ("the Japan-Russia Summit Meeting"). Stateless.
 */
final class Agency {
  private final CueLexicon lex;

  Agency(CueLexicon lex) {
    this.lex = lex;
  }

  /** Who acts, refined: partners met with join, a visit's host leaves, "the two" of several parties narrows. */
  List<String> by(List<Token> toks, Anchor a, int cs, int end, int subjFrom, int subjTo,
      Actors.Subject subj, Lead gov, int govPos, Actors actors) {
    List<String> by = baseBy(toks, a, cs, subjFrom, subjTo, subj, gov, govPos, actors);
    if (a.action() >= 0) {
      by = Actors.union(by, actors.partners(toks, a.action(), end));
    }
    if (by.size() > 1) {
      String found = null;
      if (a.action() >= 0 && a.kind() != Kind.MODAL_PASSIVE) {
        found = actors.visitDestination(toks, a.action(), Math.min(end, a.action() + 5));
      } else if (Actors.lastWord(toks, subjFrom, subjTo) >= 0
          && toks.get(Actors.lastWord(toks, subjFrom, subjTo)).lower().startsWith("visit")) {
        found = actors.visitDestination(toks, 0, cs); // "the visit to Japan by X ..., that the visit will be"
      }
      String host = found;
      if (host != null && by.contains(host)) {
        by = by.stream().filter(c -> !c.equals(host)).toList();
      }
    }
    List<String> parties = actors.parties();
    if (parties.size() > 2 && by.size() == parties.size() && by.containsAll(parties)) {
      List<String> pair = actors.pairBefore(toks.get(a.pos()).start());
      if (!pair.isEmpty()) {
        by = pair;
      }
    }
    return by;
  }

  private List<String> baseBy(List<Token> toks, Anchor a, int cs, int subjFrom, int subjTo, Actors.Subject subj,
      Lead gov, int govPos, Actors actors) {
    if (a.kind() == Kind.LEAD_INF && a.pos() > 0 && a.own() != Lead.AGREE && a.own() != Lead.PROPOSAL) {
      // a possessive before a noun lead: "his intention to", "Japan's commitment to" (not for invitations:
      // "X invited Y to visit", "his invitation to visit": the one named before the lead is the inviter)
      List<String> poss = actors.mentioned(toks, a.pos() - 1, a.pos());
      if (!poss.isEmpty()) {
        return poss;
      }
    }
    if (a.kind() == Kind.LEAD_INF && a.own() == Lead.PROPOSAL) {
      // an accepted invitation: the invited side acts, named as the object or as the one who accepts
      List<String> object = actors.mentioned(toks, a.pos() + 1, a.action());
      if (!object.isEmpty()) {
        return object;
      }
      int accept = lex.acceptIndex(toks, cs, a.pos());
      if (accept > cs) {
        List<String> acceptor = actors.subject(toks, cs, accept).codes();
        if (!acceptor.isEmpty()) {
          return acceptor;
        }
      }
      List<String> inviter = subj.codes();
      List<String> rest = actors.parties().stream().filter(c -> !inviter.contains(c)).toList();
      if (!inviter.isEmpty() && !rest.isEmpty()) {
        return rest;
      }
    }
    boolean passive = a.kind() == Kind.MODAL_PASSIVE || a.kind() == Kind.DECIDED || !subj.actor();
    if (passive) {
      List<String> agent = actors.agent(toks, a.pos(), ClauseAnalyzer.clauseEnd(toks, a.pos()));
      if (!agent.isEmpty()) {
        return agent;
      }
      if (govPos >= 0 && govPos < subjFrom) {
        Actors.Subject outer = actors.subject(toks, ClauseAnalyzer.clauseStart(toks, govPos, -1), govPos);
        if (!outer.codes().isEmpty()) {
          return outer.codes();
        }
      }
      return actors.parties();
    }
    return subj.codes().isEmpty() ? actors.parties() : subj.codes();
  }
}
