package org.compendium.extract.country;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.compendium.extract.Annotator;
import org.compendium.extract.Document;
import org.compendium.extract.Layer;
import org.compendium.extract.Layers;
import org.compendium.extract.person.TitleParties;
import org.compendium.model.Person;
import org.compendium.resolve.Countries;

/**
 * The parties of a record: the states whose representatives take part. Sources: the participants' countries
 * and the states the heading pairs ("Japan-Russia Summit Meeting", "Declaration ... between Japan and the
 * Russian Federation"). States only mentioned in the body are not parties. Output: sorted alpha-3 codes.
 */
public final class CountryAnnotator implements Annotator {
  private final Countries countries;

  public CountryAnnotator() {
    this(Countries.load());
  }

  public CountryAnnotator(Countries countries) {
    this.countries = countries;
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.PARTICIPANTS, Layers.HEADER);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.COUNTRIES);
  }

  @Override
  public void annotate(Document doc) {
    Set<String> parties = new TreeSet<>();
    for (Person p : doc.get(Layers.PARTICIPANTS)) {
      if (p.country() != null) {
        parties.add(p.country());
      }
    }
    parties.addAll(TitleParties.of(doc.text(), doc.get(Layers.HEADER), countries));
    doc.put(Layers.COUNTRIES, List.copyOf(parties));
  }
}
