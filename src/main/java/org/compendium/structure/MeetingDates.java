package org.compendium.structure;

import java.util.List;
import org.compendium.extract.Sentence;
import org.compendium.util.PhraseTable;
import org.compendium.util.Resources;

/**
 * The date of the meeting a record describes, for records that print no date in their heading lines
 * (ANNOTATION.md: "If none is printed, the date of the meeting the text describes"). Taken from the first body
 * sentences only: a full date (day, month and year) introduced by "on" in a sentence that speaks of the
 * meeting ("The talks took place in the Kremlin on October 9, 2015"). Dates of earlier events and of cited
 * instruments ("the October 13, 1993 agreement", "the Joint Statement of September 5, 2000") are not
 * introduced by "on" in such a sentence, so they are left alone.
 *
 * <p>Limits: English; a record whose first sentences mention another meeting "on" a date takes that date.
 */
final class MeetingDates {
  /** How many body sentences are looked at. */
  private static final int MAX_SENTENCES = 4;

  private final PhraseTable verbs = new PhraseTable(Resources.lines("structure/meeting-verbs.txt").stream()
      .collect(java.util.stream.Collectors.toMap(v -> v, v -> v, (a, b) -> a)));
  private final PrintedDates dates;

  MeetingDates(PrintedDates dates) {
    this.dates = dates;
  }

  /** The meeting's date, or null. */
  PrintedDates.Found find(String text, List<Sentence> sentences, int bodyStart) {
    int seen = 0;
    for (Sentence s : sentences) {
      if (s.span().start() < bodyStart) {
        continue;
      }
      if (++seen > MAX_SENTENCES) {
        break;
      }
      int start = s.span().start();
      int end = s.span().end();
      if (verbs.find(text, start, end).isEmpty()) {
        continue;
      }
      for (PrintedDates.Found d : dates.find(text, start, end)) {
        if (d.iso().length() == 10 && precededByOn(text, d.span().start(), start)) {
          return d;
        }
      }
    }
    return null;
  }

  private static boolean precededByOn(String text, int at, int floor) {
    int i = at;
    while (i > floor && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return i - 2 >= floor && text.regionMatches(true, i - 2, "on", 0, 2)
        && (i - 2 == floor || !Character.isLetter(text.charAt(i - 3)));
  }
}
