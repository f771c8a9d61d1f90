/**
 * Date expressions: {@link org.compendium.extract.temporal.TemporalAnnotator} tokenizes the text
 * ({@code Token}), finds expression shapes ({@code TemporalParser} over {@code DateShapes}), drops bare years and
 * months that are not dates and dates that belong to a name ({@code NameGuard}), lets ranges and sentences share
 * a year, reads yearless dates in sentences about the future as the next ones, and resolves each expression
 * with {@link org.compendium.resolve.DateResolver} against the record's date and the dates mentioned before it;
 * dates the source marks up give their values ({@code MarkedDates}). The words come from data files under
 * {@code resolve/} ({@link org.compendium.resolve.DateLexicon}).
 */
package org.compendium.extract.temporal;
