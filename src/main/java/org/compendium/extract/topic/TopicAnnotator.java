package org.compendium.extract.topic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.compendium.extract.Annotator;
import org.compendium.extract.Document;
import org.compendium.extract.Header;
import org.compendium.extract.Layer;
import org.compendium.extract.Layers;
import org.compendium.extract.PhraseTokens;
import org.compendium.extract.Tokens;
import org.compendium.extract.Vocabulary;
import org.compendium.model.Section;
import org.compendium.model.Span;
import org.compendium.util.PhraseTable;
import org.compendium.util.Resources;

/**
 * Labels the record with topics from the ANNOTATION.md list by keyword phrases ({@code extract/topic/topics.tsv},
 * {@code label<TAB>phrase}). A label is given when its phrases occur at least twice in the text, or once in the
 * title or a section heading (headings say what a part is about). No label at all gives {@code other}. Output
 * is sorted and distinct.
 *
 * <p>Limits: keyword evidence only; a topic only talked around with none of its phrases is missed.
 */
public final class TopicAnnotator implements Annotator {
  static final String OTHER = "other";
  private static final int MIN_MENTIONS = 2;

  private final PhraseTable phrases;
  private final Vocabulary vocabulary;
  /** By word id: does a phrase start with this word? (The phrases' first words, interned.) */
  private final boolean[] firstById;

  public TopicAnnotator() {
    this(new Vocabulary());
  }

  /** With the pipeline's shared vocabulary, whose {@link Tokens} the phrase search reads. */
  public TopicAnnotator(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    Map<String, Set<String>> labels = new HashMap<>();
    for (String[] row : Resources.tsv("extract/topic/topics.tsv", 2)) {
      labels.computeIfAbsent(row[1].toLowerCase(java.util.Locale.ROOT), k -> new TreeSet<>()).add(row[0]);
    }
    Map<String, String> table = new HashMap<>();
    labels.forEach((phrase, set) -> table.put(phrase, String.join(",", set)));
    this.phrases = new PhraseTable(table);
    int[] ids = phrases.firstTokens().stream().mapToInt(vocabulary::intern).toArray();
    this.firstById = new boolean[Arrays.stream(ids).max().orElse(-1) + 1];
    for (int id : ids) {
      firstById[id] = true;
    }
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.HEADER, Layers.SECTIONS);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.TOPICS);
  }

  @Override
  public void annotate(Document doc) {
    Tokens shared = doc.has(Layers.TOKENS) ? doc.get(Layers.TOKENS) : null;
    doc.put(Layers.TOPICS, topics(doc.text(), shared != null && shared.vocabulary() == vocabulary ? shared : null,
        doc.get(Layers.HEADER), doc.get(Layers.SECTIONS)));
  }

  List<String> topics(String text, Header header, List<Section> sections) {
    return topics(text, null, header, sections);
  }

  /**
   * The phrases of the text, found on the shared tokens: a token that is one ASCII base token starts a phrase
   * only if its id is a first word (no lookup by characters); other tokens are looked up.
   */
  private List<PhraseTable.Hit> hits(Tokens base) {
    PhraseTokens cut = PhraseTokens.of(base);
    int[] at = cut.base();
    return phrases.find(base.text(), cut.bounds(), i -> {
      int b = at[i];
      if (b < 0 || !base.any(b, Tokens.ASCII)) {
        return true;
      }
      int id = base.id(b);
      return id < firstById.length && firstById[id];
    });
  }

  private List<String> topics(String text, Tokens base, Header header, List<Section> sections) {
    List<Span> headings = new ArrayList<>();
    if (header.titleSpan() != null) {
      headings.add(header.titleSpan());
    }
    collectHeadings(text, sections, headings);
    Map<String, Integer> score = new TreeMap<>();
    for (PhraseTable.Hit hit : hits(base != null ? base : Tokens.of(text, vocabulary))) {
      boolean inHeading = false;
      for (Span h : headings) {
        inHeading |= h.start() <= hit.start() && hit.end() <= h.end();
      }
      for (String label : hit.value().split(",")) {
        score.merge(label, inHeading ? MIN_MENTIONS : 1, Integer::sum);
      }
    }
    List<String> out = new ArrayList<>();
    score.forEach((label, n) -> {
      if (n >= MIN_MENTIONS) {
        out.add(label);
      }
    });
    return out.isEmpty() ? List.of(OTHER) : List.copyOf(out);
  }

  /**
   * The first place at or after {@code from} where {@code s} starts, if before {@code before} (else -1): the
   * search stops there instead of running to the text's end for every section.
   */
  static int indexBefore(String text, String s, int from, int before) {
    if (s.isEmpty()) {
      return from <= text.length() && from < before ? Math.max(from, 0) : -1;
    }
    char first = s.charAt(0);
    for (int i = Math.max(from, 0); i < before && i <= text.length() - s.length(); i++) {
      if (text.charAt(i) == first && text.startsWith(s, i)) {
        return i;
      }
    }
    return -1;
  }

  /** Spans of section headings as printed (a heading is the start of its section's text). */
  private static void collectHeadings(String text, List<Section> sections, List<Span> out) {
    for (Section s : sections) {
      if (s.heading() != null && !s.heading().isEmpty()) {
        int at = indexBefore(text, s.heading(), s.span().start(), s.span().end());
        if (at >= 0) {
          out.add(new Span(at, at + s.heading().length()));
        }
      }
      collectHeadings(text, s.children(), out);
    }
  }
}
