package org.compendium.extract.topic;

import java.util.List;
import java.util.Set;
import org.compendium.extract.Annotator;
import org.compendium.extract.Document;
import org.compendium.extract.Layer;
import org.compendium.extract.Layers;

/** PLACEHOLDER until implemented: puts an empty topics layer so the pipeline runs end to end. */
public final class TopicAnnotator implements Annotator {
  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.SENTENCES);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.TOPICS);
  }

  @Override
  public void annotate(Document doc) {
    doc.put(Layers.TOPICS, List.of());
  }
}
