package org.compendium.extract.commitment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.compendium.extract.commitment.ClauseAnalyzer.Kind;
import org.compendium.extract.commitment.CueLexicon.Lead;
import org.compendium.util.WordSet;

/**
 * Finds the anchors of one sentence: future verb groups ("will visit", "would be waived", "is to be set up",
 * "are scheduled to meet"), leads with their act ("agreed to hold", "their intention to sign", "decided of its
 * own accord not to conduct", "agreed on having", "directed the commission to suggest", "looked forward to the
 * visit"), passive decisions ("was decided", "agreement was made") and scheduled events ("the meeting
 * scheduled for ..."). Stateless.
 */
final class AnchorFinder {
  /** Grammatical words that cannot be the verb after "to" or a modal. */
  static final Set<String> FUNCTION = WordSet.of("the", "a", "an", "this", "that", "these", "those", "his",
      "her", "their", "its", "our", "my", "your", "such", "all", "any", "some", "each", "every", "no", "it",
      "them", "him", "me", "us", "you", "which", "what", "whom", "whose", "of", "in", "on", "at", "for", "with",
      "by", "from", "as", "and", "or", "but", "be", "to");
  static final Set<String> PREPOSITIONS = WordSet.of("of", "in", "at", "on", "during", "with", "through",
      "by", "for", "after", "upon");
  /** Word endings of nouns and adjectives, never of a verb's base form. */
  private static final List<String> NOUN_SUFFIXES = List.of("tion", "sion", "ity", "ness", "ous", "ful",
      "ical", "ship");
  private static final Set<String> SCHEDULE = WordSet.of("scheduled", "slated", "planned", "set", "expected");

  private final CueLexicon lex;

  AnchorFinder(CueLexicon lex) {
    this.lex = lex;
  }

  List<Anchor> anchors(List<Token> toks) {
    List<Anchor> out = new ArrayList<>();
    int n = toks.size();
    for (int i = 0; i < n; i++) {
      Token t = toks.get(i);
      CueLexicon.Match m = lex.leadAt(toks, i);
      if (m != null && !toks.get(i).capitalized() || m != null && i == 0) {
        Lead cls = lex.leadClass(m);
        Anchor a = leadAnchor(toks, m, cls);
        if (a != null) {
          out.add(a);
        }
        if (m.words()[0].equals("would")) {
          i = m.end() - 1; // "would like to": a wish, not a future
          continue;
        }
      }
      if (lex.modal(t)) {
        addVerbGroup(toks, i, i + 1, out);
      } else if ((t.is("is") || t.is("are") || t.is("was") || t.is("were")) && i + 1 < n) {
        Token next = toks.get(i + 1);
        if (next.is("to")) {
          addVerbGroup(toks, i, i + 2, out);
        } else if (SCHEDULE.contains(next.lower()) && i + 2 < n && toks.get(i + 2).is("to")) {
          addVerbGroup(toks, i, i + 3, out);
        }
      }
      if (lex.nounIs(t, "EVENT") && i + 2 < n) {
        int j = toks.get(i + 1).is(",") ? i + 2 : i + 1;
        if (j + 2 < n && (SCHEDULE.contains(toks.get(j).lower()) && (toks.get(j + 1).is("for")
            || toks.get(j + 1).is("to"))
            || toks.get(j).is("to") && toks.get(j + 1).is("be") && toks.get(j + 2).is("held"))) {
          out.add(new Anchor(Kind.SCHEDULED, j, i, null));
        }
      }
    }
    out.sort(Comparator.comparingInt(Anchor::pos));
    return out;
  }

  private Anchor leadAnchor(List<Token> toks, CueLexicon.Match m, Lead cls) {
    int e = m.end();
    int n = toks.size();
    if (cls == Lead.DECIDED) {
      return new Anchor(Kind.DECIDED, m.start(), -1, Lead.AGREE);
    }
    if (e >= n) {
      return null;
    }
    int to = skipAdverbs(toks, e);
    if (to < n && PREPOSITIONS.contains(toks.get(to).lower()) && (cls == Lead.AGREE || cls == Lead.STRONG)) {
      // "decided of its own accord not to conduct", "agreed in principle to hold"
      for (int k = to + 1; k < n && k < to + 6 && toks.get(k).word(); k++) {
        if (toks.get(k).is("to")) {
          to = k;
          break;
        }
      }
    }
    if (to < n && toks.get(to).is("to")) {
      int v = skipAdverbs(toks, to + 1);
      if (verbLike(toks, v) && (!lex.gerundLead(m) || toks.get(v).lower().endsWith("ing"))) {
        return new Anchor(Kind.LEAD_INF, m.start(), v, cls);
      }
      if (lex.gerundLead(m)) {
        // "looked forward to the President's visit": the act is the event the noun phrase names
        for (int k = to + 1; k < n && k <= to + 7 && toks.get(k).word(); k++) {
          if (lex.nounIs(toks.get(k), "EVENT")) {
            return new Anchor(Kind.LEAD_INF, m.start(), k, cls);
          }
        }
      }
    }
    if ((toks.get(e).is("on") || toks.get(e).is("upon")) && e + 1 < n && toks.get(e + 1).lower().endsWith("ing")
        && cls == Lead.AGREE) {
      return new Anchor(Kind.LEAD_INF, m.start(), e + 1, cls);
    }
    boolean object = cls == Lead.DIRECTIVE || cls == Lead.PROPOSAL && !m.label().startsWith("invitation")
        || m.label().contains("view") && toks.get(e).is("for");
    if (object) {
      for (int k = e; k < n && k < e + 10; k++) {
        Token t = toks.get(k);
        if (t.is(";") || t.is(":") || t.is(".")) {
          break;
        }
        if (t.is("to") && k > e) {
          int v = skipAdverbs(toks, k + 1);
          if (verbLike(toks, v)) {
            return new Anchor(Kind.LEAD_INF, m.start(), v, cls);
          }
          break;
        }
      }
    }
    return null;
  }

  private void addVerbGroup(List<Token> toks, int pos, int from, List<Anchor> out) {
    int j = skipAdverbs(toks, from);
    if (j >= toks.size() || toks.get(j).is("have")) {
      return;
    }
    if (toks.get(j).is("be")) {
      int k = skipAdverbs(toks, j + 1);
      boolean passive = k < toks.size() && lex.verbIs(toks.get(k), "PASSIVE");
      out.add(new Anchor(passive ? Kind.MODAL_PASSIVE : Kind.MODAL_STATIVE, pos, passive ? k : j, null));
    } else if (verbLike(toks, j)) {
      out.add(new Anchor(Kind.MODAL_ACTIVE, pos, j, null));
    }
  }

  static int skipAdverbs(List<Token> toks, int i) {
    while (i < toks.size() && toks.get(i).adverb()) {
      i++;
    }
    return i;
  }

  static boolean verbLike(List<Token> toks, int i) {
    if (i >= toks.size()) {
      return false;
    }
    Token t = toks.get(i);
    if (!t.word() || t.capitalized() || FUNCTION.contains(t.lower()) || Character.isDigit(t.raw().charAt(0))) {
      return false;
    }
    for (String suffix : NOUN_SUFFIXES) {
      if (t.lower().endsWith(suffix) && t.lower().length() > suffix.length() + 2) {
        return false; // "committed to peaceful development": "to" before an adjective or noun
      }
    }
    return true;
  }
}
