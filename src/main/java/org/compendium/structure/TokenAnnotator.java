package org.compendium.structure;

import java.util.Set;
import org.compendium.extract.Annotator;
import org.compendium.extract.Document;
import org.compendium.extract.Layer;
import org.compendium.extract.Layers;
import org.compendium.extract.Tokens;
import org.compendium.extract.Vocabulary;

/**
 * Cuts the document's text once into the shared base {@link Tokens}, numbering each word by the pipeline's
 * {@link Vocabulary} (the one its lexicons interned their words into), so later annotators need not
 * tokenize, lower-case and hash the same words again.
 */
public final class TokenAnnotator implements Annotator {
  private final Vocabulary vocabulary;

  public TokenAnnotator(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.TOKENS);
  }

  @Override
  public void annotate(Document doc) {
    doc.put(Layers.TOKENS, Tokens.of(doc.text(), vocabulary));
  }
}
