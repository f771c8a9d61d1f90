package org.compendium.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.compendium.extract.Annotator;
import org.compendium.extract.Document;
import org.compendium.extract.Layer;
import org.compendium.extract.Layers;
import org.compendium.extract.Sentence;
import org.compendium.extract.Tokens;
import org.compendium.extract.TriggerGate;
import org.compendium.extract.Vocabulary;
import org.compendium.extract.statement.ClauseAnalyzer.Found;
import org.compendium.extract.statement.Speakers.Kind;
import org.compendium.extract.statement.Speakers.Speaker;
import org.compendium.model.Person;
import org.compendium.model.Span;
import org.compendium.model.Statement;
import org.compendium.resolve.Countries;

/**
 * Reported speech acts: who (participant, country side or {@code joint}) did what (reporting verb lemma) with
 * what content. Sentences go through {@link ClauseAnalyzer}; on top of that this class handles the record's
 * layout:
 * <ul>
 *   <li>a lead-in ("X made the following statements:", "X's remarks are as follows.") is not a statement unless
 *       it also says something; each outline point under it is a statement of its speaker with its act;</li>
 *   <li>transcript turns ("Vladimir Putin: ...") give "I" to the turn's speaker;</li>
 *   <li>a line naming only a speaker followed by bullets makes every sentence of those bullets a statement of
 *       that speaker (act: the sentence's own first-person verb, else "state");</li>
 *   <li>a heading "Statement by X" gives "I" to X.</li>
 * </ul>
 * Limits: points are found from outline labels and indentation, not from the sections layer.
 */
public final class StatementAnnotator implements Annotator {
  private static final String STATE = "state";

  private final StatementLexicon lex;
  private final Countries countries;
  private final ClauseAnalyzer analyzer;
  private final Layout layout;
  /** Skips the sentences without a candidate verb (see {@link StatementLexicon#speechGate}). */
  private final TriggerGate gate;

  public StatementAnnotator(Countries countries) {
    this(countries, new Vocabulary());
  }

  /** With the pipeline's shared vocabulary, whose {@link Tokens} the trigger gate reads. */
  public StatementAnnotator(Countries countries, Vocabulary vocabulary) {
    this.countries = countries;
    this.lex = StatementLexicon.load(vocabulary);
    this.analyzer = new ClauseAnalyzer(lex);
    this.layout = new Layout(lex);
    this.gate = lex.speechGate(vocabulary);
  }

  public StatementAnnotator() {
    this(Countries.load());
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.PARTICIPANTS);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.STATEMENTS);
  }

  @Override
  public void annotate(Document doc) {
    Tokens shared = doc.has(Layers.TOKENS) ? doc.get(Layers.TOKENS) : null;
    doc.put(Layers.STATEMENTS, extract(doc.text(), shared != null && shared.vocabulary() == gate.vocabulary() ? shared
        : null,
        doc.get(Layers.SENTENCES), doc.get(Layers.PARTICIPANTS)));
  }

  /** The open lead-in whose points are being collected. */
  private static final class LeadIn {
    Speaker speaker;
    String act;
    String labelKind;
    int indent;
    int block;
    String pointKind;
    int pointIndent;
    int pointStart = -1;
    int pointEnd;
    int pointBlock;
    boolean paragraphs;
    final List<Span> points = new ArrayList<>();
  }

  List<Statement> extract(String text, List<Sentence> sentences, List<Person> participants) {
    return extract(text, null, sentences, participants);
  }

  /** As above, on the document's shared tokens (null: cut here with the gate's vocabulary). */
  List<Statement> extract(String text, Tokens base, List<Sentence> sentences, List<Person> participants) {
    if (base == null) {
      base = Tokens.of(text, gate.vocabulary());
    }
    Speakers speakers = new Speakers(text, participants, countries, lex);
    speakers.setFirstPerson(layout.headingSpeaker(text, sentences, speakers));
    sentences = Layout.joinWrapped(text, sentences);
    List<Statement> out = new ArrayList<>();
    LeadIn lead = null;
    Speaker bulletSpeaker = null;
    boolean inTurn = false;
    LineStarts lines = new LineStarts(text);
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      int indent = Layout.indent(text, lines, s);
      if (lead != null) {
        if (continuesLeadIn(lead, text, lines, s, indent)) {
          continue;
        }
        closePoint(lead, text, out);
        lead = null;
      }
      int from = s.span().start();
      boolean lineStart = i == 0 || sentences.get(i - 1).block() != s.block();
      if (lineStart) {
        // A line under a speaker line keeps its speaker only while it is a bullet.
        if (bulletSpeaker != null && s.label() == null) {
          bulletSpeaker = null;
        }
        int colon = Layout.turnColon(text, s);
        if (colon >= 0) {
          Speaker turn = Layout.turnPrefix(text, s, colon, speakers);
          if (turn != null) {
            speakers.setFirstPerson(turn.value());
            inTurn = true;
            from = colon + 1;
          } else if (inTurn) {
            speakers.setFirstPerson(null); // "Question: ...": a turn by someone who is not a participant
            from = colon + 1;
          }
        }
        Speaker alone = Layout.speakerLine(text, sentences, i, speakers);
        if (alone != null) {
          bulletSpeaker = alone;
          speakers.setFirstPerson(alone.value());
          continue;
        }
      }
      if (bulletSpeaker == null && !gate.fires(base, from, s.span().end())
          && !mayEndWithColon(text, from, s.span().end())) {
        // No candidate verb: analyze would find nothing, and no lead-in can open here. All that is left is to
        // note who opens the sentence, which needs only its first words.
        List<Token> head = Token.tokenize(base, from, s.span().end(), Speakers.SUBJECT_TOKENS);
        if (!head.isEmpty()) {
          speakers.startSentence();
          speakers.noteSentenceSubject(head);
        }
        continue;
      }
      List<Token> toks = Token.tokenize(base, from, s.span().end(), Integer.MAX_VALUE);
      if (toks.isEmpty()) {
        continue;
      }
      List<Found> found = analyzer.analyze(toks, speakers);
      if (i + 1 < sentences.size() && Layout.isCaption(text, s)) {
        found = List.of(); // "Foreign Minister X makes remarks at ..." under a photo
      }
      if (found.isEmpty()) {
        speakers.noteSentenceSubject(toks);
      }
      if (bulletSpeaker != null) {
        boolean sameItem = i > 0 && s.label() == null && sentences.get(i - 1).block() == s.block();
        bulletSentence(text, toks, bulletSpeaker, speakers, sameItem, out);
        continue;
      }
      for (Found f : found) {
        if (f.emit()) {
          out.add(new Statement(f.speaker().value(), f.act(), text.substring(f.start(), f.end()),
              new Span(f.start(), f.end())));
        }
        if (f.leadIn()) {
          lead = open(f.speaker(), f.act(), s, indent);
        }
      }
      if (found.isEmpty() && Layout.introducesPoints(toks)) {
        Found f = layout.possessiveLeadIn(toks, speakers);
        boolean paragraphs = false;
        if (f == null) {
          f = layout.preambleLeadIn(toks);
          paragraphs = f != null;
        }
        if (f != null) {
          lead = open(f.speaker(), f.act(), s, indent);
          lead.paragraphs = paragraphs;
        }
      }
    }
    if (lead != null) {
      closePoint(lead, text, out);
    }
    return out;
  }

  /**
   * Whether the last token of {@code text[from, to)} may be ":" (a lead-in of points): the last character that
   * is not one of the ASCII spaces the tokenizer skips is ":", or is half of a surrogate pair (whose token the
   * region end may cut).
   */
  private static boolean mayEndWithColon(String text, int from, int to) {
    for (int k = to - 1; k >= from; k--) {
      char c = text.charAt(k);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        continue;
      }
      return c == ':' || Character.isSurrogate(c);
    }
    return false;
  }

  private static LeadIn open(Speaker speaker, String act, Sentence s, int indent) {
    LeadIn l = new LeadIn();
    l.speaker = speaker;
    l.act = act;
    l.labelKind = Layout.labelKind(s.label());
    l.indent = indent;
    l.block = s.block();
    return l;
  }

  /** Whether sentence {@code s} belongs to the lead-in's points (a new point, its text, or a sub-item). */
  private boolean continuesLeadIn(LeadIn l, String text, LineStarts lines, Sentence s, int indent) {
    String kind = Layout.labelKind(s.label());
    if (kind != null) {
      if (l.pointKind == null) {
        if (s.block() == l.block && !kind.equals("-")) {
          return false;
        }
        l.pointKind = kind;
        l.pointIndent = indent;
        return startPoint(l, s);
      }
      if (kind.equals(l.pointKind) && indent == l.pointIndent) {
        return startPoint(l, s);
      }
      if (indent > l.pointIndent || s.block() == l.pointBlock) {
        return true; // a sub-item of the current point
      }
      return false;
    }
    if (l.paragraphs) {
      return paragraphPoint(l, text, lines, s, indent);
    }
    if (l.pointKind == null) {
      return false;
    }
    if (s.block() == l.pointBlock || indent > l.pointIndent) {
      if (s.block() == l.pointBlock) {
        l.pointEnd = s.span().end();
      }
      return true;
    }
    return false;
  }

  /**
   * Unlabelled points after a preamble lead-in ("Declare as follows:"): each paragraph (a line opened by
   * indentation or after a blank line) is a point; short lines without a closing stop are headings.
   */
  private boolean paragraphPoint(LeadIn l, String text, LineStarts lines, Sentence s, int indent) {
    int lineStart = lines.of(s.span().start());
    int k = s.span().start() - 1;
    while (k >= lineStart && Character.isWhitespace(text.charAt(k))) {
      k--;
    }
    boolean opensLine = k < lineStart;
    boolean blankBefore = lineStart >= 2 && text.substring(lines.of(lineStart - 1), lineStart).isBlank();
    String body = s.text(text);
    char last = body.charAt(body.length() - 1);
    boolean heading = opensLine && ".!?;:\"\u201d".indexOf(last) < 0 && Layout.wordCount(body) <= 8
        && (blankBefore || indent > 0);
    if (heading) {
      return true;
    }
    if (l.pointStart < 0 || opensLine && (indent > 0 || blankBefore)) {
      return startPoint(l, s);
    }
    l.pointEnd = s.span().end();
    return true;
  }

  private boolean startPoint(LeadIn l, Sentence s) {
    if (l.pointStart >= 0) {
      l.points.add(new Span(l.pointStart, l.pointEnd));
    }
    l.pointStart = s.span().start();
    l.pointEnd = s.span().end();
    l.pointBlock = s.block();
    return true;
  }

  private static void closePoint(LeadIn l, String text, List<Statement> out) {
    if (l.pointStart >= 0) {
      l.points.add(new Span(l.pointStart, l.pointEnd));
    }
    for (Span p : l.points) {
      out.add(new Statement(l.speaker.value(), l.act, p.of(text), p));
    }
  }

  /**
   * One sentence of a bullet under a speaker line: a statement of that speaker, split at ", and I ...";
   * act: its own first-person verb, else "state". A short first-person remark on the sentence before ("I
   * evaluate this point positively.") gives its act to that sentence instead.
   */
  private void bulletSentence(String text, List<Token> toks, Speaker speaker, Speakers speakers, boolean sameItem,
      List<Statement> out) {
    int from = 0;
    for (int k = 0; k <= toks.size(); k++) {
      boolean cut = k == toks.size() || k > from && k + 2 < toks.size() && toks.get(k).is(",")
          && toks.get(k + 1).is("and") && (toks.get(k + 2).is("i") || toks.get(k + 2).is("we"))
          && firstPersonAct(toks.subList(from, k), speakers) != null;
      if (!cut) {
        continue;
      }
      List<Token> piece = toks.subList(from, k);
      String act = firstPersonAct(piece, speakers);
      int start = piece.get(0).start();
      int end = piece.get(piece.size() - 1).end();
      long words = piece.stream().filter(Token::isWord).count();
      if (act != null && words <= 7 && sameItem && from == 0 && !out.isEmpty()
          && out.get(out.size() - 1).speaker().equals(speaker.value())) {
        Statement prev = out.remove(out.size() - 1);
        out.add(new Statement(prev.speaker(), act, text.substring(prev.span().start(), end),
            new Span(prev.span().start(), end)));
      } else {
        out.add(new Statement(speaker.value(), act == null ? STATE : act, text.substring(start, end),
            new Span(start, end)));
      }
      from = k + 2;
    }
  }

  private String firstPersonAct(List<Token> piece, Speakers speakers) {
    for (Found f : analyzer.analyze(piece, speakers)) {
      if (f.speaker().kind() == Kind.FIRST_PERSON) {
        return f.act();
      }
    }
    return null;
  }

}
