package org.compendium.store.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.compendium.model.Instrument;
import org.compendium.model.Person;
import org.compendium.model.Record;

/**
 * Turns a record into its Lucene document: text and title (stored, for snippets; the title also indexed into the
 * text, {@link #TITLE_WEIGHT} times), an exact id, facets for
 * countries, people, instruments, topics, year and kind (SortedSetDocValues, plus exact string fields of the same
 * names for filters), analyzed people and instrument names for loose matching, and the date as a day number.
 * A partial date (yyyy or yyyy-mm) counts as its first day.
 */
final class RecordDocuments {
  /**
   * Times the title is indexed into the text field: its words weigh that much more than the body's (BM25F, where
   * a field's weight multiplies its term frequencies), and a free-text query matches and ranks on one field.
   */
  static final int TITLE_WEIGHT = 2;
  /** Positions between the values of a field, so that no phrase matches across the body and a title copy. */
  static final int VALUE_GAP = 100;
  private final FacetsConfig config;

  RecordDocuments(FacetsConfig config) {
    this.config = config;
  }

  static FacetsConfig facetsConfig() {
    FacetsConfig c = new FacetsConfig();
    for (String dim : new String[] {Fields.COUNTRY, Fields.PERSON, Fields.INSTRUMENT, Fields.TOPIC}) {
      c.setMultiValued(dim, true);
    }
    return c;
  }

  Document build(Record r) {
    Document d = new Document();
    d.add(new StringField(Fields.ID, r.id(), Field.Store.YES));
    d.add(new SortedDocValuesField(Fields.ID, new BytesRef(r.id())));  // ties ranked by id, not by insertion
    d.add(new TextField(Fields.TEXT, nz(r.text()), Field.Store.YES));
    d.add(new TextField(Fields.TITLE, nz(r.title()), Field.Store.YES));
    if (r.title() != null && !r.title().isBlank()) {
      for (int i = 0; i < TITLE_WEIGHT; i++) {  // unstored: snippets come from the text alone
        d.add(new TextField(Fields.TEXT, r.title(), Field.Store.NO));
      }
    }
    if (r.date() != null) {
      d.add(new StoredField(Fields.DATE, r.date()));
      long day = day(r.date(), false);
      if (day > 0) {
        d.add(new LongPoint(Fields.DAY, day));
        d.add(new NumericDocValuesField(Fields.DAY, day));  // a date range checked per document, see IndexSearch
        facet(d, Fields.YEAR, String.valueOf(day / 10000));
      }
    }
    if (r.kind() != null) {
      facet(d, Fields.KIND, r.kind().name());
    }
    for (String c : distinct(r.countries())) {
      facet(d, Fields.COUNTRY, c);
    }
    for (String t : distinct(r.topics())) {
      facet(d, Fields.TOPIC, t);
    }
    Set<String> people = new LinkedHashSet<>();
    if (r.participants() != null) {
      for (Person p : r.participants()) {
        if (p.name() != null && !p.name().isBlank()) {
          people.add(p.name());
        }
      }
    }
    for (String p : people) {
      facet(d, Fields.PERSON, p);
      d.add(new TextField(Fields.PEOPLE, p, Field.Store.NO));
    }
    Set<String> instruments = new LinkedHashSet<>();
    if (r.instruments() != null) {
      for (Instrument i : r.instruments()) {
        if (i.name() != null && !i.name().isBlank()) {
          instruments.add(i.name());
        }
      }
    }
    for (String i : instruments) {
      facet(d, Fields.INSTRUMENT, i);
      d.add(new TextField(Fields.INSTRUMENTS, i, Field.Store.NO));
    }
    try {
      return config.build(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The analyzer of the index and of queries: Lucene's standard one, with {@link #VALUE_GAP} between values. */
  static Analyzer analyzer() {
    return new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
      private final Analyzer standard = new StandardAnalyzer();

      @Override
      protected Analyzer getWrappedAnalyzer(String fieldName) {
        return standard;
      }

      @Override
      public int getPositionIncrementGap(String fieldName) {
        return VALUE_GAP;
      }
    };
  }

  /** A facet value, plus an exact lower-cased string field of the same value to filter on. */
  private static void facet(Document d, String dim, String value) {
    d.add(new SortedSetDocValuesFacetField(dim, value));
    d.add(new StringField(filterField(dim), value.toLowerCase(Locale.ROOT), Field.Store.NO));
  }

  /** The exact filter field a facet value is also indexed under (lower case: filters ignore case). */
  static String filterField(String dim) {
    return "f_" + dim;
  }

  /** yyyymmdd of an ISO date (yyyy, yyyy-mm or yyyy-mm-dd), the first or last day of a partial one; 0 if none. */
  static long day(String iso, boolean last) {
    if (iso == null || iso.length() < 4) {
      return 0;
    }
    try {
      int y = Integer.parseInt(iso.substring(0, 4));
      int m = iso.length() >= 7 ? Integer.parseInt(iso.substring(5, 7)) : last ? 12 : 1;
      int dd = iso.length() >= 10 ? Integer.parseInt(iso.substring(8, 10)) : last ? 31 : 1;
      return y * 10000L + m * 100L + dd;
    } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
      return 0;
    }
  }

  private static Set<String> distinct(java.util.List<String> values) {
    Set<String> out = new LinkedHashSet<>();
    if (values != null) {
      for (String v : values) {
        if (v != null && !v.isBlank()) {
          out.add(v);
        }
      }
    }
    return out;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
