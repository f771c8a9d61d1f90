package org.compendium.extract.kind;

import java.util.List;
import java.util.Set;
import org.compendium.extract.Annotator;
import org.compendium.extract.Document;
import org.compendium.extract.Layer;
import org.compendium.extract.Layers;
import org.compendium.model.Kind;

/** PLACEHOLDER until implemented: puts an empty kind layer so the pipeline runs end to end. */
public final class KindAnnotator implements Annotator {
  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.HEADER, Layers.PARTICIPANTS);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.KIND);
  }

  @Override
  public void annotate(Document doc) {
    doc.put(Layers.KIND, Kind.other);
  }
}
