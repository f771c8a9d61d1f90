package org.compendium.extract;

import org.compendium.model.Span;

/**
 * The record's heading facts: title (and its span), the record's date as ISO 8601 (and the span it was read
 * from, null when taken from markup or context), the issuer. {@code bodyStart} is where the text after the
 * heading lines begins.
 */
public record Header(String title, Span titleSpan, String date, Span dateSpan, String issuer, int bodyStart) {}
