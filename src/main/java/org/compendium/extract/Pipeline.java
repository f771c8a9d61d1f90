package org.compendium.extract;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * Runs annotators in order over a {@link Document}. The chain is checked once, when the pipeline is built:
 * every required layer is produced by an earlier annotator and no layer is produced twice. After each run the
 * pipeline checks that the annotator put exactly the layers it declared. Time is kept per annotator.
 */
public final class Pipeline {
  private final List<Annotator> annotators;
  private final Map<String, LongAdder> nanos = new LinkedHashMap<>();
  /** The timer of each annotator, by position. */
  private final LongAdder[] timers;

  public Pipeline(List<Annotator> annotators) {
    this.annotators = List.copyOf(annotators);
    Set<Layer<?>> available = new HashSet<>();
    for (Annotator a : this.annotators) {
      for (Layer<?> required : a.requires()) {
        if (!available.contains(required)) {
          throw new IllegalArgumentException(
              a.name() + " requires layer " + required + " that no earlier annotator produces");
        }
      }
      for (Layer<?> produced : a.produces()) {
        if (!available.add(produced)) {
          throw new IllegalArgumentException(a.name() + " produces layer " + produced + " a second time");
        }
      }
      nanos.put(a.name(), new LongAdder());
    }
    this.timers = this.annotators.stream().map(a -> nanos.get(a.name())).toArray(LongAdder[]::new);
  }

  public List<Annotator> annotators() {
    return annotators;
  }

  /** Runs every annotator on {@code doc}; thread-safe for distinct documents. */
  public Document annotate(Document doc) {
    for (int i = 0; i < annotators.size(); i++) {
      Annotator a = annotators.get(i);
      // Layers are never removed and keep their order, so the ones added are those after the first n.
      int before = doc.layers().size();
      long t0 = System.nanoTime();
      a.annotate(doc);
      timers[i].add(System.nanoTime() - t0);
      Set<Layer<?>> produces = a.produces();
      if (doc.layers().size() != before + produces.size() || !added(doc, before).equals(produces)) {
        throw new IllegalStateException(a.name() + " declared " + produces + " but put " + added(doc, before));
      }
    }
    return doc;
  }

  /** The layers put on {@code doc} after its first {@code before}. */
  private static Set<Layer<?>> added(Document doc, int before) {
    Set<Layer<?>> out = new HashSet<>();
    int k = 0;
    for (Layer<?> l : doc.layers()) {
      if (k++ >= before) {
        out.add(l);
      }
    }
    return out;
  }

  /** Total time spent in each annotator so far, in milliseconds, in pipeline order. */
  public Map<String, Double> timingMillis() {
    Map<String, Double> out = new LinkedHashMap<>();
    nanos.forEach((k, v) -> out.put(k, v.sum() / 1e6));
    return out;
  }
}
