package org.compendium.extract.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.compendium.extract.Annotator;
import org.compendium.extract.Document;
import org.compendium.extract.Header;
import org.compendium.extract.Layer;
import org.compendium.extract.Layers;
import org.compendium.extract.Sentence;
import org.compendium.extract.Tokens;
import org.compendium.extract.Vocabulary;
import org.compendium.ingest.Markup;
import org.compendium.model.Person;
import org.compendium.model.Place;
import org.compendium.model.Span;
import org.compendium.resolve.Countries;
import org.compendium.resolve.PersonDirectory;

/**
 * Finds the persons who take part in the meeting a record describes, each once, with canonical full name, role
 * at the fullest mention, represented country and every mention: names, family names, titled forms, title-only
 * forms ("the President"), third-person pronouns that refer to them, and first-person pronouns inside their
 * transcript turn or speech. Persons only talked about are left out (see {@link Participation}).
 */
public final class ParticipantAnnotator implements Annotator {
  private final PersonLexicon lex;
  private final MentionFinder finder;
  private final Participation participation;
  private final SideMarkers sides;
  private final PersonLinker linker;
  private final Coreference coreference;
  private final ListBlocks lists;

  public ParticipantAnnotator() {
    this(Countries.load(), PersonDirectory.load());
  }

  public ParticipantAnnotator(Countries countries, PersonDirectory directory) {
    this(countries, directory, new Vocabulary());
  }

  /** An annotator whose lexicon words are numbered by the pipeline's {@code vocabulary}. */
  public ParticipantAnnotator(Countries countries, PersonDirectory directory, Vocabulary vocabulary) {
    this.lex = new PersonLexicon(countries, vocabulary);
    this.finder = new MentionFinder(lex, directory);
    this.participation = new Participation(lex);
    this.sides = new SideMarkers(lex);
    this.linker = new PersonLinker(directory);
    this.coreference = new Coreference(lex);
    this.lists = new ListBlocks(lex, finder);
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.HEADER, Layers.PLACES);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.PARTICIPANTS);
  }

  @Override
  public void annotate(Document doc) {
    Tokens shared = doc.get(Layers.TOKENS);
    if (shared.vocabulary() != lex.vocabulary) {
      shared = Tokens.of(doc.text(), lex.vocabulary); // a chain assembled with another vocabulary (tests)
    }
    doc.put(Layers.PARTICIPANTS, find(doc.text(), lex.tokenize(shared), doc.get(Layers.SENTENCES),
        doc.get(Layers.HEADER), doc.source().markup(), doc.get(Layers.PLACES)));
  }

  /** The participants of a plain text without markup or places. */
  public List<Person> find(String text, List<Sentence> sentences, Header header) {
    return find(text, sentences, header, List.of(), List.of());
  }

  /**
   * The participants of {@code text}. Markup from the source (TEI persName, participants lists) adds names
   * and marks those present; {@code places} give the fallback country (see {@link FallbackCountry}).
   */
  public List<Person> find(String text, List<Sentence> sentences, Header header, List<Markup> markup,
      List<Place> places) {
    return find(text, lex.tokenize(text), sentences, header, markup, places);
  }

  private List<Person> find(String text, List<Token> toks, List<Sentence> sentences, Header header,
      List<Markup> markup, List<Place> places) {
    if (toks.isEmpty()) {
      return List.of();
    }
    List<Mention> found = MarkupMentions.add(finder.find(toks, text), toks, text, markup);
    ListBlocks.Result layout = lists.apply(toks, text, found);
    List<Mention> mentions = FamilyNames.add(layout.mentions(), toks, finder);
    boolean[] inList = MarkupMentions.participantTokens(layout.inList(), toks, markup);
    int[] sentenceOf = sentenceIndex(toks, sentences);
    int nSentences = sentenceOf[toks.size() - 1] + 1;
    int[] sentenceStart = new int[nSentences + 1];
    java.util.Arrays.fill(sentenceStart, -1);
    for (int k = 0; k < toks.size(); k++) {
      if (sentenceStart[sentenceOf[k]] < 0) {
        sentenceStart[sentenceOf[k]] = k;
      }
    }
    String[] side = new String[mentions.size()];
    int markersOf = -1; // the sentence whose side markers are in markers: found once per sentence, not per mention
    List<SideMarkers.Marker> markers = List.of();
    for (int i = 0; i < mentions.size(); i++) {
      int s = sentenceOf[mentions.get(i).start()];
      if (layout.country()[mentions.get(i).start()] != null) {
        side[i] = layout.country()[mentions.get(i).start()];
        continue;
      }
      if (s != markersOf) {
        int to = s + 1 < nSentences && sentenceStart[s + 1] >= 0 ? sentenceStart[s + 1] : toks.size();
        markers = sides.markers(toks, sentenceStart[s], to);
        markersOf = s;
      }
      side[i] = SideMarkers.countryAt(markers, mentions.get(i).start());
    }
    List<PersonLinker.Cluster> clusters = linker.cluster(mentions, side);
    LocalDate date = RecordDate.of(text, header);
    List<String> titleParties = TitleParties.of(text, header, lex.countries);
    linker.resolve(clusters, mentions, date, titleParties.isEmpty() ? null : titleParties.get(0));
    companions(clusters, mentions, toks, sentenceOf, sentenceStart);
    for (PersonLinker.Cluster c : clusters) {
      if (!c.resolved && c.role != null && international(c.role)) {
        c.country = null; // an official of an international body represents no state
        c.resolved = true;
      }
    }

    PersonLinker.Cluster[] owner = new PersonLinker.Cluster[mentions.size()];
    for (PersonLinker.Cluster c : clusters) {
      for (int i : c.mentions) {
        owner[i] = c;
      }
    }
    PersonLinker.Cluster[] titled = linker.titleReferents(clusters, mentions);
    for (int i = 0; i < mentions.size(); i++) {
      if (mentions.get(i).titleOnly()) {
        owner[i] = titled[i];
        if (owner[i] != null) {
          owner[i].mentions.add(i);
          if (owner[i].role == null) {
            owner[i].role = mentions.get(i).role();
          }
        }
      }
    }
    boolean[] inTurn = new boolean[toks.size()];
    List<Coreference.Turn> turns = coreference.turns(toks, mentions, owner, sentences, text);
    for (Coreference.Turn t : turns) {
      for (int k = t.fromTok(); k < t.toTok(); k++) {
        inTurn[k] = true;
      }
    }
    int headerEnd = Math.min(text.length(), Math.max(header.bodyStart(), 0) > 0 ? header.bodyStart() : 800);
    Participation.Context ctx = new Participation.Context(toks, mentions, sentenceOf, sentenceStart, inTurn, inList,
        headerEnd, new byte[nSentences]);
    for (int i = 0; i < mentions.size(); i++) {
      if (owner[i] != null && !owner[i].participant && participation.evidence(ctx, i)) {
        owner[i].participant = true;
      }
    }
    FallbackCountry.fill(clusters, places, TitleParties.pairs(text, lex.countries), lex);
    List<List<Span>> extra = coreference.pronouns(toks, mentions, owner, clusters, sentenceOf, turns,
        coreference.documentSpeaker(toks, mentions, owner, headerEnd));
    List<Person> out = new ArrayList<>();
    for (int ci = 0; ci < clusters.size(); ci++) {
      PersonLinker.Cluster c = clusters.get(ci);
      if (!c.participant) {
        continue;
      }
      List<Span> spans = new ArrayList<>();
      for (int i : c.mentions) {
        Mention m = mentions.get(i);
        spans.add(new Span(toks.get(m.start()).start(), toks.get(m.end() - 1).end()));
      }
      spans.addAll(extra.get(ci));
      spans.sort(null);
      out.add(new Person(c.canonical, role(c.role), c.country, spans));
    }
    return out;
  }

  /**
   * "X was accompanied by Minister Y": a person nothing else placed shares the state of the sentence's first
   * person when an accompaniment cue stands between them.
   */
  private void companions(List<PersonLinker.Cluster> clusters, List<Mention> mentions, List<Token> toks,
      int[] sentenceOf, int[] sentenceStart) {
    PersonLinker.Cluster[] owner = new PersonLinker.Cluster[mentions.size()];
    for (PersonLinker.Cluster c : clusters) {
      for (int i : c.mentions) {
        owner[i] = c;
      }
    }
    for (int i = 0; i < mentions.size(); i++) {
      PersonLinker.Cluster c = owner[i];
      if (c == null || c.resolved) {
        continue;
      }
      int s = sentenceOf[mentions.get(i).start()];
      boolean cue = false;
      for (int k = sentenceStart[s]; k < mentions.get(i).start() && !cue; k++) {
        cue = lex.cueEndsAt("companion", toks, k);
      }
      if (!cue) {
        continue;
      }
      int first = i;
      while (first > 0 && sentenceOf[mentions.get(first - 1).start()] == s) {
        first--;
      }
      for (int j = first; j < i; j++) {
        if (owner[j] != null && owner[j] != c && owner[j].resolved) {
          c.country = owner[j].country;
          c.resolved = true;
          break;
        }
      }
    }
  }

  /** The role without a leading article ("The representative" -> "representative"). */
  private static String role(String r) {
    if (r != null && (r.startsWith("the ") || r.startsWith("The "))) {
      return r.substring(4);
    }
    return r;
  }

  private boolean international(String role) {
    for (Token t : lex.tokenize(role)) {
      if (lex.isCue("international", t)) {
        return true;
      }
    }
    return false;
  }

  /** Sentence index per token: the last sentence starting at or before it (outline labels join the one before). */
  private static int[] sentenceIndex(List<Token> toks, List<Sentence> sentences) {
    int[] out = new int[toks.size()];
    int s = 0;
    for (int k = 0; k < toks.size(); k++) {
      int pos = toks.get(k).start();
      while (s + 1 < sentences.size() && sentences.get(s + 1).span().start() <= pos) {
        s++;
      }
      out[k] = s;
    }
    return out;
  }
}
