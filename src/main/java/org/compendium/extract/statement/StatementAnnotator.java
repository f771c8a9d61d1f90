package org.compendium.extract.statement;

import java.util.List;
import java.util.Set;
import org.compendium.extract.Annotator;
import org.compendium.extract.Document;
import org.compendium.extract.Layer;
import org.compendium.extract.Layers;

/** PLACEHOLDER until implemented: puts an empty statements layer so the pipeline runs end to end. */
public final class StatementAnnotator implements Annotator {
  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.SENTENCES, Layers.PARTICIPANTS, Layers.COUNTRIES);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.STATEMENTS);
  }

  @Override
  public void annotate(Document doc) {
    doc.put(Layers.STATEMENTS, List.of());
  }
}
