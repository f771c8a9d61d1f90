package org.compendium.extract.temporal;

import java.util.List;
import org.compendium.extract.temporal.Candidate.Kind;
import org.compendium.resolve.DateLexicon;

/**
 * Decides whether a calendar expression the parser found is a date of the text, or not one: a bare year or
 * month without a word that introduces it ("in 2003", "for July"; not "Expo 2005", "(2002, Book I)"), a year
 * counting something ("2000 people"), or a date inside or before a name ("the 1956 Japan-Soviet Joint
 * Declaration", "the 1998 informal summit", "the Tokyo Declaration of 13 October 1993"). Relative expressions
 * and expressions opened by a modifier ("by the end of 2000") always pass.
 *
 * <p>Limits: it reads capitalization and a lexicon of head nouns, not syntax, so an unusual name ("the 2000
 * Okinawa Round") or an article-less sentence ("In 2003 Japan-Russia Summit was held") can fool it.
 */
final class NameGuard {
  /** Tokens scanned after a date for the head noun of a name it modifies. */
  private static final int HEAD_WINDOW = 6;
  /** Tokens scanned back from "of <date>" for the name the date belongs to. */
  private static final int OF_WINDOW = 15;
  private static final String PUBLICATION = "publication";

  private final DateLexicon lex;

  NameGuard(DateLexicon lex) {
    this.lex = lex;
  }

  boolean accept(Candidate c, String text, List<Token> toks) {
    if (c.modified() || !c.kind().calendar()) {
      return true;
    }
    TokenView s = new TokenView(text, toks, lex);
    int before = c.first() - 1;
    Token prev = s.tok(before);
    if ((c.kind() == Kind.YEAR || c.kind() == Kind.MONTH) && (prev == null || !lex.isLead(prev.lower()))
        && !(c.kind() == Kind.YEAR && clauseSubject(s, c))) {
      return false;
    }
    if (c.kind() == Kind.YEAR && (countsSomething(s, c.end()) || countsSomethingInRange(s, c.end()))) {
      return false;
    }
    if ((c.kind() == Kind.YEAR || c.kind() == Kind.MONTHYEAR) && citation(s, c.end())) {
      return false;
    }
    if (modifiesName(s, c)) {
      return false;
    }
    return !ofName(s, before);
  }

  /** "2019 marks the 70th anniversary", "... noted that 2017 was ...": a year opening a clause. */
  private boolean clauseSubject(TokenView s, Candidate c) {
    Token prev = s.tok(c.first() - 1);
    Token next = s.tok(c.end());
    boolean opens = prev == null || s.lineBreakBefore(c.first()) || prev.is("that") || prev.is(".")
        || prev.is(":") || prev.is(";");
    return opens && next != null && lex.isSubjectVerb(next.lower());
  }

  /** "2000 people": a year followed by a lower-case content word is a number of something. */
  private boolean countsSomething(TokenView s, int after) {
    Token next = s.tok(after);
    return next != null && next.isWord() && !next.capitalized() && !s.lineBreakBefore(after)
        && !lex.isStop(next.lower()) && !lex.isSubjectVerb(next.lower());
  }

  /** "from 1500 to 1700 hrs": the first end of a range of numbers of something. */
  private boolean countsSomethingInRange(TokenView s, int after) {
    Token join = s.tok(after);
    Token other = s.tok(after + 1);
    return join != null && other != null && other.isNumber() && other.text().length() == 4
        && (join.is("to") || join.is("-") || join.is("\u2013") || join.is("and") || join.is("or"))
        && countsSomething(s, after + 2);
  }

  /** "(2002, Book I)": a year followed by a publication's part. */
  private boolean citation(TokenView s, int after) {
    Token next = s.tok(after + 1);
    return s.is(after, ",") && next != null && next.isWord()
        && PUBLICATION.equals(lex.nameHead(next.lower()));
  }

  /**
   * "the 1998 informal summit", "the November 13, 2001 Joint Statement", "2005 World Exposition": the date is
   * followed by a name ending in a head noun. After a determiner the words before the head may be lower case
   * (adjectives), and a capitalized word right after the date is enough; without one, only capitalized words
   * can form the name.
   */
  private boolean modifiesName(TokenView s, Candidate c) {
    int after = c.end();
    Token first = s.tok(after);
    if (first == null || s.lineBreakBefore(after) || !(first.isWord() || first.isNumber())) {
      return false;
    }
    boolean det = determinerBefore(s, c.first());
    if (det && first.capitalized()) {
      return true;
    }
    for (int k = after; k < after + HEAD_WINDOW; k++) {
      Token t = s.tok(k);
      if (t == null || (k > after && s.lineBreakBefore(k))) {
        return false;
      }
      if (t.isWord()) {
        String kind = lex.nameHead(t.lower());
        if (kind != null && !PUBLICATION.equals(kind) && (det || t.capitalized())) {
          return true;
        }
        if (lex.isStop(t.lower())) {
          // "Group of Eight", "Japan and Russia": a function word inside a name joins capitalized words
          Token n = s.tok(k + 1);
          if (k == after || n == null || !n.capitalized()) {
            return false;
          }
        } else if (!det && !t.capitalized()) {
          return false;
        }
      } else if (t.isNumber()) {
        if (k == after && !s.touching(k + 1)) {
          return false; // another number, not a name like "G8"
        }
      } else if (!"-\u2013'\u2019".contains(t.text())) {
        return false;
      }
    }
    return false;
  }

  /** "the 1998 ...", "the upcoming July 2000 ...": a determiner, perhaps with one adjective, before the date. */
  private boolean determinerBefore(TokenView s, int first) {
    Token p = s.tok(first - 1);
    if (p == null) {
      return false;
    }
    if (lex.isDeterminer(p.lower())) {
      return true;
    }
    Token pp = s.tok(first - 2);
    return p.isWord() && !p.capitalized() && !lex.isStop(p.lower()) && !lex.isLead(p.lower()) && pp != null
        && lex.isDeterminer(pp.lower());
  }

  /** "the Tokyo Declaration of 13 October 1993": "of" after a capitalized head noun in the same clause. */
  private boolean ofName(TokenView s, int before) {
    if (!s.is(before, "of")) {
      return false;
    }
    for (int k = before - 1; k >= 0 && k >= before - OF_WINDOW; k--) {
      Token t = s.tok(k);
      if (s.lineBreakBefore(k + 1)) {
        return false;
      }
      if (t.type() == Token.Type.PUNCT && !"-\u2013'\u2019".contains(t.text())) {
        return false;
      }
      if (t.capitalized()) {
        String kind = lex.nameHead(t.lower());
        if (kind != null && !PUBLICATION.equals(kind)) {
          return true;
        }
      }
    }
    return false;
  }
}
