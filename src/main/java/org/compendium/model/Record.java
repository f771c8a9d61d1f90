package org.compendium.model;

import java.util.List;

/**
 * One extracted diplomatic record, the shape of {@code spec/record.schema.json}. Every span points into
 * {@link #text()}.
 */
public record Record(
    String id,
    Source source,
    String title,
    String date,
    String issuer,
    Kind kind,
    List<String> countries,
    List<Person> participants,
    List<Statement> statements,
    List<Instrument> instruments,
    List<Commitment> commitments,
    List<Place> places,
    List<Temporal> temporals,
    List<String> topics,
    List<Section> sections,
    String text) {}
