package org.compendium.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.compendium.extract.Sentence;
import org.compendium.extract.statement.ClauseAnalyzer.Found;
import org.compendium.extract.statement.Speakers.Kind;
import org.compendium.extract.statement.Speakers.Speaker;
import org.compendium.model.Span;
import org.compendium.model.Statement;

/**
 * Reads the layout cues around speech: hard-wrapped lines, lead-ins without a verb ("X's remarks are as
 * follows", "Declare as follows:"), transcript turn labels, speaker lines over bullets, a "Statement by X"
 * heading, outline labels and indentation. Stateless after construction.
 */
final class Layout {
  private final StatementLexicon lex;

  Layout(StatementLexicon lex) {
    this.lex = lex;
  }

  /** Joins a sentence cut by a hard line wrap (no closing stop, next line opens in lower case) with its rest. */
  static List<Sentence> joinWrapped(String text, List<Sentence> sentences) {
    List<Sentence> out = new ArrayList<>();
    for (Sentence s : sentences) {
      if (!out.isEmpty() && s.label() == null) {
        Sentence prev = out.get(out.size() - 1);
        char last = text.charAt(prev.span().end() - 1);
        char first = text.charAt(s.span().start());
        if (".!?:;".indexOf(last) < 0 && Character.isLowerCase(first) && s.block() != prev.block()
            && text.lastIndexOf('\n', s.span().start()) > prev.span().end() - 1
            && text.substring(prev.span().end(), s.span().start()).chars().filter(c -> c == '\n').count() == 1) {
          out.set(out.size() - 1, new Sentence(new Span(prev.span().start(), s.span().end()), prev.label(), prev.block()));
          continue;
        }
      }
      out.add(s);
    }
    return out;
  }

  static boolean introducesPoints(List<Token> toks) {
    for (int k = 1; k < toks.size(); k++) {
      if (toks.get(k).is("follows") && toks.get(k - 1).is("as")) {
        return true;
      }
    }
    return toks.get(toks.size() - 1).is(":");
  }

  /** "The overview of State Councilor X's opening remarks is as follows." */
  Found possessiveLeadIn(List<Token> toks, Speakers speakers) {
    for (int k = 0; k < toks.size(); k++) {
      Token t = toks.get(k);
      if (!t.isPossessive()) {
        continue;
      }
      String act = null;
      for (int j = k + 1; j < toks.size() && j <= k + 3 && act == null; j++) {
        act = lex.lightNoun(toks.get(j).lower());
      }
      if (act == null) {
        continue;
      }
      int s = k;
      while (s > 0 && !toks.get(s - 1).is("of") && !toks.get(s - 1).is(",") && k - s < 8) {
        s--;
      }
      List<Token> phrase = new ArrayList<>(toks.subList(s, k));
      phrase.add(new Token(t.text().substring(0, t.text().length() - 2), t.lower().substring(0, t.lower().length() - 2),
          t.start(), t.end() - 2));
      Speaker sp = speakers.resolve(phrase, 0, phrase.size());
      if (sp != null) {
        return new Found(sp, act, t.start(), t.end(), true, false, true);
      }
    }
    return null;
  }

  /** "Declare as follows:", "Have agreed as follows:" opening the operative part of a joint document. */
  Found preambleLeadIn(List<Token> toks) {
    int k = 0;
    while (k < toks.size() - 1 && (toks.get(k).is("hereby") || toks.get(k).is("have") || toks.get(k).is("jointly")
        || toks.get(k).is("do"))) {
      k++;
    }
    if (!toks.get(0).isCapitalized() || toks.size() > 8) {
      return null;
    }
    StatementLexicon.VerbForm f = lex.verbAt(toks, k);
    if (f == null || f.ing()) {
      return null;
    }
    return new Found(new Speaker(Statement.JOINT, Kind.JOINT), f.lemma(), toks.get(k).start(), toks.get(k).end(),
        true, false, false);
  }

  /** "Vladimir Putin: I was delighted ..." at the start of a line: the turn's speaker. */
  static Speaker turnPrefix(String text, Sentence s, int colon, Speakers speakers) {
    List<Token> head = Token.tokenize(text, s.span().start(), colon);
    Speaker sp = speakers.resolve(head, 0, head.size());
    return sp != null && sp.kind() == Kind.PERSON ? sp : null;
  }

  /** The colon of a turn label ("Vladimir Putin:", "President of Russia Vladimir Putin:", "Question:"), or -1. */
  static int turnColon(String text, Sentence s) {
    // only a colon at most 60 characters in, with text after it, counts: look no further (not to the text's end)
    int colon = indexOf(text, ':', s.span().start(), Math.min(s.span().end() - 1, s.span().start() + 61));
    if (colon < 0) {
      return -1;
    }
    List<Token> head = Token.tokenize(text, s.span().start(), colon);
    int depth = 0;
    int words = 0;
    for (Token t : head) {
      depth += t.is("(") ? 1 : t.is(")") ? -1 : 0;
      if (depth > 0 || !t.isWord()) {
        continue; // "(retranslated)", "(via interpreter)"
      }
      if (!(t.isCapitalized() || t.is("of") || t.is("the")) || ++words > 8) {
        return -1;
      }
    }
    return words > 0 && head.get(0).isCapitalized() ? colon : -1;
  }

  /** The first {@code c} in {@code text[from, to)}, or -1. */
  private static int indexOf(String text, char c, int from, int to) {
    for (int k = from; k < to; k++) {
      if (text.charAt(k) == c) {
        return k;
      }
    }
    return -1;
  }

  /** A line that only names a person ("President Hu"), followed by a bulleted line. */
  static Speaker speakerLine(String text, List<Sentence> sentences, int i, Speakers speakers) {
    Sentence s = sentences.get(i);
    if (s.label() != null || i + 1 >= sentences.size() || sentences.get(i + 1).block() == s.block()
        || !"-".equals(labelKind(sentences.get(i + 1).label()))
        || wordCount(sentences.get(i + 1).text(text)) < 4) {
      return null;
    }
    List<Token> toks = Token.tokenize(text, s.span().start(), s.span().end());
    if (toks.isEmpty() || toks.size() > 6 || !toks.stream().allMatch(t -> t.isWord() && t.isCapitalized()
        || t.is("."))) {
      return null;
    }
    Speaker sp = speakers.resolve(toks, 0, toks.size());
    return sp != null && sp.kind() == Kind.PERSON ? sp : null;
  }

  /** The person of a heading "... Statement by Prime Minister X at ...", who speaks "I" in the body. */
  String headingSpeaker(String text, List<Sentence> sentences, Speakers speakers) {
    for (int i = 0; i < sentences.size() && i < 12; i++) {
      int from = sentences.get(i).span().start();
      int to = sentences.get(i).span().end();
      if (!holdsBy(text, from, to)) {
        continue; // no token can be "by" (only ASCII letters lower-case to "b" and "y")
      }
      List<Token> toks = Token.tokenize(text, from, to);
      for (int k = 1; k + 1 < toks.size(); k++) {
        if (!toks.get(k).is("by") || !lex.isSpeechEvent(toks.get(k - 1).lower())) {
          continue;
        }
        int e = k + 1;
        while (e < toks.size() && !toks.get(e).is(",") && !toks.get(e).is("(") && !toks.get(e).is("at")
            && !toks.get(e).is("on") && !toks.get(e).is("to") && !toks.get(e).is("in") && e - k < 10) {
          e++;
        }
        Speaker sp = speakers.resolve(toks, k + 1, e);
        if (sp != null && sp.kind() == Kind.PERSON) {
          return sp.value();
        }
      }
    }
    return null;
  }

  /** Whether {@code text[from, to)} holds "by" in any case. */
  private static boolean holdsBy(String text, int from, int to) {
    for (int p = from; p + 1 < to; p++) {
      char c = text.charAt(p);
      if ((c == 'b' || c == 'B') && (text.charAt(p + 1) == 'y' || text.charAt(p + 1) == 'Y')) {
        return true;
      }
    }
    return false;
  }

  /** A short unlabelled line without a closing stop, e.g. a photo caption or a headline. */
  static boolean isCaption(String text, Sentence s) {
    if (s.label() != null) {
      return false;
    }
    // Only whitespace may share the sentence's line; found by looking at that whitespace alone, so a sentence on
    // a very long line costs nothing.
    int lineEnd = s.span().end();
    while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && Character.isWhitespace(text.charAt(lineEnd))) {
      lineEnd++;
    }
    int before = s.span().start() - 1;
    while (before >= 0 && text.charAt(before) != '\n' && Character.isWhitespace(text.charAt(before))) {
      before--;
    }
    if (lineEnd < text.length() && text.charAt(lineEnd) != '\n' || before >= 0 && text.charAt(before) != '\n') {
      return false;
    }
    String body = s.text(text);
    char last = body.charAt(body.length() - 1);
    int lastWord = body.lastIndexOf(' ') + 1;
    int next = lineEnd;
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    boolean wrapped = Speakers.isFunctionWord(body.substring(lastWord).toLowerCase(Locale.ROOT))
        || next < text.length() && Character.isLowerCase(text.charAt(next));
    return ".!?:;,\"\u201d)".indexOf(last) < 0 && wordCount(body) <= 15 && !wrapped;
  }

  static int indent(String text, LineStarts lines, Sentence s) {
    int lineStart = lines.of(s.span().start());
    int k = lineStart;
    while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\u3000')) {
      k++;
    }
    if (s.label() != null && text.startsWith(s.label(), k)) {
      return k - lineStart;
    }
    if (s.label() == null && k == s.span().start()) {
      return k - lineStart;
    }
    return s.label() != null ? 1000 : k - lineStart;
  }

  /** "1." -> "N.", "(2)" -> "(N)", "a)" -> "a)", "--" -> "-". */
  static String labelKind(String label) {
    if (label == null) {
      return null;
    }
    if (label.chars().allMatch(c -> c == '-' || !Character.isLetterOrDigit(c)) && !label.contains("(")) {
      return "-";
    }
    // Digits become N, a letter or roman numeral becomes a: "(12)" -> "(N)", "b)" -> "a)", "(iv)" -> "(a)".
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < label.length(); k++) {
      char c = label.charAt(k);
      if (Character.isDigit(c)) {
        if (b.length() == 0 || b.charAt(b.length() - 1) != 'N') {
          b.append('N');
        }
      } else if (Character.isLetter(c)) {
        if (b.length() == 0 || b.charAt(b.length() - 1) != 'a') {
          b.append('a');
        }
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  static int wordCount(String s) {
    int n = 0;
    boolean in = false;
    for (int k = 0; k < s.length(); k++) {
      boolean space = Character.isWhitespace(s.charAt(k));
      if (!space && !in) {
        n++;
      }
      in = !space;
    }
    return n;
  }
}
