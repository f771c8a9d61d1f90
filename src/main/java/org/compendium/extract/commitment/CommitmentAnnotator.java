package org.compendium.extract.commitment;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.compendium.extract.Annotator;
import org.compendium.extract.Document;
import org.compendium.extract.Layer;
import org.compendium.extract.Layers;
import org.compendium.extract.Tokens;
import org.compendium.extract.Vocabulary;
import org.compendium.model.Commitment;
import org.compendium.model.Span;
import org.compendium.resolve.Countries;

/**
 * Finds commitments: future actions that one or both sides undertake, agree to or schedule (see ANNOTATION.md).
 * Sentences are re-joined across line wraps ({@link Unit}), each is read by {@link ClauseAnalyzer}, items of a
 * list introduced by a commitment ("will adopt the following measures:", "Japan's following initiatives") are
 * commitments of the same actors ({@link ListItems}), and each commitment's due is picked by {@link DuePicker}.
 * Who acts comes from {@link Actors}: parties from the countries layer, persons from the participants layer.
 * Limits: no parser, so subjects and clause ends are found by punctuation and cue words; a commitment stated
 * across two sentences is found only for invitations accepted in the next sentence.
 */
public final class CommitmentAnnotator implements Annotator {
  private final CueLexicon lex;
  private final CountryMentions countries;
  private final ClauseAnalyzer analyzer;
  private final Gates gates;
  /** The cue lexicon's entries by vocabulary id, for tokens read off the shared tokens. */
  private final CueLexicon.Word[] cueById;

  public CommitmentAnnotator() {
    this(Countries.load());
  }

  public CommitmentAnnotator(Countries countries) {
    this(countries, new Vocabulary());
  }

  /** With the pipeline's shared vocabulary, whose {@link Tokens} the trigger gates read. */
  public CommitmentAnnotator(Countries countries, Vocabulary vocabulary) {
    this.lex = CueLexicon.load();
    this.countries = new CountryMentions(countries);
    this.analyzer = new ClauseAnalyzer(lex);
    this.gates = new Gates(lex, vocabulary);
    this.cueById = lex.byId(vocabulary);
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.HEADER, Layers.TEMPORALS, Layers.COUNTRIES,
        Layers.PARTICIPANTS);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.COMMITMENTS);
  }

  @Override
  public void annotate(Document doc) {
    doc.put(Layers.COMMITMENTS, find(doc));
  }

  private List<Commitment> find(Document doc) {
    String text = doc.text();
    Actors actors = new Actors(text, doc.get(Layers.COUNTRIES), doc.get(Layers.PARTICIPANTS), countries, lex);
    DuePicker dues = new DuePicker(doc.get(Layers.TEMPORALS), doc.get(Layers.HEADER).date(), lex);
    List<Unit> units = Unit.join(text, doc.get(Layers.SENTENCES));
    int n = units.size();
    Tokens shared = doc.has(Layers.TOKENS) ? doc.get(Layers.TOKENS) : null;
    if (shared == null || shared.vocabulary() != gates.anchors.vocabulary()) {
      shared = Tokens.of(text, gates.anchors.vocabulary()); // a chain assembled with another vocabulary (tests)
    }
    Tokens base = shared;
    // Units are cut into tokens only when needed: most hold no anchor (see Gates).
    List<List<Token>> tokens = new LazyTokens(base, units, lex, cueById);
    byte[] accepted = new byte[n + 1]; // 0: not known yet, 1: no, 2: yes
    accepted[n] = 1;
    List<List<ClauseAnalyzer.Candidate>> found = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Span span = units.get(i).span();
      if (!gates.anchors.fires(base, span.start(), span.end())) {
        found.add(new ArrayList<>()); // no anchor and no "that" lead: analyze and thatFuture find nothing
        continue;
      }
      List<Token> toks = tokens.get(i);
      List<ClauseAnalyzer.Candidate> cs = new ArrayList<>(analyzer.analyze(toks, actors, dues,
          accepts(base, units, tokens, accepted, i), accepts(base, units, tokens, accepted, i + 1)));
      cs.addAll(analyzer.thatFuture(toks, cs, actors, dues));
      found.add(cs);
    }
    Map<Integer, Integer> itemLeads = ListItems.extend(units, tokens, found, actors, lex,
        i -> gates.leadIn.fires(base, units.get(i).span().start(), units.get(i).span().end()));

    List<Commitment> out = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      List<Token> toks = tokens.get(i);
      for (ClauseAnalyzer.Candidate c : found.get(i)) {
        if (c.start() >= c.end()) {
          continue;
        }
        Span span = new Span(toks.get(c.start()).start(), toks.get(c.end() - 1).end());
        // after a lead, the words before it frame the report ("On 5 May, the ministers agreed to ...")
        int dueFrom = c.kind() == ClauseAnalyzer.Kind.LEAD_INF ? toks.get(c.anchor()).start() : span.start();
        DuePicker.Due due = dues.pick(toks, dueFrom, span.end());
        Integer lead = itemLeads.get(i);
        if (due == null && lead != null) {
          // an item shares its lead-in's deadline ("will take the following steps by 2012: -- ...")
          Unit u = units.get(lead);
          due = dues.pick(tokens.get(lead), u.span().start(), u.span().end());
        }
        out.add(new Commitment(span.of(text), List.copyOf(new TreeSet<>(c.by())),
            due == null ? null : due.value(), due == null ? null : due.text(), span));
      }
    }
    return out;
  }

  /** Whether unit {@code i} accepts a proposal (known past the last unit); the gate spares most tokenizing. */
  private boolean accepts(Tokens base, List<Unit> units, List<List<Token>> tokens, byte[] known, int i) {
    if (known[i] == 0) {
      Span span = units.get(i).span();
      known[i] = gates.accepts.fires(base, span.start(), span.end()) && lex.hasAcceptance(tokens.get(i)) ? (byte) 2
          : (byte) 1;
    }
    return known[i] == 2;
  }

  /** The tokens of each unit, made when first asked for. */
  private static final class LazyTokens extends AbstractList<List<Token>> {
    private final Tokens base;
    private final List<Unit> units;
    private final CueLexicon lex;
    private final CueLexicon.Word[] cueById;
    private final List<List<Token>> made;

    LazyTokens(Tokens base, List<Unit> units, CueLexicon lex, CueLexicon.Word[] cueById) {
      this.base = base;
      this.units = units;
      this.lex = lex;
      this.cueById = cueById;
      this.made = new ArrayList<>(Collections.nCopies(units.size(), null));
    }

    @Override
    public List<Token> get(int i) {
      List<Token> t = made.get(i);
      if (t == null) {
        Unit u = units.get(i);
        t = Token.split(base, u.span().start(), u.span().end(), lex, cueById);
        made.set(i, t);
      }
      return t;
    }

    @Override
    public int size() {
      return units.size();
    }
  }
}
