package org.compendium.store.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.compendium.util.AnalyzedWords;

/**
 * The person and instrument filters ("the words of the name, as a phrase") as the set of exact names that hold
 * the phrase: the names of a dimension are read once per index state from its facet ordinals, cut into words
 * by the index's analyzer, and a filter scans them for the phrase's words in a row. A record matches iff one of
 * its names holds the phrase, as with a phrase query on the analyzed names (values never join into a phrase:
 * {@link RecordDocuments#VALUE_GAP}), but the search then checks one term per document, not the positions of
 * a dozen common words ("Treaty of Peace between ... and the ...") in each of its passes.
 */
final class NameFilter {
  /** The names of one dimension: labels and their words as ids. */
  private record Names(String[] labels, int[][] words, Map<String, Integer> ids) {}

  private final SortedSetDocValuesReaderState state;
  private final Analyzer analyzer;
  private final Map<String, Names> byDimension = new ConcurrentHashMap<>();

  NameFilter(SortedSetDocValuesReaderState state, Analyzer analyzer) {
    this.state = state;
    this.analyzer = analyzer;
  }

  /** Records of which a name in {@code dim} holds the words of {@code phrase} in a row. */
  Query query(String dim, String field, String phrase) {
    Names names = byDimension.computeIfAbsent(dim, d -> load(d, field));
    List<String> wanted = words(field, phrase);
    int[] ids = new int[wanted.size()];
    for (int i = 0; i < ids.length; i++) {
      Integer id = names.ids().get(wanted.get(i));
      if (id == null) {
        return new MatchNoDocsQuery("no name holds " + wanted.get(i));
      }
      ids[i] = id;
    }
    if (ids.length == 0) {
      return new MatchNoDocsQuery("no words");
    }
    List<BytesRef> exact = new ArrayList<>();
    for (int n = 0; n < names.labels().length; n++) {
      if (holds(names.words()[n], ids)) {
        exact.add(new BytesRef(names.labels()[n].toLowerCase(Locale.ROOT)));
      }
    }
    return exact.isEmpty() ? new MatchNoDocsQuery("no name holds the phrase")
        : new TermInSetQuery(RecordDocuments.filterField(dim), exact);
  }

  private static boolean holds(int[] name, int[] phrase) {
    for (int start = 0; start + phrase.length <= name.length; start++) {
      int k = 0;
      while (k < phrase.length && name[start + k] == phrase[k]) {
        k++;
      }
      if (k == phrase.length) {
        return true;
      }
    }
    return false;
  }

  private Names load(String dim, String field) {
    SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
    if (range == null) {
      return new Names(new String[0], new int[0][], Map.of());
    }
    try {
      SortedSetDocValues values = state.getDocValues();
      int n = range.end - range.start + 1;
      String[] labels = new String[n];
      int[][] words = new int[n][];
      Map<String, Integer> ids = new HashMap<>();
      for (int i = 0; i < n; i++) {
        labels[i] = FacetsConfig.stringToPath(values.lookupOrd(range.start + i).utf8ToString())[1];
        List<String> w = words(field, labels[i]);
        words[i] = new int[w.size()];
        for (int k = 0; k < words[i].length; k++) {
          words[i][k] = ids.computeIfAbsent(w.get(k), x -> ids.size());
        }
      }
      return new Names(labels, words, ids);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The words the index makes of {@code text} in {@code field}. */
  private List<String> words(String field, String text) {
    return AnalyzedWords.of(analyzer, field, text);
  }
}
