package org.compendium.extract.temporal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.compendium.extract.Vocabulary;
import org.compendium.extract.temporal.Candidate.Kind;
import org.compendium.resolve.DateExpr.Calendar;
import org.compendium.resolve.DateLexicon;
import org.compendium.resolve.DateLexicon.Modifier;
import org.compendium.resolve.DateLexicon.Relative;
import org.compendium.util.WordSet;

/**
 * Finds date expressions in a token list, left to right, longest first: calendar dates in their printed
 * orders ("September 5, 2000", "5 September 2000", "Friday 13 October", "2000/09/05", "May, 2004"), day ranges
 * within a month ("23-24 September 2000"), months and years, seasons, relative expressions from the lexicon,
 * "next March", "40 years ago", each optionally opened by a modifier ("by the end of"). It reads shapes only;
 * whether a bare year or month is a date, or part of a name, is {@link NameGuard}'s call.
 *
 * <p>Limits: English only; a numeric date whose day and month could be swapped (05/06/2001) is found with no
 * value; ranges across months ("30 September-2 October") give two expressions.
 */
final class TemporalParser {
  // the few grammatical words date shapes are built from
  private static final Set<String> RANGE_TO = WordSet.of("to", "until", "till", "through");

  private final DateLexicon lex;
  private final PhraseTrie<Relative> relatives = new PhraseTrie<>();
  private final PhraseTrie<Modifier> modifiers = new PhraseTrie<>();
  /** Every word a date expression may start with besides a number: one lookup instead of seven per word. */
  private final Set<String> startWords;

  /** {@link #startWords} by shared word id. */
  private final boolean[] startIds;

  TemporalParser(DateLexicon lex, Vocabulary vocabulary) {
    this.lex = lex;
    for (Relative r : lex.relatives()) {
      relatives.add(r.phrase(), r);
    }
    for (Modifier m : lex.modifiers()) {
      modifiers.add(m.phrase(), m);
    }
    Set<String> starts = new java.util.HashSet<>(lex.namedWords());
    starts.addAll(relatives.firstWords());
    starts.addAll(modifiers.firstWords());
    this.startWords = WordSet.copyOf(starts);
    int[] ids = starts.stream().mapToInt(vocabulary::intern).toArray();
    this.startIds = new boolean[java.util.Arrays.stream(ids).max().orElse(-1) + 1];
    for (int id : ids) {
      startIds[id] = true;
    }
  }

  /** Every date expression in {@code text} (tokenized as {@code toks}), in text order, not overlapping. */
  List<Candidate> parse(String text, List<Token> toks) {
    return new Run(text, toks).parse();
  }

  /** One parse of one text: the per-document state lives here, not in the shared parser. */
  private final class Run extends DateShapes {
    Run(String text, List<Token> toks) {
      super(text, toks, TemporalParser.this.lex, relatives);
    }

    List<Candidate> parse() {
      List<Candidate> out = new ArrayList<>();
      int i = 0;
      while (i < toks.size()) {
        if (!mayStart(toks.get(i))) {
          i++;
          continue;
        }
        List<Candidate> found = matchAt(i);
        if (found.isEmpty()) {
          i++;
        } else {
          out.addAll(found);
          i = found.get(found.size() - 1).end();
        }
      }
      return out;
    }

    private boolean mayStart(Token t) {
      if (t.isNumber()) {
        return true;
      }
      if (!t.isWord()) {
        return false;
      }
      int id = t.id();
      return id < 0 ? startWords.contains(t.lower()) : id < startIds.length && startIds[id];
    }

    private List<Candidate> matchAt(int i) {
      Candidate best = null;
      for (PhraseTrie.Hit<Modifier> hit : modifiers.matchAt(toks, i)) {
        Core core = hit.end() < toks.size() ? coreAt(hit.end()) : null;
        if (core != null && (hit.value().kinds().isEmpty() || hit.value().kinds().contains(core.kind().key))) {
          best = new Candidate(i, core.end(), core.expr(), core.kind(), true);
          break;
        }
      }
      if (best == null) {
        Core core = coreAt(i);
        if (core != null) {
          best = new Candidate(i, core.end(), core.expr(), core.kind(), false);
        }
      }
      if (best == null) {
        Candidate lead = dayBeforeRange(i);
        return lead == null ? List.of() : List.of(lead);
      }
      Candidate second = dayAfterRange(best);
      return second == null ? List.of(best) : List.of(best, second);
    }

    /** The longest core expression at {@code i}, or null; only the shapes that can start with its token. */
    private Core coreAt(int i) {
      Token t = toks.get(i);
      Core best = null;
      if (t.isNumber()) {
        best = longer(best, numeric(i));
        best = longer(best, dayFirst(i));
        best = longer(best, distance(i));
        best = longer(best, year(i));
        return best;
      }
      if (!t.isWord()) {
        return null;
      }
      String w = t.lower();
      if (lex.weekday(w) != null) {
        best = longer(best, weekdayDate(i));
        best = longer(best, weekdayAlone(i));
      }
      if (lex.month(w) != null) {
        best = longer(best, monthFirst(i));
      }
      if (lex.isSeason(w) || w.equals("the")) {
        best = longer(best, season(i));
      }
      if (lex.deictic(w) != null) {
        best = longer(best, deicticNamed(i));
      }
      if (lex.number(w) != null) {
        best = longer(best, distance(i));
      }
      if (relatives.startsAny(t)) {
        best = longer(best, relative(i));
      }
      return best;
    }

    private static Core longer(Core a, Core b) {
      return b != null && (a == null || b.end() > a.end()) ? b : a;
    }

    // ---- day ranges with "to": each day is its own expression ("from July 21 to 22")

    /** "22" after "July 21 to": the second day, in the first one's month and year. */
    private Candidate dayAfterRange(Candidate first) {
      if (!(first.expr() instanceof Calendar c) || c.day() == null) {
        return null;
      }
      int j = first.end();
      if (!isIn(j, RANGE_TO) || dayAt(j + 1) <= c.day() || monthName(afterDay(j + 1)) != null
          || monthName(afterDay(j + 1) + 1) != null) {
        return null;
      }
      Token next = tok(afterDay(j + 1));
      if (next != null && next.isWord() && lex.unit(next.lower()) != null) {
        return null;
      }
      int end = afterDay(j + 1);
      Calendar second = c.onDay(c.month(), dayAt(j + 1));
      if (c.year() == null && is(end, ",") && yearAt(end + 1) > 0) {
        second = new Calendar(yearAt(end + 1), null, c.month(), dayAt(j + 1));
        end += 2;
      }
      return new Candidate(j + 1, end, second, Kind.DAY, false);
    }

    /** "21" before "to 22 July": the first day, in the second one's month and year. */
    private Candidate dayBeforeRange(int i) {
      int d = dayAt(i);
      int j = afterDay(i);
      if (d < 0 || !isIn(j, RANGE_TO)) {
        return null;
      }
      Core next = dayFirst(j + 1);
      if (next == null || !(next.expr() instanceof Calendar c) || c.day() == null || c.day() <= d) {
        return null;
      }
      return new Candidate(i, j, c.onDay(c.month(), d), Kind.DAY, false);
    }
  }
}
