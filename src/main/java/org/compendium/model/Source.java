package org.compendium.model;

/** Where a record came from: its address (if known), the reader format and the SHA-256 of the input bytes. */
public record Source(String uri, String format, String sha256) {}
