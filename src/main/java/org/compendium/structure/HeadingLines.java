package org.compendium.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.compendium.util.Resources;
import org.compendium.util.WordSet;

/**
 * Classifies the first printed lines of a record: prose (the body has begun), site chrome left over from a web
 * page, bracketed editorial metadata, generic sub-headings, issuer lines and plain heading lines. The rules are
 * general (shape of the line, UI vocabulary from {@code structure/ui-words.tsv}, sub-heading words from
 * {@code structure/subtitle-words.tsv}, issuer head nouns from {@code structure/issuer-heads.tsv}); they do
 * not know any one site's strings. Stateless after construction.
 */
final class HeadingLines {
  /** What a line is, for the header finder. */
  enum Type { PROSE, NAV, META, GENERIC, ISSUER, HEADING }

  /** A printed line: [start, end) trimmed of surrounding whitespace, and whether a blank line preceded it. */
  record Line(int start, int end, boolean afterBlank) {
    String text(String doc) {
      return doc.substring(start, end);
    }
  }

  private static final Pattern BRACKETED_UI = Pattern.compile("\\[\\s*\\p{L}{1,12}\\s*\\]\\s*$");
  private static final Pattern BREADCRUMB = Pattern.compile("\\s(?:>|\u00bb|\u203a|/|\\|)\\s|(?:>|\u00bb|\u203a|/|\\|)\\s*$");
  private static final Pattern INNER_STOP = Pattern.compile("\\p{Ll}\\p{Ll}\\.\\s+\\p{Lu}");
  /** Prepositions that mark a heading as a title or event line rather than the name of a body. */
  private static final Set<String> TITLE_PREPOSITIONS = WordSet.of("by", "on", "at", "with", "to", "for", "between");

  private final Set<String> uiStart = new HashSet<>();
  private final Set<String> uiAny = new HashSet<>();
  private final Set<String> subtitleWords = new HashSet<>();
  private final Set<String> issuerHeads = new HashSet<>();

  HeadingLines() {
    for (String[] row : Resources.tsv("structure/ui-words.tsv", 2)) {
      (row[1].equals("any") ? uiAny : uiStart).add(row[0].toLowerCase(Locale.ROOT));
    }
    for (String w : Resources.lines("structure/subtitle-words.tsv")) {
      subtitleWords.add(w.toLowerCase(Locale.ROOT));
    }
    for (String w : Resources.lines("structure/issuer-heads.tsv")) {
      issuerHeads.add(w.toLowerCase(Locale.ROOT));
    }
  }

  /** The non-blank lines of {@code text} that start before {@code limit}, trimmed, up to the first longer line. */
  static List<Line> lines(String text, int limit) {
    List<Line> out = new ArrayList<>();
    int pos = 0;
    boolean blank = false;
    while (pos < text.length() && pos < limit) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? text.length() : nl;
      int s = pos;
      int e = end;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e - s > limit) {
        break;  // a line this long is body text, never part of a heading; stopping keeps huge lines cheap
      }
      if (s < e) {
        out.add(new Line(s, e, blank || out.isEmpty()));
        blank = false;
      } else {
        blank = true;
      }
      pos = end + 1;
    }
    return out;
  }

  /** The words of {@code line}: {@code [\p{L}\p{N}][\p{L}\p{N}'’.&-]*}, without the regex engine. */
  static List<String> words(String line) {
    return LineShapes.words(line, new ArrayList<>());
  }

  Type classify(String line) {
    if (!hasLetter(line)) {
      return Type.NAV;
    }
    List<String> words = words(line);
    if (line.startsWith("[") && line.endsWith("]")) {
      return Type.META;
    }
    if (isProse(line, words)) {
      return Type.PROSE;
    }
    if (isNav(line, words)) {
      return Type.NAV;
    }
    if (isGeneric(line, words)) {
      return Type.GENERIC;
    }
    if (isIssuer(words)) {
      return Type.ISSUER;
    }
    return Type.HEADING;
  }

  /** Whether a UTF-16 unit of {@code line} is a letter (a lone surrogate is not). */
  private static boolean hasLetter(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (Character.isLetter(line.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A sentence of the body: ends like a sentence and has a few words (a heading does not end in a period); a
   * line broken after a name's initial ("... Vladimir V.") has not ended a sentence.
   */
  static boolean isProse(String line, List<String> words) {
    if (LineShapes.sentenceEnd(line) && words.size() >= 4 && !LineShapes.endsWithInitial(line)) {
      return true;
    }
    // A long line that holds a full stop followed by more text is running prose even without a final stop.
    return words.size() >= 25 && INNER_STOP.matcher(line).find();
  }

  private boolean isNav(String line, List<String> words) {
    if (BRACKETED_UI.matcher(line).find() || BREADCRUMB.matcher(line).find()) {
      return true;
    }
    if (words.isEmpty()) {
      return true;
    }
    // A single upper-case word on its own line is a menu entry ("SPEECHES", "NEWS").
    if (words.size() == 1 && line.length() > 1 && line.equals(line.toUpperCase(Locale.ROOT))) {
      return true;
    }
    if (words.size() <= 8 && uiStart.contains(words.get(0).toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (words.size() <= 8) {
      for (String w : words) {
        if (uiAny.contains(w.toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean isGeneric(String line, List<String> words) {
    if (line.startsWith("(") && line.endsWith(")") && words.size() <= 4) {
      return true;
    }
    for (String w : words) {
      if (!subtitleWords.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** An issuing body: a short line whose head (the part before the first "of") ends in an issuer head noun. */
  boolean isIssuer(List<String> words) {
    if (words.isEmpty() || words.size() > 10 || !Character.isUpperCase(words.get(0).charAt(0))) {
      return false;
    }
    int of = words.size();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i).toLowerCase(Locale.ROOT);
      if (TITLE_PREPOSITIONS.contains(w) || w.chars().anyMatch(Character::isDigit)) {
        return false;
      }
      if (w.equals("of") && of == words.size()) {
        of = i;
      }
    }
    if (of == 0) {
      return false;
    }
    String last = words.get(of - 1).toLowerCase(Locale.ROOT);
    String lastTwo = of >= 2 ? words.get(of - 2).toLowerCase(Locale.ROOT) + " " + last : last;
    return issuerHeads.contains(last) || issuerHeads.contains(lastTwo);
  }
}
