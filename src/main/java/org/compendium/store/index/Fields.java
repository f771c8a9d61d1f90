package org.compendium.store.index;

/** Field and facet dimension names of the full-text index, in one place. */
final class Fields {
  static final String ID = "id";
  static final String TEXT = "text";
  static final String TITLE = "title";
  static final String DATE = "date";           // stored ISO date as printed
  static final String DAY = "day";             // yyyymmdd as a LongPoint, for date ranges
  static final String PEOPLE = "people";       // participant names, analyzed, for --person
  static final String INSTRUMENTS = "instruments";  // instrument names, analyzed, for --instrument

  // Facet dimensions; also indexed as exact StringFields of the same name for filtering.
  static final String COUNTRY = "country";
  static final String PERSON = "person";
  static final String INSTRUMENT = "instrument";
  static final String TOPIC = "topic";
  static final String YEAR = "year";
  static final String KIND = "kind";
  static final String[] DIMENSIONS = {COUNTRY, PERSON, INSTRUMENT, TOPIC, YEAR, KIND};

  private Fields() {}
}
