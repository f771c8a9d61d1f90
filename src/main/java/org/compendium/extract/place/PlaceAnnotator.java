package org.compendium.extract.place;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.compendium.extract.Annotator;
import org.compendium.extract.Document;
import org.compendium.extract.Layer;
import org.compendium.extract.Layers;
import org.compendium.extract.Sentence;
import org.compendium.extract.Vocabulary;
import org.compendium.ingest.Markup;
import org.compendium.model.Place;
import org.compendium.model.Span;
import org.compendium.model.Temporal;
import org.compendium.resolve.Countries;
import org.compendium.resolve.Gazetteer;

/**
 * Geographic names mentioned in the record (ANNOTATION.md "places"): one {@link Place} per distinct printed
 * name (compared as the scorer does: case, punctuation and a leading "the" ignored), named as printed at its
 * first mention, with the gazetteer's type, country and coordinates and every mention's span. Headings count
 * like the body; places the source marks up (TEI {@code <placeName>}) are taken too. What is and is not a place
 * mention in plain text is decided by {@link PlaceFinder}; {@link VenueFinder} adds meeting venues the
 * gazetteer lacks.
 */
public final class PlaceAnnotator implements Annotator {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}\\s]+");

  private final PlaceFinder finder;
  private final Gazetteer gazetteer;
  private final VenueFinder venues;
  private final Vocabulary vocabulary;
  private final Tokens.Ids ids;

  public PlaceAnnotator(Countries countries, Gazetteer gazetteer, PlaceWords words) {
    this(countries, gazetteer, words, new Vocabulary());
  }

  /** An annotator whose word lists are numbered by the pipeline's {@code vocabulary}. */
  public PlaceAnnotator(Countries countries, Gazetteer gazetteer, PlaceWords words, Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    this.ids = new Tokens.Ids(gazetteer, words, vocabulary);
    this.finder = new PlaceFinder(gazetteer, words, countries);
    this.gazetteer = gazetteer;
    this.venues = new VenueFinder(words, countries);
  }

  /** Loads the gazetteer and word lists (once per pipeline). */
  public PlaceAnnotator() {
    this(Countries.load());
  }

  public PlaceAnnotator(Countries countries) {
    this(countries, Gazetteer.load(countries), PlaceWords.load());
  }

  /** Loads the gazetteer and word lists, numbering their words by the pipeline's {@code vocabulary}. */
  public PlaceAnnotator(Countries countries, Vocabulary vocabulary) {
    this(countries, Gazetteer.load(countries), PlaceWords.load(), vocabulary);
  }


  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.TEMPORALS);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.PLACES);
  }

  @Override
  public void annotate(Document doc) {
    List<Span> dates = doc.get(Layers.TEMPORALS).stream().map(Temporal::span).toList();
    org.compendium.extract.Tokens shared = doc.get(Layers.TOKENS);
    if (shared.vocabulary() != vocabulary) {
      shared = org.compendium.extract.Tokens.of(doc.text(), vocabulary); // a chain with another vocabulary (tests)
    }
    doc.put(Layers.PLACES, places(shared, doc.get(Layers.SENTENCES), dates, doc.source().markup()));
  }

  /**
   * The places of a text whose sentences and date expressions are known, with the places its source marked
   * up (TEI placeName).
   */
  public List<Place> places(String text, List<Sentence> sentences, List<Span> dates, List<Markup> markup) {
    return places(org.compendium.extract.Tokens.of(text, vocabulary), sentences, dates, markup);
  }

  private List<Place> places(org.compendium.extract.Tokens shared, List<Sentence> sentences, List<Span> dates,
      List<Markup> markup) {
    String text = shared.text();
    int[] starts = new int[sentences.size()];
    for (int k = 0; k < starts.length; k++) {
      starts[k] = sentences.get(k).span().start();
    }
    Tokens tokens = new Tokens(shared, starts, ids);
    List<PlaceFinder.Hit> found = new ArrayList<>(finder.find(tokens));
    found.addAll(venues.find(tokens, found, dates));
    for (Markup m : markup) {
      if (m.type() == Markup.Type.PLACE && m.span().length() > 0
          && found.stream().noneMatch(h -> h.span().overlaps(m.span()))) {
        String printed = m.span().of(text);
        found.add(new PlaceFinder.Hit(m.span(), gazetteer.lookup(printed)
            .orElse(new Gazetteer.Entry(printed, "other", null, null, null))));
      }
    }
    found.sort(java.util.Comparator.comparing(PlaceFinder.Hit::span));
    Map<String, List<PlaceFinder.Hit>> byName = new LinkedHashMap<>();
    for (PlaceFinder.Hit h : found) {
      byName.computeIfAbsent(sameNameKey(h.span().of(text)), k -> new ArrayList<>()).add(h);
    }
    List<Place> out = new ArrayList<>(byName.size());
    for (List<PlaceFinder.Hit> hits : byName.values()) {
      PlaceFinder.Hit first = hits.get(0);
      List<Span> spans = hits.stream().map(PlaceFinder.Hit::span).toList();
      String name = SPACES.matcher(first.span().of(text)).replaceAll(" ");
      out.add(new Place(name, first.entry().type(), first.entry().country(), first.entry().lat(),
          first.entry().lon(), spans));
    }
    return List.copyOf(out);
  }

  /** Two printed names are one place entry when they differ only in case, accents, punctuation or spacing. */
  static String sameNameKey(String printed) {
    String s = Normalizer.normalize(printed, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('’', '\'');
    s = s.replace("'s ", " ").replace("'", "");
    s = NON_WORD.matcher(s).replaceAll(" ");
    return SPACES.matcher(s).replaceAll(" ").strip();
  }
}
