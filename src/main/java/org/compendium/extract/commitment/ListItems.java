package org.compendium.extract.commitment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import org.compendium.extract.commitment.ClauseAnalyzer.Candidate;
import org.compendium.extract.commitment.ClauseAnalyzer.Kind;

/**
 * Items of a list introduced by a commitment: "The two sides will adopt the following measures: -- A -- B" or
 * "the minister outlined Japan's following initiatives: 1. ... 2. ...". Each item is then a commitment of the
 * lead-in's actors, unless the item states its own. Items are the labelled sentences after the lead-in with the
 * same label style; a blank line may precede the first, and separates later ones only in a numbered run.
 */
final class ListItems {
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern LETTERS = Pattern.compile("[ivx]+|[a-z]");
  private static final Pattern NON_DIGITS = Pattern.compile("\\D");

  private ListItems() {}

  /**
   * A lead-in's actors, whether only items stating an act ("To hold ...", "Holding ...") count, and whether
   * the lead-in ends in "to:" so that items open with a bare verb ("agreed to: -- hold ...").
   */
  record LeadIn(List<String> by, boolean actsOnly, boolean bareVerbs) {
    LeadIn(List<String> by, boolean actsOnly) {
      this(by, actsOnly, false);
    }
  }

  /**
   * Adds the items' commitments to {@code found} (kind {@link Kind#LIST_ITEM}) and returns, for each unit that
   * became an item, the index of its lead-in unit. {@code mayLeadIn} is a pre-check: false for a unit that
   * cannot be a lead-in when it has no commitment of its own (see {@link Gates#leadIn}).
   */
  static Map<Integer, Integer> extend(List<Unit> units, List<List<Token>> tokens, List<List<Candidate>> found,
      Actors actors, CueLexicon lex, IntPredicate mayLeadIn) {
    Map<Integer, Integer> leads = new HashMap<>();
    for (int i = 0; i + 1 < units.size(); i++) {
      if (found.get(i).isEmpty() && !mayLeadIn.test(i)) {
        continue; // without a commitment of its own, only "following"/"follows" or an AGREE lead opens a list
      }
      LeadIn lead = leadIn(tokens.get(i), found.get(i), actors, lex);
      if (lead == null) {
        continue;
      }
      String style = null;
      int number = -1;
      for (int j = i + 1; j < units.size(); j++) {
        Unit u = units.get(j);
        if (u.label() == null) {
          break;
        }
        String s = style(u.label());
        int n = number(u.label());
        if (style == null) {
          style = s;
        } else if (!style.equals(s) || u.blankBefore() && (n < 0 || n != number + 1)
            || n >= 0 && number >= 0 && n != number + 1) {
          break;
        }
        number = n;
        List<Token> toks = tokens.get(j);
        if (found.get(j).isEmpty() && !toks.isEmpty() && (!lead.actsOnly() || statesAnAct(toks)
            || lead.bareVerbs() && !toks.get(0).capitalized() && AnchorFinder.verbLike(toks, 0))) {
          found.get(j).add(new Candidate(0, toks.size(), 0, Kind.LIST_ITEM, lead.by()));
          leads.put(j, i);
        }
      }
    }
    return leads;
  }

  /** An item that opens with its act: "To hold ...", "Holding ..." (not "Including ..."). */
  private static boolean statesAnAct(List<Token> toks) {
    Token first = toks.get(0);
    if (first.is("to") && toks.size() > 1) {
      return AnchorFinder.verbLike(toks, AnchorFinder.skipAdverbs(toks, 1));
    }
    return first.lower().endsWith("ing") && first.lower().length() > 5 && !first.is("including")
        && !first.is("regarding") && !first.is("concerning");
  }

  /** The lead-in of a list of undertakings, or null if the sentence introduces no such list. */
  static LeadIn leadIn(List<Token> toks, List<Candidate> found, Actors actors, CueLexicon lex) {
    int following = -1;
    for (int k = 0; k < toks.size(); k++) {
      if (toks.get(k).is("following") || toks.get(k).is("follows") && k > 0 && toks.get(k - 1).is("as")) {
        following = k;
      }
    }
    boolean colon = !toks.isEmpty() && toks.get(toks.size() - 1).is(":");
    if (following < 0 && !colon) {
      return null;
    }
    for (Candidate c : found) {
      if (following >= c.start() && following < c.end() || colon && c.end() >= toks.size() - 1) {
        return new LeadIn(c.by(), false);
      }
    }
    if (following > 0 && following + 1 < toks.size() && lex.nounIs(toks.get(following + 1), "LIST")) {
      List<String> owner = actors.mentioned(toks, following - 1, following);
      if (!owner.isEmpty()) {
        return new LeadIn(owner, false);
      }
      Actors.Subject s = actors.subject(toks, 0, following);
      if (s.actor()) {
        return new LeadIn(s.codes().isEmpty() ? actors.parties() : s.codes(), false);
      }
    }
    for (int k = 0; k < toks.size(); k++) {
      CueLexicon.Match m = lex.leadAt(toks, k);
      if (m != null && lex.leadClass(m) == CueLexicon.Lead.AGREE) {
        // "the two sides agreed on the following:": items that state an act are agreed undertakings
        Actors.Subject s = actors.subject(toks, 0, k);
        boolean toColon = colon && toks.size() >= 2 && toks.get(toks.size() - 2).is("to");
        return new LeadIn(s.codes().isEmpty() ? actors.parties() : s.codes(), true, toColon);
      }
    }
    return null;
  }

  /** A label's shape: digits and letters folded ("1." and "2." share one, "--" another). */
  private static String style(String label) {
    return LETTERS.matcher(DIGITS.matcher(label).replaceAll("9")).replaceAll("a");
  }

  private static int number(String label) {
    String digits = NON_DIGITS.matcher(label).replaceAll("");
    return digits.isEmpty() || digits.length() > 3 ? -1 : Integer.parseInt(digits);
  }
}
