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
import org.compendium.model.Place;
import org.compendium.model.Span;
import org.compendium.resolve.Countries;
import org.compendium.resolve.Gazetteer;

/**
 * Geographic names mentioned in the record (ANNOTATION.md "places"): one {@link Place} per distinct printed
 * name (compared as the scorer does: case, punctuation and a leading "the" ignored), named as printed at its
 * first mention, with the gazetteer's type, country and coordinates and every mention's span. Headings count
 * like the body. What is and is not a place mention is decided by {@link PlaceFinder}.
 */
public final class PlaceAnnotator implements Annotator {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}\\s]+");

  private final PlaceFinder finder;

  public PlaceAnnotator(Gazetteer gazetteer, PlaceWords words) {
    this.finder = new PlaceFinder(gazetteer, words);
  }

  /** Loads the gazetteer and word lists (once per pipeline). */
  public PlaceAnnotator() {
    this(Gazetteer.load(Countries.load()), PlaceWords.load());
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.SENTENCES);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.PLACES);
  }

  @Override
  public void annotate(Document doc) {
    doc.put(Layers.PLACES, places(doc.text(), doc.get(Layers.SENTENCES)));
  }

  /** The places of a text whose sentences are known. */
  public List<Place> places(String text, List<Sentence> sentences) {
    int[] starts = new int[sentences.size()];
    for (int k = 0; k < starts.length; k++) {
      starts[k] = sentences.get(k).span().start();
    }
    Map<String, List<PlaceFinder.Hit>> byName = new LinkedHashMap<>();
    for (PlaceFinder.Hit h : finder.find(new Tokens(text, starts))) {
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
