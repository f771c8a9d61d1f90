package org.compendium.query;

import java.util.List;

/**
 * One dated entry of a timeline. {@code type} is {@code record} (a record, on its date), {@code signed} (an
 * instrument signed in a record, on the record's date), {@code reported} (a commitment reported or stated not
 * achieved by a later record, on that record's date) or {@code due} (a commitment's due date, with its status as
 * of today). {@code recordId} is the record the entry comes from, {@code ref} the commitment id or instrument
 * name it is about (null for a record), {@code text} a title, instrument name, commitment text or evidence
 * sentence.
 */
public record TimelineEntry(String date, String type, String recordId, String title, String text, String ref,
    List<String> countries, String status) {
  public TimelineEntry {
    countries = countries == null ? List.of() : List.copyOf(countries);
  }
}
