package org.compendium.util;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** The words a Lucene {@link Analyzer} makes of a text, in order (duplicates kept). */
public final class AnalyzedWords {
  private AnalyzedWords() {}

  /** The terms {@code analyzer} makes of {@code text} in {@code field}. */
  public static List<String> of(Analyzer analyzer, String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);  // reading a String cannot fail
    }
    return out;
  }
}
