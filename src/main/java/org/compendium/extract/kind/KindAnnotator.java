package org.compendium.extract.kind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.extract.Annotator;
import org.compendium.extract.Document;
import org.compendium.extract.Header;
import org.compendium.extract.Layer;
import org.compendium.extract.Layers;
import org.compendium.extract.Sentence;
import org.compendium.model.Kind;
import org.compendium.model.Person;
import org.compendium.util.PhraseTable;

/**
 * Decides the record's kind (ANNOTATION.md "kind") from cue words ({@code extract/kind/kind-cues.tsv}): first
 * in the title, then in the other heading lines, then in the first sentences of the body. In one piece of text
 * the strongest cue wins: call, statement (only as the head of the title: "Joint Statement on ...", not
 * "Press Conference on the Joint Statement"), ministerial, summit, meeting, visit. A plain "meeting" is ranked
 * by who meets: the participants' roles when that layer has them, else role words near the top of the text
 * ({@code extract/kind/role-levels.tsv}): heads of state or government make a summit, ministers a
 * ministerial. No cue at all gives {@code other}, and so does a title headed by a record that is no meeting
 * ("Press Briefing by ...", "Interview of ...").
 *
 * <p>Limits: a visit that centres on one summit reads as a summit when its summit line is the title.
 */
public final class KindAnnotator implements Annotator {
  /** Body sentences searched for kind cues, and for role words. */
  private static final int CUE_SENTENCES = 3;
  private static final int ROLE_SENTENCES = 8;
  private static final List<String> PRIORITY =
      List.of("call", "statement", "ministerial", "summit", "meeting", "visit", "other");
  /** Where a title's head phrase ends: "Joint Statement | on ...", "Visit | to Japan of ...". */
  private static final Pattern HEAD_END = Pattern.compile(
      "(?i)\\s(?:by|of|on|between|at|for|to|with|concerning|regarding|from|in)\\s|[,:;(]");

  private final PhraseTable cues;
  private final PhraseTable roles;

  public KindAnnotator() {
    this(PhraseTable.load("extract/kind/kind-cues.tsv"), PhraseTable.load("extract/kind/role-levels.tsv"));
  }

  public KindAnnotator(PhraseTable cues, PhraseTable roles) {
    this.cues = cues;
    this.roles = roles;
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.SENTENCES, Layers.HEADER, Layers.PARTICIPANTS);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.KIND);
  }

  @Override
  public void annotate(Document doc) {
    doc.put(Layers.KIND, decide(doc));
  }

  Kind decide(Document doc) {
    String text = doc.text();
    Header header = doc.get(Layers.HEADER);
    List<Sentence> body = doc.get(Layers.SENTENCES).stream()
        .filter(s -> s.span().start() >= header.bodyStart()).toList();
    String cue = null;
    if (header.titleSpan() != null) {
      cue = strongest(text, header.titleSpan().start(), header.titleSpan().end(), headEnd(text, header));
    }
    if (cue == null && header.bodyStart() > 0) {
      cue = strongest(text, 0, header.bodyStart(), -1);
    }
    for (int i = 0; cue == null && i < Math.min(CUE_SENTENCES, body.size()); i++) {
      cue = strongest(text, body.get(i).span().start(), body.get(i).span().end(), -1);
    }
    if (cue == null) {
      return Kind.other;
    }
    if (!cue.equals("meeting")) {
      return Kind.valueOf(cue);
    }
    return level(doc, text, header, body);
  }

  /**
   * The strongest cue in text[start, end); statement and other cues ("Press Briefing by ...") count only when
   * they end before {@code headEnd}, and an other cue there keeps the body's "met" from making a meeting.
   */
  private String strongest(String text, int start, int end, int headEnd) {
    int best = PRIORITY.size();
    for (PhraseTable.Hit hit : cues.find(text, start, end)) {
      boolean headOnly = hit.value().equals("statement") || hit.value().equals("other");
      if (headOnly && (headEnd < 0 || hit.end() > headEnd)) {
        continue;
      }
      int rank = PRIORITY.indexOf(hit.value());
      if (rank >= 0 && rank < best) {
        best = rank;
      }
    }
    return best < PRIORITY.size() ? PRIORITY.get(best) : null;
  }

  private static int headEnd(String text, Header header) {
    Matcher m = HEAD_END.matcher(text).region(header.titleSpan().start(), header.titleSpan().end());
    return m.find() ? m.start() : header.titleSpan().end();
  }

  /**
   * Summit or ministerial for a meeting, by the roles of who takes part: first the participants layer (two
   * heads make a summit, a minister with another head or minister a ministerial), else role words in the title
   * and first sentences (two different head titles or "the leaders" make a summit; a lone head meeting only
   * officials is no summit); other when no role is known.
   */
  private Kind level(Document doc, String text, Header header, List<Sentence> body) {
    int heads = 0;
    int ministers = 0;
    for (Person p : doc.get(Layers.PARTICIPANTS)) {
      String level = p.role() == null ? null : strongestLevel(roles.find(p.role()));
      heads += "head".equals(level) ? 1 : 0;
      ministers += "minister".equals(level) ? 1 : 0;
    }
    if (heads >= 2) {
      return Kind.summit;
    }
    if (ministers >= 1 && heads + ministers >= 2) {
      return Kind.ministerial;
    }
    List<PhraseTable.Hit> hits = new ArrayList<>();
    if (header.titleSpan() != null) {
      hits.addAll(roles.find(text, header.titleSpan().start(), header.titleSpan().end()));
    }
    for (int i = 0; i < Math.min(ROLE_SENTENCES, body.size()); i++) {
      hits.addAll(roles.find(text, body.get(i).span().start(), body.get(i).span().end()));
    }
    Set<String> headTitles = new HashSet<>();
    boolean plural = false;
    int ministerMentions = 0;
    int officialMentions = 0;
    for (PhraseTable.Hit hit : hits) {
      String phrase = text.substring(hit.start(), hit.end()).toLowerCase(Locale.ROOT);
      if (text.startsWith("'s", hit.end()) || text.startsWith("\u2019s", hit.end())) {
        continue; // a possessive ("the President's Guest House") names a thing, not someone present
      }
      switch (hit.value()) {
        case "head" -> {
          headTitles.add(phrase);
          plural |= phrase.endsWith("s") && !phrase.endsWith("ss");
        }
        case "minister" -> ministerMentions++;
        case "official" -> officialMentions++;
        default -> { }
      }
    }
    if (plural || headTitles.size() >= 2) {
      return Kind.summit;
    }
    if (ministerMentions > 0) {
      return Kind.ministerial;
    }
    if (!headTitles.isEmpty()) {
      return officialMentions > 0 ? Kind.other : Kind.summit;
    }
    return Kind.other;
  }

  /** The highest level among role hits: head, then minister, then official. */
  private static String strongestLevel(List<PhraseTable.Hit> hits) {
    String best = null;
    for (String level : List.of("head", "minister", "official")) {
      for (PhraseTable.Hit h : hits) {
        if (best == null && h.value().equals(level)) {
          best = level;
        }
      }
    }
    return best;
  }
}
