package org.compendium.model;

/** A date expression as printed, with its ISO 8601 value resolved against the record's date (or null). */
public record Temporal(String text, String value, Span span) {}
