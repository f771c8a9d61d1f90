package org.compendium.extract;

import java.util.Set;

/**
 * Adds one kind of fact to a {@link Document}. Implementations are stateless after construction (lexicons are
 * loaded once and shared), so one instance serves many threads.
 */
public interface Annotator {
  /** Layers that must be on the document before {@link #annotate} runs. */
  Set<Layer<?>> requires();

  /** Layers this annotator puts on the document; it must put exactly these. */
  Set<Layer<?>> produces();

  void annotate(Document doc);

  default String name() {
    return getClass().getSimpleName();
  }
}
