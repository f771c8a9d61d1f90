package org.compendium.extract.statement;

import java.util.ArrayList;
import java.util.List;
import org.compendium.extract.statement.Candidate.Type;
import org.compendium.extract.statement.ClauseAnalyzer.Found;

/**
 * Turns the classified verbs of a sentence into speech acts with content spans: content runs from the verb
 * (or, when it is short, from the subject) to the next act attached at the same clause level; inverted reports
 * take the clause before them; lead-ins ("as follows") are marked; an act nested in the content of the same
 * speaker's act is folded into it.
 */
final class ContentSpans {
  private ContentSpans() {}

  static List<Found> spans(List<Token> toks, List<Candidate> kept, Speakers speakers) {
    List<Found> out = new ArrayList<>();
    int n = toks.size();
    for (int i = 0; i < kept.size(); i++) {
      Candidate c = kept.get(i);
      // The content runs to the next act attached at this clause level, or to the sentence end.
      int end = c.contentTo >= 0 ? c.contentTo - 1 : n;
      Candidate merged = null;
      for (int k = i + 1; k < kept.size() && c.contentTo < 0; k++) {
        Candidate m = kept.get(k);
        if (m.type == Type.COORD || m.type == Type.PARTICIPLE || isClauseCut(toks, m)
            || m.type == Type.PASSIVE && m.attach >= 0) {
          end = m.attach >= 0 ? m.attach : m.v;
          if (m.type == Type.COORD) {
            merged = m;
          }
          break;
        }
      }
      int from;
      int to;
      if (c.type == Type.INVERTED) {
        int prevEnd = 0;
        for (Found f : out) {
          prevEnd = Math.max(prevEnd, indexAfter(toks, f.end()));
        }
        from = prevEnd;
        to = ClauseAnalyzer.isParenthetical(toks, c, c.subjStart) ? end : c.subjStart - 1;
      } else if (c.type == Type.PASSIVE) {
        from = c.subjStart;
        to = end;
      } else {
        from = c.v;
        to = end;
      }
      boolean leadIn = c.type != Type.INVERTED && isLeadIn(toks, c.ve, Math.min(to, n));
      boolean says = true;
      if (leadIn) {
        boolean thatClause = c.ve < n && toks.get(c.ve).is("that");
        if (merged != null && !thatClause) {
          to = n;
          merged.dropped = true;
        } else if (!thatClause) {
          says = false;
        }
      }
      if (c.ve < n && toks.get(c.ve).is("that") && c.ve + 1 < n && toks.get(c.ve + 1).is("(")) {
        says = false;
        leadIn = false;
      }
      if (c.dropped) {
        continue;
      }
      int words = 0;
      for (int k = c.ve; k < to && k < n; k++) {
        words += toks.get(k).isWord() ? 1 : 0;
      }
      if (words < 5 && c.subjStart >= 0 && c.type == Type.FINITE) {
        from = c.subjStart;
      }
      from = trimStart(toks, from, to);
      to = trimEnd(toks, from, to);
      if (to <= from) {
        continue;
      }
      boolean own = c.type == Type.FINITE || c.type == Type.INVERTED;
      out.add(new Found(c.speaker, c.act, toks.get(from).start(), toks.get(to - 1).end(), leadIn, says, own));
      speakers.noteSpeaker(c.speaker);
    }
    return suppressNested(out);
  }

  /** A later act with its own subject after "; ", ", and", ", but" or an outline label starts a new clause. */
  private static boolean isClauseCut(List<Token> toks, Candidate m) {
    if (m.type != Type.FINITE || m.attach < 0) {
      return false;
    }
    Token t = toks.get(m.attach);
    return t.is(";") || t.is(",") || t.is(")") || (t.is("and") || t.is("but"))
        && m.attach > 0 && (toks.get(m.attach - 1).is(",") || toks.get(m.attach - 1).is(";"));
  }

  /** "made the following statements", "responded as follows:", "agreed on the following points". */
  private static boolean isLeadIn(List<Token> toks, int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = toks.get(k);
      if (t.is("following") && k - from <= 4) {
        return true;
      }
      if (t.is("follows") && k > 0 && toks.get(k - 1).is("as")) {
        return true;
      }
    }
    return to >= 1 && to <= toks.size() && toks.get(to - 1).is(":");
  }

  private static int indexAfter(List<Token> toks, int offset) {
    for (int k = 0; k < toks.size(); k++) {
      if (toks.get(k).start() >= offset) {
        return k;
      }
    }
    return toks.size();
  }

  private static int trimStart(List<Token> toks, int from, int to) {
    while (from < to && (toks.get(from).is(",") || toks.get(from).is(";") || toks.get(from).is("\u201c")
        || toks.get(from).is("\"") || toks.get(from).is("\u201d"))) {
      from++;
    }
    return from;
  }

  private static int trimEnd(List<Token> toks, int from, int to) {
    to = Math.min(to, toks.size());
    while (to > from) {
      Token t = toks.get(to - 1);
      if (t.is(",") || t.is(";") || t.is("and") || t.is(".") || t.is(":") || t.is("\u201d") || t.is("\"")) {
        to--;
      } else {
        break;
      }
    }
    return to;
  }

  /** An act with its own subject inside the content of an act by the same speaker is part of it. */
  private static List<Found> suppressNested(List<Found> found) {
    List<Found> out = new ArrayList<>();
    for (Found f : found) {
      boolean nested = false;
      for (Found o : out) {
        if (f.ownSubject() && o.emit() && o.start() <= f.start() && f.end() <= o.end()
            && o.speaker().value().equals(f.speaker().value())) {
          nested = true;
          break;
        }
      }
      if (!nested) {
        out.add(f);
      }
    }
    return out;
  }
}
