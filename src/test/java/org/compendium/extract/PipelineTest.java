package org.compendium.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.compendium.ingest.SourceDocument;
import org.compendium.model.Source;
import org.junit.jupiter.api.Test;

class PipelineTest {
  /** A tiny annotator for checking the chain rules. */
  private record Fake(Set<Layer<?>> requires, Set<Layer<?>> produces, boolean cheat) implements Annotator {
    @Override
    public void annotate(Document doc) {
      if (!cheat) {
        for (Layer<?> l : produces) {
          @SuppressWarnings("unchecked")
          Layer<Object> o = (Layer<Object>) l;
          doc.put(o, List.of());
        }
      }
    }
  }

  @Test
  void rejectsMissingRequirement() {
    Fake a = new Fake(Set.of(Layers.SENTENCES), Set.of(Layers.PLACES), false);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Pipeline(List.of(a)));
    assertTrue(e.getMessage().contains("sentences"), e.getMessage());
  }

  @Test
  void rejectsLayerProducedTwice() {
    Fake a = new Fake(Set.of(), Set.of(Layers.PLACES), false);
    Fake b = new Fake(Set.of(), Set.of(Layers.PLACES), false);
    assertThrows(IllegalArgumentException.class, () -> new Pipeline(List.of(a, b)));
  }

  @Test
  void detectsAnnotatorThatBreaksItsDeclaration() {
    Pipeline p = new Pipeline(List.of(new Fake(Set.of(), Set.of(Layers.PLACES), true)));
    Document doc = new Document(new SourceDocument("x", new Source(null, "text", "0")));
    assertThrows(IllegalStateException.class, () -> p.annotate(doc));
  }

  @Test
  void defaultPipelineChainIsValidAndTimed() {
    Pipeline p = DefaultPipeline.create();
    p.annotate(new Document(new SourceDocument("Japan-Russia Summit Meeting\n\nThe leaders met.", new Source(null, "text", "0"))));
    assertEquals(p.annotators().size(), p.timingMillis().size());
  }
}
