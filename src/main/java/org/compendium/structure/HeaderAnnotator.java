package org.compendium.structure;

import java.util.List;
import java.util.Set;
import org.compendium.extract.Annotator;
import org.compendium.extract.Document;
import org.compendium.extract.Header;
import org.compendium.extract.Layer;
import org.compendium.extract.Layers;

/** PLACEHOLDER until implemented: puts an empty header layer so the pipeline runs end to end. */
public final class HeaderAnnotator implements Annotator {
  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.SENTENCES);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.HEADER);
  }

  @Override
  public void annotate(Document doc) {
    doc.put(Layers.HEADER, new Header(null, null, null, null, null, 0));
  }
}
