package org.compendium.extract.commitment;

import java.util.Comparator;
import java.util.List;
import org.compendium.model.Temporal;

/**
 * Picks a commitment's deadline or scheduled time among the record's date expressions. A candidate lies inside
 * the commitment; it is skipped when it dates a past event rather than the action: its period ended before the
 * record's date, or a past marker ("issued", "was", "last", "ago", an instrument "signed" ...) sits in its
 * clause before it and no deadline word ("by", "within", "until") directly precedes it. Resolved candidates
 * are preferred to unresolved ones. Built per document.
 */
final class DuePicker {
  /** The chosen expression. */
  record Due(String value, String text) {}

  private final List<Temporal> temporals;
  private final String recordDate;
  private final CueLexicon lex;

  DuePicker(List<Temporal> temporals, String recordDate, CueLexicon lex) {
    this.temporals = temporals.stream().filter(t -> t.span() != null)
        .sorted(Comparator.comparingInt((Temporal t) -> t.span().start())).toList();
    this.recordDate = recordDate;
    this.lex = lex;
  }

  /** The due of a commitment spanning {@code [from, to)} of the text; {@code toks} covers its sentence. */
  Due pick(List<Token> toks, int from, int to) {
    Temporal unresolved = null;
    for (int i = firstAtOrAfter(from); i < temporals.size(); i++) {
      Temporal t = temporals.get(i);
      if (t.span().start() >= to) {
        break;
      }
      if (t.span().end() > to) {
        continue;
      }
      if (isPast(t) || pastContext(toks, t.span().start(), from)) {
        continue;
      }
      if (t.value() != null) {
        return new Due(t.value(), t.text());
      }
      if (unresolved == null) {
        unresolved = t;
      }
    }
    return unresolved == null ? null : new Due(null, unresolved.text());
  }

  /** Whether a resolved expression in {@code [from, to)} lies after the record's date (or says "next"). */
  boolean hasFuture(List<Token> toks, int from, int to) {
    for (int i = firstAtOrAfter(from); i < temporals.size(); i++) {
      Temporal t = temporals.get(i);
      if (t.span().start() >= to) {
        break;
      }
      if (t.span().end() > to || t.value() == null) {
        continue;
      }
      if (recordDate != null && compare(t.value(), recordDate) > 0) {
        return true;
      }
      for (Token w : Token.split(t.text(), 0, t.text().length())) {
        if ("FUTURE".equals(lex.temporalCue(w))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Index of the first expression starting at or after {@code pos} (binary search). */
  private int firstAtOrAfter(int pos) {
    int lo = 0;
    int hi = temporals.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (temporals.get(mid).span().start() < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private boolean isPast(Temporal t) {
    return t.value() != null && recordDate != null && compare(t.value(), recordDate) < 0;
  }

  /** Compares an ISO value with a date at the value's own precision ("2000" equals "2000-09-05"). */
  static int compare(String value, String date) {
    int n = Math.min(value.length(), date.length());
    return value.substring(0, n).compareTo(date.substring(0, n));
  }

  private boolean pastContext(List<Token> toks, int pos, int from) {
    int i = indexAt(toks, pos);
    if (i < 0) {
      return false;
    }
    if (deadlineWord(toks.get(i)) || (i > 0 && deadlineWord(toks.get(i - 1)))) {
      return false;
    }
    for (int k = i - 1; k >= 0 && k >= i - 8; k--) {
      Token t = toks.get(k);
      if (t.is(",") || t.is(";") || t.start() < from) {
        break;
      }
      if ("PAST".equals(lex.temporalCue(t)) && !(k > 0 && toks.get(k - 1).is("be"))) {
        return true;
      }
    }
    return false;
  }

  /** A word that makes what follows a deadline even in a past clause ("stipulated ... by the year 2000"). */
  private boolean deadlineWord(Token t) {
    return "DEADLINE".equals(lex.temporalCue(t)) && !t.is("in") && !t.is("on") && !t.is("for")
        && !t.is("during");
  }

  private static int indexAt(List<Token> toks, int pos) {
    for (int k = 0; k < toks.size(); k++) {
      if (toks.get(k).start() >= pos) {
        return k;
      }
    }
    return -1;
  }
}
