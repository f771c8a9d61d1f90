package org.compendium.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.compendium.extract.statement.Speakers.Kind;
import org.compendium.extract.statement.Speakers.Speaker;
import org.compendium.extract.statement.Candidate.Type;
import org.compendium.model.Statement;
import org.compendium.util.WordSet;

/**
 * Finds the speech acts of one sentence: each reporting verb (or light verb with a speech-act noun) whose
 * speaker can be read, with the span of its content. Handles a subject before the verb (skipping adverbs,
 * auxiliaries, parentheses and "who ..." clauses), verbs coordinated with an earlier one ("welcomed X and
 * confirmed that Y"), participles (", expressing support"), inverted reports ("..., he said."), agentless
 * passives read as both sides' act ("It was agreed that"), and first-person base forms ("I congratulate").
 *
 * <p>Limits: a flat, word-pattern reading; no parse tree. A subject is one phrase ending right before the verb.
 */
final class ClauseAnalyzer {
  /** One speech act found in a sentence: content span in document offsets; {@code leadIn} marks "as follows". */
  record Found(Speaker speaker, String act, int start, int end, boolean leadIn, boolean emit, boolean ownSubject) {}

  private static final Set<String> AUX = WordSet.of("has", "have", "had", "been", "will", "would", "shall", "should",
      "could", "can", "may", "might", "must", "do", "does", "did", "being", "is", "are", "was", "were", "be",
      "'ve", "\u2019ve");
  private static final Set<String> BE = WordSet.of("is", "are", "was", "were", "been", "be", "being");
  private static final Set<String> ADVERBS = WordSet.of("also", "then", "once", "again", "further", "both", "each",
      "all", "themselves", "himself", "herself", "itself", "first", "later", "subsequently", "already", "still",
      "too", "jointly", "together", "thus", "therefore", "however", "kindly", "just", "now", "recently");
  private static final Set<String> FUTURE = WordSet.of("will", "shall", "'ll", "\u2019ll");
  private static final Set<String> WHEN = WordSet.of("today", "yesterday", "tonight", "again", "briefly");
  private static final Set<String> MEANS = WordSet.of("telephone", "phone", "videoconference", "video");
  private static final Set<String> FIRST_PERSON_BRIDGE = WordSet.of("like", "to", "want", "wish", "pleased",
      "happy", "glad", "delighted", "honoured", "honored", "am", "'m", "\u2019m", "extremely", "very", "would",
      "particular", "great", "pleasure", "gives", "give", "let", "me", "us", "should", "must", "can", "will");
  private static final Set<String> NEGATION = WordSet.of("not", "never", "n't", "\u2019t", "no");
  private static final Set<String> BOUNDARY = WordSet.of(",", ";", ":", "(", ")", "\"", "\u201c", "\u201d", "that",
      "which", "who", "whom", "where", "wherein", "when", "while", "as", "because", "since", "if", "although",
      "though", "whereas", "whereby", "after", "before", "so", "-", "\u2013", "\u2014", "[", "]", "whereupon");
  private static final Set<String> ADVERBIAL_OPENERS = WordSet.of("at", "in", "during", "on", "with", "prior",
      "following", "after", "before", "through", "for", "as", "regarding", "concerning", "under", "from", "by",
      "upon", "to", "also", "when", "while", "if", "since", "furthermore", "moreover", "however", "then",
      "meanwhile", "opening", "closing", "speaking", "referring", "responding", "turning", "asked");
  private static final Pattern YEAR = Pattern.compile("(?:1[89]|20)\\d\\d");
  private static final Set<String> PREPOSITIONS = WordSet.of("in", "at", "during", "on", "of", "by", "through",
      "with", "under", "after", "before", "from");
  private static final Set<String> COORD = WordSet.of("and", "but", ",", ";", "or");
  private static final Set<String> RELATIVE = WordSet.of("which", "that", "who", "whom", "where", "while", "when",
      "if", "as", "whose");

  private final StatementLexicon lex;

  ClauseAnalyzer(StatementLexicon lex) {
    this.lex = lex;
  }

  /** The speech acts of the sentence covering {@code toks}, in text order. */
  List<Found> analyze(List<Token> toks, Speakers speakers) {
    List<Candidate> cands = candidates(toks);
    List<Candidate> kept = new ArrayList<>();
    speakers.startSentence();
    for (Candidate c : cands) {
      if (classify(c, toks, kept, speakers)) {
        kept.add(c);
        speakers.noteSentenceSpeaker(c.speaker);
      }
    }
    Token last = toks.get(toks.size() - 1);
    resolveForwardParticiples(kept, last.is(".") || last.is("!") || last.is("?") || last.is(":"));
    kept.removeIf(c -> c.speaker == null || c.dropped);
    return ContentSpans.spans(toks, kept, speakers);
  }

  private List<Candidate> candidates(List<Token> toks) {
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < toks.size(); i++) {
      Token t = toks.get(i);
      if (!t.isWord()) {
        continue;
      }
      boolean initial = i == 0 || (i == 1 && !toks.get(0).isWord());
      if (t.isCapitalized() && !initial) {
        continue;
      }
      Candidate c = light(toks, i);
      if (c == null) {
        StatementLexicon.VerbForm f = lex.verbAt(toks, i);
        if (f == null || (f.encounterWithWith() && withFollows(toks, i + f.words().size()))) {
          continue;
        }
        c = new Candidate();
        c.v = i;
        c.ve = i + f.words().size();
        c.act = f.lemma();
        c.base = f.base();
        c.ing = f.ing();
        c.adj = f.adjective();
        c.self = f.self();
        c.passiveJoint = f.passiveJoint();
        c.passiveOnly = f.passiveOnly();
      }
      if (t.isCapitalized() && !(c.ing || c.adj)) {
        continue;
      }
      out.add(c);
      i = c.ve - 1;
    }
    return out;
  }

  /** Does "with" come next, after adverbs and a means ("today", "by telephone")? */
  private static boolean withFollows(List<Token> toks, int i) {
    for (int k = i; k < toks.size() && k < i + 4; k++) {
      String w = toks.get(k).lower();
      if (w.equals("with")) {
        return true;
      }
      if (!(ADVERBS.contains(w) || w.endsWith("ly") || WHEN.contains(w) || w.equals("by") || MEANS.contains(w))) {
        return false;
      }
    }
    return false;
  }

  /** "gave a brief explanation", "extended to me an invitation", "reached agreement". */
  private Candidate light(List<Token> toks, int i) {
    String w = toks.get(i).lower();
    if (!lex.isLightVerb(toks.get(i))) {
      return null;
    }
    // "agreement was promptly made for ...": the noun is the subject of a passive light verb.
    int k = i - 1;
    while (k >= 0 && (ADVERBS.contains(toks.get(k).lower()) || toks.get(k).lower().endsWith("ly"))) {
      k--;
    }
    if (k >= 1 && BE.contains(toks.get(k).lower()) && lex.lightNoun(toks.get(k - 1).lower()) != null) {
      Candidate c = new Candidate();
      c.v = i;
      c.ve = i + 1;
      c.act = lex.lightNoun(toks.get(k - 1).lower());
      c.lightPassive = true;
      c.attach = k - 2;
      return c;
    }
    for (int j = i + 1; j < toks.size() && j <= i + 5; j++) {
      Token t = toks.get(j);
      if (!t.isWord()) {
        return null;
      }
      String act = lex.lightNoun(t.lower());
      if (act != null) {
        Candidate c = new Candidate();
        c.v = i;
        c.ve = i + 1;
        c.act = act;
        c.base = lex.isLightBase(w);
        c.ing = w.endsWith("ing");
        return c;
      }
    }
    return null;
  }

  private boolean classify(Candidate c, List<Token> toks, List<Candidate> kept, Speakers speakers) {
    Candidate prev = kept.isEmpty() ? null : kept.get(kept.size() - 1);
    int j = c.v - 1;
    boolean sawAux = false;
    boolean sawBe = false;
    while (j >= 0) {
      String w = toks.get(j).lower();
      if (NEGATION.contains(w)) {
        return false;
      }
      if (AUX.contains(w)) {
        sawAux = true;
        sawBe |= BE.contains(w);
      } else if (!(ADVERBS.contains(w) || (w.endsWith("ly") && w.length() > 4 && !toks.get(j).isCapitalized()))) {
        break;
      }
      j--;
    }
    c.aux = sawAux;
    if (c.lightPassive) {
      if (c.attach >= 0 && RELATIVE.contains(toks.get(c.attach).lower())) {
        return false;
      }
      c.type = Type.PASSIVE;
      c.speaker = new Speaker(Statement.JOINT, Kind.JOINT);
      c.subjStart = c.v;
      return true;
    }
    boolean participleForm = c.ing && !sawBe;
    if (c.passiveJoint && sawBe && !c.ing) {
      return passive(c, toks, j, kept);
    }
    if (c.passiveOnly) {
      return false;
    }
    if (participleForm || (c.adj && !sawAux)) {
      return participle(c, toks, j, prev);
    }
    if (c.adj) {
      return false;
    }
    if (c.base && !sawAux && j >= 0 && !FIRST_PERSON_BRIDGE.contains(toks.get(j).lower())
        && !isFirstPerson(toks.get(j))) {
      return false;
    }
    if (c.base) {
      return firstPersonBase(c, toks, speakers);
    }
    if (j < 0) {
      return false;
    }
    Token before = toks.get(j);
    if (COORD.contains(before.lower()) || (before.is("well") && j >= 1 && toks.get(j - 1).is("as"))) {
      boolean chain = j >= 2 && AUX.contains(toks.get(j - 2).lower())
          && (toks.get(j - 1).lower().endsWith("ed") || toks.get(j - 1).lower().endsWith("en"));
      boolean listOk = !before.is(",") || laterAndVerb(toks, c.ve) || (c.ve < toks.size() && toks.get(c.ve).is("that"));
      boolean formOk = prev == null || prev.type != Type.PARTICIPLE || c.ing;
      if (prev != null && !chain && listOk && formOk && (!sawAux || prev.aux || before.is(","))) {
        c.type = Type.COORD;
        c.speaker = prev.speaker;
        c.attach = before.is("well") ? j - 2 : j;
        return true;
      }
      if (prev == null && before.is("and") && !sawAux) {
        // "X and Y held talks and agreed that ...": the act shares the subject that opens the clause.
        int[] subj = leadingSubject(toks, j, speakers);
        if (subj != null) {
          c.type = Type.COORD;
          c.speaker = speakers.resolve(toks, subj[0], subj[1]);
          c.subjStart = subj[0];
          c.attach = j;
          return true;
        }
      }
      if (!before.is(",")) {
        return false;
      }
      j = skipRelativeClause(toks, j);
      if (j < 0) {
        return false;
      }
    }
    if (toks.get(j).is(")")) {
      j = skipParenthesis(toks, j);
      if (j < 0) {
        return false;
      }
    }
    int s = j;
    while (s > 0 && !BOUNDARY.contains(toks.get(s - 1).lower()) && j - s < 14 && !isVerbAt(kept, s - 1)) {
      s--;
    }
    if (s > 0 && (toks.get(s - 1).is("which") || toks.get(s - 1).is("whom"))
        && !(s > 1 && PREPOSITIONS.contains(toks.get(s - 2).lower()))) {
      return false; // "the program which we signed": the verb's object is not content
    }
    Speaker sp = speakers.resolve(toks, s, j + 1);
    if (sp == null) {
      return false;
    }
    sp = ownSide(sp, toks.get(j), c, speakers);
    c.speaker = sp;
    c.subjStart = s;
    c.type = Type.FINITE;
    c.attach = s > 0 ? s - 1 : -1;
    if (isInverted(toks, c, s)) {
      c.type = Type.INVERTED;
    }
    return true;
  }

  /**
   * The longest speaker phrase that opens the sentence or the clause after its first comma, before
   * {@code limit}, followed by a lower-case word (the clause's first verb); [start, end) or null.
   */
  private static int[] leadingSubject(List<Token> toks, int limit, Speakers speakers) {
    int[] starts = {0, -1};
    for (int k = 0; k < limit && k < 12; k++) {
      if (toks.get(k).is(",")) {
        starts[1] = k + 1;
        break;
      }
    }
    for (int start : starts) {
      if (start < 0) {
        continue;
      }
      for (int end = Math.min(limit, start + 12); end > start; end--) {
        Token next = toks.get(end);
        if (!next.isWord() || next.isCapitalized() || toks.get(end - 1).is("and")) {
          continue;
        }
        if (speakers.resolve(toks, start, end) != null) {
          return new int[] {start, end};
        }
      }
    }
    return null;
  }

  /** Whether ", and VERB" follows: a comma then belongs to a list of verb phrases. */
  private boolean laterAndVerb(List<Token> toks, int from) {
    for (int k = from; k + 1 < toks.size() && k < from + 60; k++) {
      if (toks.get(k).is("and")) {
        int v = k + 1;
        while (v < toks.size() && (ADVERBS.contains(toks.get(v).lower()) || toks.get(v).lower().endsWith("ly"))) {
          v++;
        }
        if (v < toks.size() && (lex.verbAt(toks, v) != null || lex.isLightVerb(toks.get(v)))) {
          return true;
        }
      }
    }
    return false;
  }

  /** "We hope": in a speech, an attitude verb after "we" is the speaker's side, not both sides. */
  private static Speaker ownSide(Speaker sp, Token subject, Candidate c, Speakers speakers) {
    if (c.self && subject.is("we") && speakers.firstPerson() != null) {
      return new Speaker(speakers.firstPerson(), Kind.FIRST_PERSON);
    }
    return sp;
  }

  private static boolean isVerbAt(List<Candidate> kept, int i) {
    for (Candidate k : kept) {
      if (k.v <= i && i < k.ve) {
        return true;
      }
    }
    return false;
  }

  private static boolean isFirstPerson(Token t) {
    return t.is("i") || t.is("we");
  }

  /** "I congratulate", "I would like to express", "it gives me pleasure to tell you". */
  private boolean firstPersonBase(Candidate c, List<Token> toks, Speakers speakers) {
    boolean future = false;
    for (int j = c.v - 1; j >= 0 && c.v - j <= 8; j--) {
      Token t = toks.get(j);
      future |= FUTURE.contains(t.lower());
      if (t.is("i") || t.is("me")) {
        String fp = speakers.firstPerson();
        Speaker sp = speakers.resolve(toks, j, j + 1);
        if (t.is("me")) {
          sp = fp == null ? null : new Speaker(fp, Kind.FIRST_PERSON);
        }
        if (sp == null) {
          return false;
        }
        c.speaker = sp;
        c.subjStart = j;
        c.type = Type.FINITE;
        c.attach = j > 0 ? j - 1 : -1;
        return true;
      }
      if (t.is("we")) {
        if (future) {
          return false; // "we will sign it next month": a plan of the side, not something said now
        }
        c.speaker = ownSide(new Speaker(Statement.JOINT, Kind.JOINT), t, c, speakers);
        c.subjStart = j;
        c.type = Type.FINITE;
        c.attach = j > 0 ? j - 1 : -1;
        return true;
      }
      if (!FIRST_PERSON_BRIDGE.contains(t.lower()) && !AUX.contains(t.lower())
          && !(t.lower().endsWith("ly") && t.lower().length() > 4)) {
        return false;
      }
    }
    return false;
  }

  /** ", expressing support", "and highlighting that", "responded by requesting", a sentence-initial "Recalling". */
  private boolean participle(Candidate c, List<Token> toks, int j, Candidate prev) {
    boolean initial = j < 0 || (j == 0 && !toks.get(0).isWord());
    if (!initial) {
      Token before = toks.get(j);
      boolean ok = before.is(",") || before.is("and") || before.is("by") || before.is("while") || before.is(";")
          || before.is("(") || before.is(")");
      if (!ok) {
        return false;
      }
      if (before.is("by") && prev != null && prev.ve == j) {
        prev.dropped = true;
      }
      c.attach = j;
    }
    c.type = Type.PARTICIPLE;
    c.speaker = prev != null && !prev.dropped ? prev.speaker : prev != null ? prev.speaker : null;
    return true;
  }

  /** Participles that open a sentence take the speaker of the first later clause; else both sides (preamble). */
  private static void resolveForwardParticiples(List<Candidate> kept, boolean endsSentence) {
    for (int i = 0; i < kept.size(); i++) {
      Candidate c = kept.get(i);
      if (c.type != Type.PARTICIPLE || c.speaker != null) {
        continue;
      }
      for (int k = i + 1; k < kept.size(); k++) {
        if (kept.get(k).speaker != null && kept.get(k).subjStart >= 0) {
          c.speaker = kept.get(k).speaker;
          c.contentTo = kept.get(k).subjStart;
          break;
        }
      }
      boolean otherClause = false;
      for (int k = i + 1; k < kept.size(); k++) {
        otherClause |= kept.get(k).type != Type.PARTICIPLE && kept.get(k).type != Type.COORD;
      }
      if (c.speaker == null && c.attach < 0 && !otherClause && !endsSentence) {
        c.speaker = new Speaker(Statement.JOINT, Kind.JOINT);
      }
    }
    for (int i = 1; i < kept.size(); i++) {
      Candidate c = kept.get(i);
      if (c.speaker == null && (c.type == Type.PARTICIPLE || c.type == Type.COORD)) {
        c.speaker = kept.get(i - 1).speaker;
      }
    }
  }

  /** "It was agreed that ...", "X were signed after the talks" (main clause only): both sides' act. */
  private boolean passive(Candidate c, List<Token> toks, int j, List<Candidate> kept) {
    if (!kept.isEmpty()) {
      return false;
    }
    int start = 0;
    for (int k = 0; k <= j; k++) {
      String w = toks.get(k).lower();
      boolean asWellAs = w.equals("as") && (k + 1 < toks.size() && toks.get(k + 1).is("well")
          || k > 0 && toks.get(k - 1).is("well"));
      if (RELATIVE.contains(w) && !asWellAs) {
        return false;
      }
    }
    for (int k = c.ve; k < toks.size(); k++) {
      if (YEAR.matcher(toks.get(k).text()).matches()) {
        return false; // "was signed in 1993": a past event, not an act of this meeting
      }
    }
    if (j >= 0 && toks.get(j).is("it")) {
      start = c.v;
    } else if (j < 1) {
      return false;
    }
    c.type = Type.PASSIVE;
    c.speaker = new Speaker(Statement.JOINT, Kind.JOINT);
    c.subjStart = start;
    return true;
  }

  /** "..., he said." / "..., its President told a press conference today." */
  private static boolean isInverted(List<Token> toks, Candidate c, int s) {
    if (s < 2 || !toks.get(s - 1).is(",") && !isCloseQuote(toks.get(s - 1))) {
      return false;
    }
    int first = 0;
    while (first < s && !toks.get(first).isWord()) {
      first++;
    }
    int n = toks.size();
    if (isParenthetical(toks, c, s) && s - first >= 2 && !ADVERBIAL_OPENERS.contains(toks.get(first).lower())) {
      return true;
    }
    if (first >= s || s - first < 5 || ADVERBIAL_OPENERS.contains(toks.get(first).lower())) {
      return false;
    }
    if (c.ve < n && toks.get(c.ve).is(",")) {
      return !(c.ve + 1 < n && (toks.get(c.ve + 1).is("\u201c") || toks.get(c.ve + 1).is("\"")));
    }
    int rest = 0;
    for (int k = c.ve; k < n; k++) {
      Token t = toks.get(k);
      if (t.is(",") || t.is(";") || t.is("that") || t.is(":") || t.is("\u201c") || t.is("\"")) {
        return false;
      }
      if (t.isWord() && ++rest > 6) {
        return false;
      }
    }
    return true;
  }

  /** "It is important, he said, that ...": the report sits inside its content. */
  static boolean isParenthetical(List<Token> toks, Candidate c, int s) {
    int n = toks.size();
    return toks.get(s - 1).is(",") && c.ve + 2 < n && toks.get(c.ve).is(",") && toks.get(c.ve + 1).isWord()
        && !toks.get(c.ve + 1).isCapitalized();
  }

  private static boolean isCloseQuote(Token t) {
    return t.is("\u201d") || t.is("\"");
  }

  private static int skipParenthesis(List<Token> toks, int close) {
    int depth = 0;
    for (int k = close; k >= 0; k--) {
      if (toks.get(k).is(")")) {
        depth++;
      } else if (toks.get(k).is("(") && --depth == 0) {
        return k - 1;
      }
    }
    return -1;
  }

  /** From the comma before a verb back over ", who ... ," to the end of the subject; -1 if there is none. */
  private static int skipRelativeClause(List<Token> toks, int comma) {
    for (int k = comma - 1; k > 0 && k > comma - 40; k--) {
      Token t = toks.get(k);
      if ((t.is("who") || t.is("which")) && toks.get(k - 1).is(",")) {
        return k - 2;
      }
      if (t.is(";") || t.is(".")) {
        return -1;
      }
    }
    return -1;
  }

}
