package org.compendium.extract.commitment;

import java.util.List;
import java.util.Set;
import org.compendium.extract.Annotator;
import org.compendium.extract.Document;
import org.compendium.extract.Layer;
import org.compendium.extract.Layers;

/** PLACEHOLDER until implemented: puts an empty commitments layer so the pipeline runs end to end. */
public final class CommitmentAnnotator implements Annotator {
  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.SENTENCES, Layers.TEMPORALS, Layers.COUNTRIES, Layers.PARTICIPANTS);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.COMMITMENTS);
  }

  @Override
  public void annotate(Document doc) {
    doc.put(Layers.COMMITMENTS, List.of());
  }
}
