package org.compendium.extract;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.compendium.ingest.SourceDocument;

/** The shared, growing document the annotators of a {@link Pipeline} work on: one source text plus layers. */
public final class Document {
  private final SourceDocument source;
  private final Map<Layer<?>, Object> layers = new LinkedHashMap<>();

  public Document(SourceDocument source) {
    this.source = source;
  }

  public SourceDocument source() {
    return source;
  }

  public String text() {
    return source.text();
  }

  /** The value of a layer an annotator required; fails loudly if it is missing (a pipeline bug). */
  @SuppressWarnings("unchecked")
  public <T> T get(Layer<T> layer) {
    Object value = layers.get(layer);
    if (value == null) {
      throw new IllegalStateException("layer " + layer + " is not on the document");
    }
    return (T) value;
  }

  public boolean has(Layer<?> layer) {
    return layers.containsKey(layer);
  }

  public <T> void put(Layer<T> layer, T value) {
    if (value == null) {
      throw new IllegalArgumentException("null value for layer " + layer);
    }
    if (layers.putIfAbsent(layer, value) != null) {
      throw new IllegalStateException("layer " + layer + " is already on the document");
    }
  }

  public Set<Layer<?>> layers() {
    return Collections.unmodifiableSet(layers.keySet());
  }
}
