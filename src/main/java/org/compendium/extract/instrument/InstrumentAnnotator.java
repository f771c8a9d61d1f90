package org.compendium.extract.instrument;

import java.util.List;
import java.util.Set;
import org.compendium.extract.Annotator;
import org.compendium.extract.Document;
import org.compendium.extract.Layer;
import org.compendium.extract.Layers;

/** PLACEHOLDER until implemented: puts an empty instruments layer so the pipeline runs end to end. */
public final class InstrumentAnnotator implements Annotator {
  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.SENTENCES, Layers.HEADER, Layers.TEMPORALS);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.INSTRUMENTS);
  }

  @Override
  public void annotate(Document doc) {
    doc.put(Layers.INSTRUMENTS, List.of());
  }
}
