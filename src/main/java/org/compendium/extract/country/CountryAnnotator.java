package org.compendium.extract.country;

import java.util.List;
import java.util.Set;
import org.compendium.extract.Annotator;
import org.compendium.extract.Document;
import org.compendium.extract.Layer;
import org.compendium.extract.Layers;

/** PLACEHOLDER until implemented: puts an empty countries layer so the pipeline runs end to end. */
public final class CountryAnnotator implements Annotator {
  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.PARTICIPANTS, Layers.PLACES);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.COUNTRIES);
  }

  @Override
  public void annotate(Document doc) {
    doc.put(Layers.COUNTRIES, List.of());
  }
}
