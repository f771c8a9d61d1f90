package org.compendium.extract.person;

import java.util.ArrayList;
import java.util.List;

/**
 * The printed layout around person mentions: lists of those present and speaker lines. A list is the lines
 * under a heading such as "PARTICIPANTS" or "Attendees:" up to a blank line, or two or more consecutive lines
 * that each hold one person; a line holding only a country ("United States", "Japanese side") sets the country
 * of the items under it. An item line where no mention was found yields one from its last comma-separated part
 * ("Director, American Affairs Bureau, Koh Chiba"). A line holding one person followed by ":", or alone on its
 * line outside a list, opens that person's turn.
 */
final class ListBlocks {
  /** The result: mentions (items added, speaker flags set), per-token list membership and list country. */
  record Result(List<Mention> mentions, boolean[] inList, String[] country) {}

  private static final int MAX_ITEMS = 60;

  private final PersonLexicon lex;
  private final MentionFinder finder;

  ListBlocks(PersonLexicon lex, MentionFinder finder) {
    this.lex = lex;
    this.finder = finder;
  }

  Result apply(List<Token> toks, String text, List<Mention> found) {
    List<int[]> lines = lines(toks);
    boolean[] inList = new boolean[toks.size()];
    String[] country = new String[toks.size()];
    List<Mention> mentions = new ArrayList<>(found);
    int[] startsAt = new int[toks.size()];
    java.util.Arrays.fill(startsAt, -1);
    boolean[] covered = new boolean[toks.size()];
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (startsAt[m.start()] < 0 && !m.titleOnly()) {
        startsAt[m.start()] = i;
      }
      for (int k = m.start(); k < m.end(); k++) {
        covered[k] = true;
      }
    }
    int[] solo = new int[lines.size()]; // index+1 of the mention filling the line, 0 if none
    for (int l = 0; l < lines.size(); l++) {
      int[] line = lines.get(l);
      int i = startsAt[line[0]];
      solo[l] = i >= 0 && mentions.get(i).end() >= line[1] - 1 && mentions.get(i).end() <= line[1] ? i + 1 : 0;
    }
    boolean[] listLine = new boolean[lines.size()];
    for (int l = 0; l < lines.size(); l++) {
      int[] line = lines.get(l);
      if (listHeading(toks, line, covered)) {
        String side = null;
        for (int k = l + 1; k < lines.size() && k <= l + MAX_ITEMS; k++) {
          if (blankBefore(toks, text, lines.get(k)[0]) && k > l + 1) {
            break;
          }
          String c = countryLine(toks, lines.get(k));
          if (c == null && !hasMention(covered, lines.get(k)) && itemName(toks, text, lines.get(k)) == null) {
            break; // running text or a heading: the list is over
          }
          listLine[k] = true;
          if (c != null) {
            side = c;
          }
          for (int t = lines.get(k)[0]; t < lines.get(k)[1]; t++) {
            country[t] = side;
          }
        }
      }
      if (solo[l] > 0 && ((l > 0 && solo[l - 1] > 0 && !blankBefore(toks, text, line[0]))
          || (l + 1 < lines.size() && solo[l + 1] > 0 && !blankBefore(toks, text, lines.get(l + 1)[0])))) {
        listLine[l] = true;
      }
    }
    for (int l = 0; l < lines.size(); l++) {
      int[] line = lines.get(l);
      if (listLine[l]) {
        for (int t = line[0]; t < line[1]; t++) {
          inList[t] = true;
        }
        if (!hasMention(covered, line) && countryLine(toks, line) == null) {
          Mention item = itemName(toks, text, line);
          if (item != null) {
            mentions.add(item);
          }
        }
      }
    }
    mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      boolean speaker = false;
      if (!m.titleOnly() && toks.get(m.start()).newlineBefore()) {
        boolean colon = colonAfter(toks, m.end());
        boolean alone = m.end() >= toks.size() || toks.get(m.end()).newlineBefore();
        speaker = colon || (alone && !inList[m.start()]);
      }
      out.add(speaker == m.speakerLine() ? m : new Mention(m.start(), m.end(), m.nameStart(), m.nameEnd(),
          m.name(), m.role(), m.head(), m.country(), m.former(), speaker));
    }
    return new Result(out, inList, country);
  }

  /** Token ranges [first, end) of the printed lines. */
  private static List<int[]> lines(List<Token> toks) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    for (int k = 1; k <= toks.size(); k++) {
      if (k == toks.size() || toks.get(k).newlineBefore()) {
        out.add(new int[] {start, k});
        start = k;
      }
    }
    return out;
  }

  private static boolean blankBefore(List<Token> toks, String text, int tok) {
    if (tok == 0) {
      return false;
    }
    String gap = text.substring(toks.get(tok - 1).end(), toks.get(tok).start());
    int first = gap.indexOf('\n');
    return first >= 0 && gap.indexOf('\n', first + 1) >= 0;
  }

  private static boolean hasMention(boolean[] covered, int[] line) {
    for (int t = line[0]; t < line[1]; t++) {
      if (covered[t]) {
        return true;
      }
    }
    return false;
  }

  /** "PARTICIPANTS", "Participants:", "(Attendees)", "Present:". */
  private boolean listHeading(List<Token> toks, int[] line, boolean[] covered) {
    int words = 0;
    for (int t = line[0]; t < line[1] && words <= 3; t++) {
      if (toks.get(t).isWord()) {
        words++;
      }
    }
    if (words > 3) {
      return false; // counted first: most lines are prose, and the cue lookup is the costly part
    }
    boolean cue = false;
    for (int t = line[0]; t < line[1] && !cue; t++) {
      Token tok = toks.get(t);
      cue = tok.isWord() && lex.isCue("list", tok);
    }
    return cue && !hasMention(covered, line);
  }

  /** A line that names only a country or a country's side: its code. */
  private String countryLine(List<Token> toks, int[] line) {
    int t = line[0];
    if (t < line[1] && toks.get(t).lc().equals("the")) {
      t++;
    }
    PersonLexicon.Match<String> cm = lex.country(toks, t);
    if (cm == null) {
      return null;
    }
    int e = cm.end();
    while (e < line[1] && (lex.isCue("side", toks.get(e)) || lex.isCue("list", toks.get(e))
        || toks.get(e).is(":") || toks.get(e).is(","))) {
      e++;
    }
    return e == line[1] ? cm.value() : null;
  }

  /** The person of an item line without a found mention: its last comma-separated part, if name-like. */
  private Mention itemName(List<Token> toks, String text, int[] line) {
    int end = line[1];
    while (end > line[0] && !toks.get(end - 1).isWord()) {
      end--;
    }
    // A generational suffix after a comma stays with the name: "J. Owen Zurhellen, Jr."
    int nameEnd = end;
    if (end - 2 > line[0] && toks.get(end - 2).is(",") && suffix(toks.get(end - 1))) {
      end -= 2;
    }
    int start = end;
    while (start > line[0] && !toks.get(start - 1).is(",") && !toks.get(start - 1).is(":")) {
      start--;
    }
    int run = start;
    while (run < end && !finder.nameLike(toks, run) && !initialToken(toks.get(run))) {
      run++;
    }
    if (end - run < 2) {
      return null;
    }
    for (int k = run; k < end; k++) {
      if (!finder.nameLike(toks, k) && !initialToken(toks.get(k))) {
        return null;
      }
    }
    String name = text.substring(toks.get(run).start(), toks.get(nameEnd - 1).end());
    String role = run > line[0] ? text.substring(toks.get(line[0]).start(), toks.get(Math.max(line[0], run - 1)).start()).strip() : null;
    if (role != null && role.endsWith(",")) {
      role = role.substring(0, role.length() - 1).strip();
    }
    return new Mention(line[0], nameEnd, run, nameEnd, name, role == null || role.isEmpty() ? null : role,
        null, null, false, false);
  }

  private static boolean suffix(Token t) {
    String s = t.text();
    return s.equals("Jr.") || s.equals("Sr.") || s.equals("Jr") || s.equals("Sr") || s.equals("II") || s.equals("III");
  }

  private static boolean initialToken(Token t) {
    return t.length() == 2 && t.capitalized() && t.charAt(1) == '.';
  }

  /**
   * Whether a speaker line's colon follows at {@code k} on the same line, possibly after a short parenthetical
   * note ("Recep Tayyip Erdogan (retranslated): ...", "Mr Lavrov (via interpreter): ...").
   */
  static boolean colonAfter(List<Token> toks, int k) {
    if (k < toks.size() && toks.get(k).is("(") && !toks.get(k).newlineBefore()) {
      for (int j = k + 1; j < toks.size() && j <= k + 6 && !toks.get(j).newlineBefore(); j++) {
        if (toks.get(j).is(")")) {
          k = j + 1;
          break;
        }
      }
    }
    return k < toks.size() && toks.get(k).is(":") && !toks.get(k).newlineBefore();
  }
}
