package org.compendium.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import org.compendium.extract.Annotator;
import org.compendium.extract.Document;
import org.compendium.extract.Header;
import org.compendium.extract.Layer;
import org.compendium.extract.Layers;
import org.compendium.ingest.Markup;
import org.compendium.model.Span;
import org.compendium.structure.HeadingLines.Line;
import org.compendium.structure.HeadingLines.Type;
import org.compendium.util.PhraseTable;
import org.compendium.util.Resources;

/**
 * Finds the record's title, printed date and issuer in its heading lines (the lines before the first prose
 * line), and where the body begins. Web chrome, bracketed metadata and generic sub-headings are skipped (see
 * {@link HeadingLines}); a heading broken over several lines is joined. When a date line is printed, the title
 * is the last heading above it that names a kind of record (a kicker such as a category line sits above the
 * title; dateline places and labels such as "Media Note" do not name one), else the first such heading below
 * it; with no date line, the last such heading before the body. Markup from the
 * reader (TITLE, DATE, ISSUER) wins over all of this. A text that opens with prose has no title and no date.
 *
 * <p>Limits: English headings; a heading above the title that is not recognisably chrome may be taken for a
 * kicker or for the title depending on where the date line is.
 */
public final class HeaderAnnotator implements Annotator {
  /** How far into the text heading lines are looked for. */
  private static final int MAX_LINES = 25;
  private static final int MAX_CHARS = 5000;
  /** Words a date line may carry after an opening date (time, place). */
  private static final int DATELINE_EXTRA_WORDS = 7;
  /** Longest line (in spaces) looked at as a date line. */
  private static final int MAX_DATE_LINE_WORDS = 16;
  /** Words that tie a heading's continuation line to the line above ("... Meeting / on the Occasion of ..."). */
  private static final Set<String> JOINERS =
      Set.of("on", "between", "of", "and", "for", "in", "at", "to", "with", "concerning", "regarding", "by",
          "from", "the", "a", "an");

  /** Separators between a page title and the site's name. */
  private static final java.util.regex.Pattern TITLE_SEPARATOR = java.util.regex.Pattern.compile("\\s+[|\u2013\u2014-]\\s+|\\s+::\\s+");

  private final HeadingLines classifier = new HeadingLines();
  private final PhraseTable titleNouns = titleNouns();
  private final PrintedDates dates;
  private final MeetingDates meetingDates;

  public HeaderAnnotator() {
    this(new PrintedDates());
  }

  public HeaderAnnotator(PrintedDates dates) {
    this.dates = dates;
    this.meetingDates = new MeetingDates(dates);
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.SENTENCES);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.HEADER);
  }

  @Override
  public void annotate(Document doc) {
    Header h = withMarkup(find(doc.text()), doc);
    if (h.date() == null) {
      PrintedDates.Found met = meetingDates.find(doc.text(), doc.get(Layers.SENTENCES), h.bodyStart());
      if (met != null) {
        h = new Header(h.title(), h.titleSpan(), met.iso(), met.span(), h.issuer(), h.bodyStart());
      }
    }
    doc.put(Layers.HEADER, h);
  }

  /** One heading line of the zone, or several joined; {@code first}/{@code last} index the zone's lines. */
  private record Group(int first, int last, Type type, PrintedDates.Found date) {}

  /** The header of a plain text. */
  public Header find(String text) {
    List<Line> lines = HeadingLines.lines(text, MAX_CHARS);
    if (lines.size() > MAX_LINES) {
      lines = lines.subList(0, MAX_LINES);
    }
    List<Group> zone = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      String s = line.text(text);
      PrintedDates.Found date = dateLine(text, line);
      if (date != null) {
        // "Joint Statement, 5 May 2001": a heading that carries the date is a title candidate as well.
        boolean heading = !titleNouns.find(text, line.start(), date.span().start()).isEmpty();
        zone.add(new Group(i, i, heading ? Type.HEADING : null, date));
        continue;
      }
      Type type = classifier.classify(s);
      if (type == Type.PROSE) {
        break;
      }
      Group prev = zone.isEmpty() ? null : zone.get(zone.size() - 1);
      if (type == Type.HEADING && prev != null && prev.type() == Type.HEADING && prev.last() == i - 1
          && !line.afterBlank() && continues(lines.get(i - 1).text(text), s)) {
        zone.set(zone.size() - 1, new Group(prev.first(), i, Type.HEADING, null));
      } else {
        zone.add(new Group(i, i, type, null));
      }
    }

    Group dateGroup = zone.stream().filter(g -> g.date() != null).findFirst().orElse(null);
    Group titleGroup = chooseTitle(zone, dateGroup, lines, text);
    Group issuerGroup = zone.stream().filter(g -> g.type() == Type.ISSUER).findFirst().orElse(null);

    String title = null;
    Span titleSpan = null;
    if (titleGroup != null) {
      int start = lines.get(titleGroup.first()).start();
      Matcher label = SentenceAnnotator.LABEL.matcher(text.substring(start, lines.get(titleGroup.first()).end()));
      if (label.find()) {
        start += label.end();
      }
      titleSpan = new Span(start, lines.get(titleGroup.last()).end());
      title = titleSpan.of(text).replaceAll("\\s+", " ").strip();
    }
    String date = null;
    Span dateSpan = null;
    if (dateGroup != null) {
      date = dateGroup.date().iso();
      dateSpan = dateGroup.date().span();
    } else if (titleSpan != null) {
      List<PrintedDates.Found> inTitle = dates.find(text, titleSpan.start(), titleSpan.end());
      if (!inTitle.isEmpty()) {
        date = inTitle.get(0).iso();
        dateSpan = inTitle.get(0).span();
      }
    }
    String issuer = null;
    if (issuerGroup != null) {
      Line l = lines.get(issuerGroup.first());
      issuer = l.text(text);
    }
    return new Header(title, titleSpan, date, dateSpan, issuer, bodyStart(zone, lines, text.length(),
        titleGroup, dateGroup, issuerGroup));
  }

  /**
   * The title among the heading groups: the last one above the date line that names a kind of record (a title
   * noun), else the last heading above it (a category page's own heading: captions below the date are not
   * titles); with only chrome above the date, the first heading below it that names a kind of record, else the
   * first of four words or more. With no date line, the last one naming a kind of record, else the last one.
   */
  private Group chooseTitle(List<Group> zone, Group dateGroup, List<Line> lines, String text) {
    List<Group> headings = zone.stream().filter(g -> g.type() == Type.HEADING).toList();
    if (headings.isEmpty()) {
      return null;
    }
    List<Group> before = dateGroup == null ? headings
        : headings.stream().filter(g -> g.last() <= dateGroup.first()).toList();
    for (int i = before.size() - 1; i >= 0; i--) {
      if (namesRecord(before.get(i), lines, text)) {
        return before.get(i);
      }
    }
    if (!before.isEmpty()) {
      return before.get(before.size() - 1);
    }
    List<Group> after = headings.stream().filter(g -> g.first() > dateGroup.first()).toList();
    for (Group g : after) {
      if (namesRecord(g, lines, text)) {
        return g;
      }
    }
    for (Group g : after) {
      if (HeadingLines.words(groupText(g, lines, text)).size() >= 4) {
        return g;
      }
    }
    return after.isEmpty() ? null : after.get(0);
  }

  private boolean namesRecord(Group g, List<Line> lines, String text) {
    String s = groupText(g, lines, text);
    return !titleNouns.find(s).isEmpty();
  }

  private static String groupText(Group g, List<Line> lines, String text) {
    return text.substring(lines.get(g.first()).start(), lines.get(g.last()).end());
  }

  private static int bodyStart(List<Group> zone, List<Line> lines, int textLength, Group... used) {
    int last = -1;
    for (Group g : used) {
      if (g != null) {
        last = Math.max(last, g.last());
      }
    }
    int next = last + 1;
    for (Group g : zone) {
      if (g.first() < next) {
        continue;
      }
      boolean chrome = g.type() == Type.NAV || g.type() == Type.META || g.type() == Type.GENERIC;
      if (g.first() == next && chrome) {
        next = g.last() + 1;
      }
    }
    if (last < 0 && next == 0) {
      return lines.isEmpty() ? 0 : lines.get(0).start();
    }
    return next < lines.size() ? lines.get(next).start() : textLength;
  }

  /** Does heading line {@code next} continue {@code prev} (one title broken over lines)? */
  private static boolean continues(String prev, String next) {
    char first = next.charAt(0);
    if (Character.isLowerCase(first)) {
      return true;
    }
    List<String> nextWords = HeadingLines.words(next);
    List<String> prevWords = HeadingLines.words(prev);
    if (!nextWords.isEmpty() && JOINERS.contains(nextWords.get(0).toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (prev.endsWith(",") || prev.endsWith("-") || prev.endsWith("&")) {
      return true;
    }
    if (prevWords.isEmpty()) {
      return false;
    }
    String tail = prevWords.get(prevWords.size() - 1);
    // An initial ("Vladimir V.") or a function word cannot end a title.
    return tail.matches("\\p{Lu}\\.") || JOINERS.contains(tail.toLowerCase(Locale.ROOT));
  }

  /**
   * The date of a line that is essentially a date ("September 5, 2000", "[May 24, 2002]", "Saturday, May 22,
   * 2004", "Tokyo, 5 September 2000", "Jeju, Republic of Korea, 1-2 June 2009", "(October 3, 2000; 1300 hrs;
   * ...)"), else null.
   */
  private PrintedDates.Found dateLine(String text, Line line) {
    if (spaces(text, line.start(), line.end()) > MAX_DATE_LINE_WORDS) {
      return null; // a long line is no date line; skipping it saves the date patterns on prose
    }
    List<PrintedDates.Found> found = dates.find(text, line.start(), line.end());
    if (found.isEmpty()) {
      return null;
    }
    PrintedDates.Found d = found.get(0);
    String before = text.substring(line.start(), d.span().start());
    String after = text.substring(d.span().end(), line.end()).strip();
    int leftover = HeadingLines.words(before).size() + HeadingLines.words(after).size();
    if (leftover <= 3) {
      return d;
    }
    // A date that opens a short line may be followed by a time and place ("April 29, 2013, 16:20 Moscow").
    boolean opensLine = HeadingLines.words(before).size() <= 1;
    if (opensLine && (after.startsWith(";") || after.startsWith("(") || leftover <= DATELINE_EXTRA_WORDS)) {
      return d;
    }
    // A dateline that names its place first and closes with the date ("Kuala Lumpur, Malaysia, 28 October 2010").
    boolean closesLine = after.isEmpty() || after.equals(".");
    return closesLine && before.strip().endsWith(",") && leftover <= DATELINE_EXTRA_WORDS ? d : null;
  }

  /**
   * A marked-up title without the site name a page title often carries ("Summit Meeting | Ministry of
   * Foreign Affairs"); null when the whole title is an issuer's name or site chrome.
   */
  String withoutSiteName(String title) {
    List<String> kept = new ArrayList<>();
    for (String part : TITLE_SEPARATOR.split(title)) {
      Type type = classifier.classify(part.strip());
      if (type != Type.ISSUER && type != Type.NAV && !part.isBlank()) {
        kept.add(part.strip());
      }
    }
    return kept.isEmpty() ? null : String.join(" - ", kept);
  }

  private static PhraseTable titleNouns() {
    java.util.Map<String, String> m = new java.util.HashMap<>();
    for (String noun : Resources.lines("structure/title-nouns.tsv")) {
      m.put(noun, "title");
    }
    return new PhraseTable(m);
  }

  private static int spaces(String text, int start, int end) {
    int n = 0;
    for (int i = start; i < end; i++) {
      n += text.charAt(i) == ' ' ? 1 : 0;
    }
    return n;
  }

  /** Reader markup (TITLE, DATE, ISSUER) overrides what the text heuristics found. */
  private Header withMarkup(Header h, Document doc) {
    String title = h.title();
    Span titleSpan = h.titleSpan();
    String date = h.date();
    Span dateSpan = h.dateSpan();
    String issuer = h.issuer();
    boolean seenTitle = false;
    boolean seenDate = false;
    boolean seenIssuer = false;
    for (Markup m : doc.source().markup()) {
      String value = m.value() != null && !m.value().isBlank() ? m.value().strip() : m.span().of(doc.text());
      if (m.type() == Markup.Type.TITLE && !seenTitle) {
        String cleaned = withoutSiteName(value.replaceAll("\\s+", " "));
        if (cleaned == null) {
          continue; // the page's heading is the site's name or chrome, not the record's title
        }
        seenTitle = true;
        title = cleaned;
        titleSpan = m.span();
      } else if (m.type() == Markup.Type.DATE && !seenDate) {
        List<PrintedDates.Found> parsed = dates.find(value);
        String iso = value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?") ? value
            : parsed.isEmpty() ? null : parsed.get(0).iso();
        if (iso != null) {
          seenDate = true;
          date = iso;
          dateSpan = m.span();
        }
      } else if (m.type() == Markup.Type.ISSUER && !seenIssuer) {
        seenIssuer = true;
        issuer = value;
      }
    }
    return new Header(title, titleSpan, date, dateSpan, issuer, h.bodyStart());
  }
}
