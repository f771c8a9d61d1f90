package org.compendium.model;

/** A reported speech act: speaker (canonical person name, country code or {@code joint}), verb lemma, content. */
public record Statement(String speaker, String act, String text, Span span) {
  public static final String JOINT = "joint";
}
