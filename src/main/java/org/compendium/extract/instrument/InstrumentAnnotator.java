package org.compendium.extract.instrument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compendium.extract.Annotator;
import org.compendium.extract.Document;
import org.compendium.extract.Header;
import org.compendium.extract.Layer;
import org.compendium.extract.Layers;
import org.compendium.extract.Sentence;
import org.compendium.extract.Tokens;
import org.compendium.model.Instrument;
import org.compendium.model.Instrument.Relation;
import org.compendium.model.Span;
import org.compendium.resolve.Countries;
import org.compendium.resolve.InstrumentRegistry;
import org.compendium.resolve.InstrumentWords;
import org.compendium.util.WordTokens;
import org.compendium.util.WordTokens.Token;

/**
 * Finds the international instruments a record names and how it relates to each (ANNOTATION.md
 * "instruments"). Candidates come from {@link CandidateFinder}; a candidate names an instrument when it has a
 * proper name or a subject ("Tokyo Declaration", "Joint Statement on ...", "the protocol on additions to
 * ..."), or, printed in lower case with an indefinite article, when the sentence signs it ("a science and
 * technology cooperation agreement ... were signed"); bare nouns ("a statement", "the agreement", "a peace
 * treaty") are not instruments, but a bare capitalized name ("the Joint Communique", "this Declaration") is
 * linked to an instrument already named, or to the one registry entry between the record's parties. Names
 * resolve against {@link InstrumentRegistry} for the canonical title, id and year. The relation comes from
 * {@link RelationFinder}; an instrument printed as the record's own title is {@code signed}. Year: printed
 * with the name, else the record's year for one signed now, else the signing clause's, else the registry's.
 */
public final class InstrumentAnnotator implements Annotator {
  private static final int TITLE_LINES = 1;
  /** A line that is only a head noun and this many subject words is a section heading, not a title. */
  private static final int MAX_HEADING_SUBJECT = 4;
  /** How many list items back a lead-in ("signed the following documents:") may stand. */
  private static final int MAX_LIST_ITEMS = 20;

  private final InstrumentCues cues;
  private final InstrumentRegistry registry;
  private final InstrumentWords words;
  private final CandidateFinder finder;
  private final RelationFinder relations;
  private final Set<Set<String>> vague = new HashSet<>();
  /** The reject-phrase cues, read once (the category's set is copied on every read). */
  private final List<String> rejectPhrases;

  public InstrumentAnnotator() {
    this(new InstrumentCues(), InstrumentRegistry.load(new InstrumentWords(Countries.load())));
  }

  public InstrumentAnnotator(InstrumentCues cues, InstrumentRegistry registry) {
    this.cues = cues;
    this.registry = registry;
    this.words = registry.words();
    this.finder = new CandidateFinder(cues, registry);
    this.relations = new RelationFinder(cues);
    this.rejectPhrases = List.copyOf(cues.all("reject-phrase"));
    for (String v : cues.all("vague")) {
      vague.add(words.words(v));
    }
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.HEADER, Layers.COUNTRIES);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.INSTRUMENTS);
  }

  @Override
  public void annotate(Document doc) {
    Tokens shared = doc.has(Layers.TOKENS) ? doc.get(Layers.TOKENS) : null;
    doc.put(Layers.INSTRUMENTS, find(doc.text(), shared != null && shared.vocabulary() == cues.vocabulary() ? shared
        : null, doc.get(Layers.SENTENCES), doc.get(Layers.HEADER), doc.get(Layers.COUNTRIES)));
  }

  /** One accepted mention before merging. */
  private record Mention(Candidate c, InstrumentRegistry.Entry entry, Relation relation, Integer clauseYear,
      int sentence, boolean title) {}

  /** The instruments of a text (exposed for tests). */
  public List<Instrument> find(String text, List<Sentence> sentences, Header header, List<String> parties) {
    return find(text, null, sentences, header, parties);
  }

  /** As above, on the document's shared tokens (null: cut here in the cues' vocabulary). */
  private List<Instrument> find(String text, Tokens base, List<Sentence> sentences, Header header,
      List<String> parties) {
    List<Token> toks = WordTokens.tokenize(text, new SharedWords(base != null ? base
        : Tokens.of(text, cues.vocabulary())));
    if (toks.isEmpty()) {
      return List.of();
    }
    int[] sentenceOf = sentenceIndex(toks, sentences);
    Integer recordYear = year(header);
    Set<String> context = context(text, header, parties);

    Map<String, Set<String>> names = new java.util.HashMap<>();
    List<Candidate> raw = finder.heads(text, toks, names);
    List<Candidate> phrases = finder.phrases(text, toks, names);
    List<Candidate> all = new ArrayList<>(raw);
    all.addAll(phrases);
    Overlaps overlaps = new Overlaps(all);

    List<Mention> accepted = new ArrayList<>();
    List<Candidate> bare = new ArrayList<>();
    for (Candidate found : raw) {
      Candidate c = found;
      int s = sentenceOf[c.head()];
      boolean title = inTitle(toks, c, header);
      RelationFinder.Verdict v = title
          ? new RelationFinder.Verdict(Relation.signed, null)
          : judge(toks, c, sentenceOf, overlaps, recordYear);
      boolean item = startsItem(c, sentences, s);
      if (v.relation() == Relation.cited && item) {
        v = leadIn(text, sentences, s, v);
      }
      Decision d = decide(c, v.relation() == Relation.signed, item);
      if (d == Decision.REJECT && title && c.capitalized()) {
        d = Decision.ACCEPT; // the record's own title names the instrument it is
      }
      if (d == Decision.BARE) {
        bare.add(c);
        continue;
      }
      if (d == Decision.DROP) {
        continue;
      }
      InstrumentRegistry.Entry entry = d == Decision.REJECT ? null : registry.resolve(c.words(), context, c.truncated())
          .orElse(null);
      if (d == Decision.REJECT) {
        entry = rescue(c, context);
        if (entry == null) {
          continue;
        }
      }
      if (entry == null) {
        entry = phraseAtHead(phrases, c);
      }
      if (entry == null && finder.titleCaseLine(toks, c.head())) {
        // in a headline every word is capitalized; a registry name inside it is the better boundary
        Candidate p = phraseOverHead(phrases, c);
        if (p != null) {
          c = p;
          entry = p.phraseEntry();
        }
      }
      accepted.add(new Mention(c, entry, v.relation(), v.clauseYear(), s, title));
    }
    // registry aliases not inside an accepted name ("CTBT", "ASEAN Outlook on the Indo-Pacific")
    for (Candidate p : phrases) {
      if (accepted.stream().anyMatch(m -> overlaps(m.c(), p))) {
        continue;
      }
      boolean title = inTitle(toks, p, header);
      RelationFinder.Verdict v = title
          ? new RelationFinder.Verdict(Relation.signed, null)
          : judge(toks, p, sentenceOf, overlaps, recordYear);
      accepted.add(new Mention(p, p.phraseEntry(), v.relation(), v.clauseYear(), sentenceOf[p.head()], title));
    }
    // a name inside another's subject is referred to by it: cited
    List<Mention> fixed = new ArrayList<>();
    Set<Integer> nested = nestedHeads(accepted);
    for (Mention m : accepted) {
      fixed.add(nested.contains(m.c().head())
          ? new Mention(m.c(), m.entry(), Relation.cited, null, m.sentence(), false) : m);
    }
    fixed.sort(Comparator.comparingInt(m -> m.c().spanStart()));
    return merge(fixed, bare, toks, context, recordYear, header);
  }

  /**
   * Heads of the mentions that lie in the subject of another mention (after its head), in one sweep in head
   * order rather than by comparing every pair, so a record with very many mentions stays fast.
   */
  private static Set<Integer> nestedHeads(List<Mention> mentions) {
    List<Candidate> byHead = mentions.stream().map(Mention::c).sorted(Comparator.comparingInt(Candidate::head)).toList();
    Set<Integer> nested = new HashSet<>();
    int reach = -1;  // the furthest last token of the mentions with a smaller head
    int i = 0;
    while (i < byHead.size()) {
      int h = byHead.get(i).head();
      if (reach >= h) {
        nested.add(h);
      }
      int groupReach = reach;
      for (; i < byHead.size() && byHead.get(i).head() == h; i++) {
        groupReach = Math.max(groupReach, byHead.get(i).last());
      }
      reach = groupReach;
    }
    return nested;
  }

  /** ACCEPT names an instrument; REJECT may still be one the registry knows; DROP never is; BARE links back. */
  private enum Decision { ACCEPT, REJECT, DROP, BARE }

  /**
   * A list item under a lead-in that ends with a colon: "The following documents were signed:" makes each
   * item signed, "... will be signed:" planned.
   */
  private RelationFinder.Verdict leadIn(String text, List<Sentence> sentences, int s, RelationFinder.Verdict v) {
    for (int k = s - 1; k >= Math.max(0, s - MAX_LIST_ITEMS); k--) {
      String t = sentences.get(k).text(text).strip();
      if (!t.endsWith(":")) {
        continue;
      }
      boolean past = false;
      boolean future = false;
      String prev = "";
      for (Token w : WordTokens.tokenize(t)) {
        String l = w.lower();
        if (cues.is(InstrumentCues.SIGN_PAST | InstrumentCues.SIGN_BASE, l)) {
          if (cues.is(InstrumentCues.FUTURE, prev)) {
            future = true;
          } else if (cues.is(InstrumentCues.SIGN_PAST, l)) {
            past = true;
          }
        }
        prev = l;
      }
      return future ? new RelationFinder.Verdict(Relation.planned, null)
          : past ? new RelationFinder.Verdict(Relation.signed, null) : v;
    }
    return v;
  }

  /** Does the candidate open a printed line or outline item (after its label)? */
  private static boolean startsItem(Candidate c, List<Sentence> sentences, int s) {
    if (s < 0) {
      return c.lineStart();
    }
    Sentence sentence = sentences.get(s);
    return sentence.span().start() == c.spanStart() && (s == 0 || sentences.get(s - 1).block() != sentence.block());
  }

  private Decision decide(Candidate c, boolean signed, boolean item) {
    if (c.rejectedModifier() || c.singleSpeaker() || rejectedPhrase(c.name())) {
      return Decision.DROP;
    }
    Set<String> w = c.words();
    Set<String> codes = new HashSet<>();
    Set<String> core = new HashSet<>();
    for (String x : w) {
      if (InstrumentRegistry.isCode(x)) {
        codes.add(x);
      } else if (!words.isGeneric(x) && !words.isHead(x) && !cues.is(InstrumentCues.PARTY, x)) {
        core.add(x);
      }
    }
    if (core.isEmpty() && codes.isEmpty() && !c.complement() && c.capitalized() && c.premodWords() >= 3
        && !item) {
      return Decision.ACCEPT; // a long title of generic words: "Basic Exchange and Cooperation Agreement"
    }
    if (core.isEmpty() && codes.isEmpty() && !c.complement()) {
      // "the Joint Communique", "this Declaration": may point back to a named one
      return (c.capitalized() || "this".equals(c.determiner())) && c.definite(cues) && !signed
          ? Decision.BARE : Decision.DROP;
    }
    if (vague(w, codes)) {
      return Decision.DROP;
    }
    if (c.plural() && !c.capitalized() && !c.proper()) {
      return Decision.REJECT;
    }
    if (core.isEmpty()) {
      // generic words with country names: "Japan-China Joint Declaration", "a Russian-Japanese plan of action"
      return c.capitalized() || signed ? Decision.ACCEPT : Decision.REJECT;
    }
    if (c.capitalized()) {
      if (c.first() == c.head() && item && c.subjectWords() <= MAX_HEADING_SUBJECT) {
        return Decision.REJECT; // a heading "Agreement on Visits": only a registry name counts
      }
      if (c.strong()) {
        return Decision.ACCEPT;
      }
      if (c.proper() && !c.needsSubject()) {
        return Decision.ACCEPT;
      }
      boolean subject = c.distinctComplement() && (!c.byOnly() || c.joint());
      return subject ? Decision.ACCEPT : Decision.REJECT;
    }
    boolean ok = (c.proper() && !c.properCountryOnly() && c.strong())
        || c.year() != null
        || (c.distinctComplement() && (c.definite(cues) || signed))
        || ((c.distinctPremod() || c.properCountryOnly()) && signed);
    return ok ? Decision.ACCEPT : Decision.REJECT;
  }

  private boolean rejectedPhrase(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    for (String p : rejectPhrases) {
      if (n.contains(p)) {
        return true;
      }
    }
    return false;
  }

  private boolean vague(Set<String> w, Set<String> codes) {
    Set<String> rest = new LinkedHashSet<>(w);
    rest.removeAll(codes);
    rest.remove("joint");
    return vague.contains(rest);
  }

  /** A rejected lower-case phrase that the registry knows well ("a special statement on the Korean Peninsula"). */
  private InstrumentRegistry.Entry rescue(Candidate c, Set<String> context) {
    if (!(c.properComplement() || c.proper())) {
      return null; // only a proper name in it makes a lower-case phrase worth looking up
    }
    return registry.resolve(c.words(), context, c.truncated()).orElse(null);
  }

  private static InstrumentRegistry.Entry phraseAtHead(List<Candidate> phrases, Candidate c) {
    for (Candidate p : phrases) {
      if (p.first() <= c.head() && c.last() <= p.last()) { // the alias covers the whole printed name
        return p.phraseEntry();
      }
    }
    return null;
  }

  private static Candidate phraseOverHead(List<Candidate> phrases, Candidate c) {
    for (Candidate p : phrases) {
      if (p.first() <= c.head() && c.head() <= p.last() && c.first() <= p.first() && p.last() <= c.last()) {
        return p;
      }
    }
    return null;
  }

  private static boolean overlaps(Candidate a, Candidate b) {
    return a.spanStart() < b.spanEnd() && b.spanStart() < a.spanEnd();
  }

  /** Joins the mentions of one instrument and links bare names; decides relation, year and title. */
  private List<Instrument> merge(List<Mention> mentions, List<Candidate> bare, List<Token> toks, Set<String> context,
      Integer recordYear, Header header) {
    Map<Object, List<Mention>> groups = new LinkedHashMap<>();
    for (Mention m : mentions) {
      Object key = m.entry() != null ? m.entry().id() : m.c().words();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
    }
    Map<Object, List<Span>> extra = new LinkedHashMap<>();
    for (Candidate b : bare) {
      Object key = antecedent(b, groups, toks);
      if (key == null && b.capitalized()) {
        InstrumentRegistry.Entry e = registry.resolveByParties(b.words(), context).orElse(null);
        if (e != null) {
          key = e.id();
          if (!groups.containsKey(key)) {
            groups.put(key, new ArrayList<>(List.of(new Mention(b, e, Relation.cited, null, -1, false))));
            continue;
          }
        }
      }
      if (key != null) {
        extra.computeIfAbsent(key, k -> new ArrayList<>()).add(new Span(b.spanStart(), b.spanEnd()));
      }
    }
    List<Instrument> out = new ArrayList<>();
    for (Map.Entry<Object, List<Mention>> g : groups.entrySet()) {
      List<Mention> ms = g.getValue();
      InstrumentRegistry.Entry entry = ms.get(0).entry();
      Relation rel = Relation.cited;
      for (Mention m : ms) {
        if (m.relation() == Relation.signed && m.clauseYear() == null) {
          rel = Relation.signed;
        } else if (m.relation() == Relation.signed && rel != Relation.signed) {
          rel = m.clauseYear() != null && recordYear != null && !m.clauseYear().equals(recordYear)
              ? Relation.cited : Relation.signed;
        } else if (m.relation() == Relation.planned && rel == Relation.cited) {
          rel = Relation.planned;
        }
      }
      // An instrument the registry dates after this record was not signed yet: the record speaks of it
      // while it is being negotiated, so it is planned, and its later signing year is not this record's.
      boolean notYetSigned = entry != null && entry.year() != null && recordYear != null
          && entry.year() > recordYear;
      if (notYetSigned && rel == Relation.cited) {
        rel = Relation.planned;
      }
      Integer year = null;
      for (Mention m : ms) {
        if (m.c().year() != null) {
          year = m.c().year();
          break;
        }
      }
      if (year == null && rel == Relation.signed) {
        year = recordYear;
      }
      if (year == null) {
        for (Mention m : ms) {
          if (m.clauseYear() != null) {
            year = m.clauseYear();
            break;
          }
        }
      }
      if (year == null && entry != null && !notYetSigned) {
        year = entry.year();
      }
      if (year == null && rel == Relation.signed) {
        year = yearSignedAlongside(ms, groups, recordYear);
      }
      List<Span> spans = new ArrayList<>();
      for (Mention m : ms) {
        spans.add(new Span(m.c().spanStart(), m.c().spanEnd()));
      }
      spans.addAll(extra.getOrDefault(g.getKey(), List.of()));
      spans.sort(null);
      String name = entry != null ? entry.title() : ms.get(0).c().name();
      out.add(new Instrument(entry != null ? entry.id() : null, name, year, rel, dedupe(spans)));
    }
    return out;
  }

  /** A signed instrument without a year takes the year of one signed in the same sentence. */
  private static Integer yearSignedAlongside(List<Mention> ms, Map<Object, List<Mention>> groups, Integer recordYear) {
    for (Mention m : ms) {
      for (List<Mention> other : groups.values()) {
        for (Mention o : other) {
          if (o != m && o.sentence() == m.sentence() && o.sentence() >= 0 && o.relation() == Relation.signed
              && o.entry() != null && o.entry().year() != null) {
            return o.entry().year();
          }
        }
      }
    }
    return recordYear;
  }

  /** The instrument a bare name refers to: the nearest earlier one with the same head noun. */
  private Object antecedent(Candidate b, Map<Object, List<Mention>> groups, List<Token> toks) {
    Set<String> head = words.words(toks.get(b.head()).text());
    Object best = null;
    int bestStart = -1;
    for (Map.Entry<Object, List<Mention>> g : groups.entrySet()) {
      for (Mention m : g.getValue()) {
        if (!m.c().words().containsAll(head) && (m.entry() == null || !registry.nameWords(m.entry()).containsAll(head))) {
          continue;
        }
        if (m.c().spanStart() < b.spanStart() && m.c().spanStart() > bestStart) {
          best = g.getKey();
          bestStart = m.c().spanStart();
        }
      }
    }
    if ("this".equals(b.determiner())) {
      for (Map.Entry<Object, List<Mention>> g : groups.entrySet()) {
        for (Mention m : g.getValue()) {
          if (m.title() && m.c().words().containsAll(head)) {
            return g.getKey();
          }
        }
      }
    }
    return best;
  }

  private static List<Span> dedupe(List<Span> spans) {
    List<Span> out = new ArrayList<>();
    for (Span s : spans) {
      if (out.isEmpty() || !out.get(out.size() - 1).equals(s)) {
        out.add(s);
      }
    }
    return out;
  }

  /** The relation of {@code c} read in its sentence, against the other candidates of that sentence. */
  private RelationFinder.Verdict judge(List<Token> toks, Candidate c, int[] sentenceOf, Overlaps overlaps,
      Integer recordYear) {
    int from = first(sentenceOf, c.head());
    int to = last(sentenceOf, c.head());
    return relations.judge(toks, c, from, to, overlaps.within(from, to), recordYear);
  }

  /** Is the candidate the record's own title (header title, or a heading line near the top)? */
  private boolean inTitle(List<Token> toks, Candidate c, Header header) {
    if (header != null && header.titleSpan() != null) {
      Span t = header.titleSpan();
      return c.spanStart() < t.end() && t.start() < c.spanEnd();
    }
    // no header title: the first printed line, alone on its line(s), without an outline label
    if (c.first() > 0 && !toks.get(c.first()).newlineBefore()) {
      return false;
    }
    int lines = 0;
    for (int i = 0; i <= c.first() && i < toks.size(); i++) {
      if (toks.get(i).newlineBefore() && ++lines > TITLE_LINES) {
        return false;  // stops at once, so a candidate deep in a long text costs nothing here
      }
    }
    return c.last() + 1 >= toks.size() || toks.get(c.last() + 1).newlineBefore();
  }

  private static Integer year(Header header) {
    if (header == null || header.date() == null || header.date().length() < 4) {
      return null;
    }
    String y = header.date().substring(0, 4);
    return y.chars().allMatch(Character::isDigit) ? Integer.valueOf(y) : null;
  }

  /** The record's parties; without a countries layer, the countries of hyphenated pairs near the top. */
  private Set<String> context(String text, Header header, List<String> parties) {
    Set<String> out = new LinkedHashSet<>(parties);
    if (!out.isEmpty()) {
      return out;
    }
    String top = text.substring(0, Math.min(text.length(), 400));
    if (header != null && header.title() != null) {
      top = header.title() + "\n" + top;
    }
    for (Token t : WordTokens.tokenize(top)) {
      if (!t.isWord() || t.text().indexOf('-') < 0) {
        continue;
      }
      String[] parts = t.text().split("-");
      Set<String> codes = new LinkedHashSet<>();
      for (String p : parts) {
        String c = p.isEmpty() ? null : words.countryOf(p);
        if (c == null) {
          codes.clear();
          break;
        }
        codes.add(c);
      }
      if (codes.size() >= 2) {
        return codes;
      }
    }
    return out;
  }

  private static int[] sentenceIndex(List<Token> toks, List<Sentence> sentences) {
    int[] out = new int[toks.size()];
    int s = 0;
    for (int i = 0; i < toks.size(); i++) {
      int start = toks.get(i).start();
      while (s < sentences.size() && sentences.get(s).span().end() <= start) {
        s++;
      }
      out[i] = s < sentences.size() && sentences.get(s).span().start() <= start ? s : -3 - i;
    }
    return out;
  }

  private static int first(int[] sentenceOf, int i) {
    int s = sentenceOf[i];
    int j = i;
    while (j > 0 && sentenceOf[j - 1] == s) {
      j--;
    }
    return j;
  }

  private static int last(int[] sentenceOf, int i) {
    int s = sentenceOf[i];
    int j = i;
    while (j + 1 < sentenceOf.length && sentenceOf[j + 1] == s) {
      j++;
    }
    return j;
  }
}
