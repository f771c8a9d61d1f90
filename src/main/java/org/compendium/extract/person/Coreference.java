package org.compendium.extract.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.compendium.extract.Sentence;
import org.compendium.model.Span;
import org.compendium.util.WordSet;

/**
 * Speaker turns and pronouns. A turn opens at a speaker line ("Vladimir Putin: ...", or a line holding only
 * "President Hu") and runs to the next speaker line or numbered heading; a speech heading ("Opening Statement
 * by Prime Minister X") makes X the speaker of first-person text outside turns. "I", "me", "my" go to the
 * speaker; "he", "his", "she", "her", "him" to the subject (first person mentioned) of the same sentence before
 * the pronoun, else of the nearest of the three sentences before. Limits: no gender or number agreement.
 */
final class Coreference {
  /** Grammatical person words (not domain vocabulary). */
  private static final Set<String> FIRST = WordSet.of("I", "me", "my", "My", "myself");
  /** FIRST in lower case: tested first, by word id, so most tokens cut no text. */
  private static final Set<String> FIRST_LOWER = WordSet.of("i", "me", "my", "myself");
  private static final Set<String> THIRD = WordSet.of("he", "his", "she", "her", "him", "himself", "herself");
  private static final int BACK = 3;

  private final PersonLexicon lex;
  /** FIRST in lower case and THIRD, by word id. */
  private final boolean[] firstLower;
  private final boolean[] third;

  Coreference(PersonLexicon lex) {
    this.lex = lex;
    this.firstLower = lex.idSet(FIRST_LOWER);
    this.third = lex.idSet(THIRD);
  }

  /** A turn: tokens {@code fromTok..toTok} spoken by {@code speaker}. */
  record Turn(int fromTok, int toTok, PersonLinker.Cluster speaker) {}

  List<Turn> turns(List<Token> toks, List<Mention> mentions, PersonLinker.Cluster[] owner,
      List<Sentence> sentences, String text) {
    List<Integer> opens = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      if (mentions.get(i).speakerLine() && owner[i] != null) {
        opens.add(i);
      }
    }
    List<Integer> headings = new ArrayList<>();
    for (Sentence s : sentences) {
      String label = s.label();
      if (label != null && !label.isEmpty() && (Character.isDigit(label.charAt(0)) || label.startsWith("("))) {
        headings.add(s.span().start());
      }
    }
    List<Turn> out = new ArrayList<>();
    for (int o = 0; o < opens.size(); o++) {
      Mention m = mentions.get(opens.get(o));
      int from = m.end();
      int to = o + 1 < opens.size() ? mentions.get(opens.get(o + 1)).start() : toks.size();
      if (from < toks.size() && !toks.get(from).is(":")) {
        // A speaker alone on a line speaks the lines under it, up to the next blank line.
        for (int k = from + 1; k < to; k++) {
          if (text.substring(toks.get(k - 1).end(), toks.get(k).start()).chars().filter(ch -> ch == '\n').count() > 1) {
            to = k;
            break;
          }
        }
      }
      int fromChar = toks.get(Math.min(from, toks.size() - 1)).start();
      for (int h : headings) {
        if (h > fromChar) {
          int k = from;
          while (k < to && toks.get(k).start() < h) {
            k++;
          }
          to = Math.min(to, k);
          break;
        }
      }
      out.add(new Turn(from, to, owner[opens.get(o)]));
    }
    return out;
  }

  /** The speaker a speech heading names ("Statement by X"), or null. */
  PersonLinker.Cluster documentSpeaker(List<Token> toks, List<Mention> mentions, PersonLinker.Cluster[] owner,
      int headerEnd) {
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (owner[i] == null || toks.get(m.start()).start() >= headerEnd || m.start() < 2
          || !toks.get(m.start() - 1).lc().equals("by")) {
        continue;
      }
      for (int k = m.start() - 2; k >= Math.max(0, m.start() - 4); k--) {
        if (lex.isCue("speech", toks.get(k))) {
          return owner[i];
        }
      }
    }
    return null;
  }

  /** Pronoun spans per cluster (same order as {@code clusters}). */
  List<List<Span>> pronouns(List<Token> toks, List<Mention> mentions, PersonLinker.Cluster[] owner,
      List<PersonLinker.Cluster> clusters, int[] sentenceOf, List<Turn> turns, PersonLinker.Cluster docSpeaker) {
    List<List<Span>> out = new ArrayList<>();
    // a cluster's (first) place in the list, found once: clusters compare by identity
    java.util.Map<PersonLinker.Cluster, Integer> index = new java.util.IdentityHashMap<>();
    for (int c = 0; c < clusters.size(); c++) {
      out.add(new ArrayList<>());
      index.putIfAbsent(clusters.get(c), c);
    }
    int mi = 0;
    int passed = 0;
    int lastSentence = -1;
    java.util.Map<Integer, PersonLinker.Cluster> firstOwner = new java.util.HashMap<>();
    for (int k = 0; k < toks.size(); k++) {
      // Mentions before k: remember each sentence's first person (its subject) and the latest such sentence.
      while (passed < mentions.size() && mentions.get(passed).start() < k) {
        if (owner[passed] != null) {
          int ms = sentenceOf[mentions.get(passed).start()];
          firstOwner.putIfAbsent(ms, owner[passed]);
          lastSentence = Math.max(lastSentence, ms);
        }
        passed++;
      }
      while (mi < mentions.size() && mentions.get(mi).end() <= k) {
        mi++;
      }
      if (mi < mentions.size() && mentions.get(mi).start() <= k) {
        continue; // inside a mention ("Her Excellency")
      }
      Token t = toks.get(k);
      PersonLinker.Cluster target = null;
      if (PersonLexicon.in(firstLower, t) && FIRST.contains(t.text())) {
        target = docSpeaker;
        for (Turn turn : turns) {
          if (k >= turn.fromTok() && k < turn.toTok()) {
            target = turn.speaker();
          }
        }
      } else if (PersonLexicon.in(third, t) && lastSentence >= 0 && lastSentence >= sentenceOf[k] - BACK) {
        target = firstOwner.get(lastSentence);
      }
      if (target != null && target.participant) {
        out.get(index.get(target)).add(new Span(t.start(), t.end()));
      }
    }
    return out;
  }
}
