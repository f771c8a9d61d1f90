package org.compendium.extract.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.compendium.resolve.PersonDirectory;
import org.compendium.util.WordSet;

/**
 * Finds person mentions in a token stream: a title before a name ("Russian President Vladimir Putin",
 * "Minister of Finance Kiichi Miyazawa"), an honorific before a name ("Mr. HAYASHI Yoshimasa", "H.E. Mr. Wang
 * Yi"), a name the directory knows ("Vladimir Putin"), a name followed by an appositive title or a bracketed
 * country ("Vassily A. Nebenzia (Russian Federation)"), and title-only mentions ("the Japanese Prime
 * Minister"). A name is a run of one to four capitalised words that are not title words, country words or
 * function words. Limits: a name unknown to the directory is found only with a title, honorific or appositive.
 */
final class MentionFinder {
  /** Capitalised grammatical words that never start or continue a name. */
  private static final Set<String> FUNCTION = WordSet.of("the", "a", "an", "this", "that", "these", "those", "in",
      "on", "at", "as", "by", "for", "from", "to", "with", "and", "but", "or", "of", "it", "he", "she", "we",
      "they", "i", "his", "her", "their", "its", "our", "my", "both", "each", "also", "after", "before", "during",
      "while", "when", "where", "if", "since", "then", "there", "here", "however", "moreover", "furthermore",
      "meanwhile", "following", "regarding", "further", "yesterday", "today", "tomorrow", "all", "other", "such",
      "not", "no", "yes", "some", "any", "upon", "into", "over", "under", "about", "between", "among");

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  /** Lower-case words that may follow an appositive title ("Mr. X, the President of Y, and ..."). */
  private static final Set<String> APPOSITIVE_END = WordSet.of("and", "who", "which", "whose", "as", "in", "at",
      "of", "for", "to", "on", "with", "from");

  private final PersonLexicon lex;
  private final PersonDirectory directory;
  /** FUNCTION by word id. */
  private final boolean[] function;

  MentionFinder(PersonLexicon lex, PersonDirectory directory) {
    this.lex = lex;
    this.directory = directory;
    this.function = lex.idSet(FUNCTION);
  }

  List<Mention> find(List<Token> toks, String text) {
    List<Mention> out = new ArrayList<>();
    int i = 0;
    while (i < toks.size()) {
      Mention m = titled(toks, text, i);
      if (m == null) {
        m = honorificLed(toks, text, i);
      }
      if (m == null) {
        m = bareName(toks, text, i);
      }
      if (m == null) {
        i++;
        continue;
      }
      if (!m.titleOnly()) {
        m = after(toks, text, m);
      }
      out.add(m);
      i = Math.max(m.end(), i + 1);
    }
    return out;
  }

  /** [country] Title [of Country] [honorific] Name, or a title-only mention. */
  private Mention titled(List<Token> toks, String text, int i) {
    int j = i;
    String country = null;
    PersonLexicon.Match<String> headAtJ = null;
    PersonLexicon.Match<String> cm = lex.country(toks, j);
    if (cm != null) {
      int after = cm.end();
      if (after < toks.size() && toks.get(after).is("'s")) {
        after++;
      }
      PersonLexicon.Match<String> afterTitle = headTitle(toks, after);
      if (afterTitle != null && !toks.get(after).newlineBefore()) {
        country = cm.value();
        j = after;
        headAtJ = afterTitle;
      }
    }
    PersonLexicon.Match<String> tm = headAtJ != null ? headAtJ : headTitle(toks, j);
    if (tm == null) {
      return null;
    }
    boolean capital = toks.get(j).capitalized();
    Extent ext = extend(toks, tm.end());
    if (country == null) {
      country = ext.country;
    }
    int k = ext.end;
    int start = i;
    // "Prime Minister of India, Shri Narendra Modi,": a comma between a title with its country and the name.
    boolean afterComma = i > 0 && toks.get(i - 1).is(",") || (i > 1 && toks.get(i - 1).lc().equals("the")
        && toks.get(i - 2).is(","));
    boolean honorificNext = k + 1 < toks.size() && toks.get(k).is(",") && lex.honorific(toks, k + 1) != null;
    // "The Secretary-General, António Guterres, met": a determined title, then a full name set off by commas.
    boolean determinedTitle = i > 0 && toks.get(i - 1).lc().equals("the");
    if ((ext.country != null || honorificNext || determinedTitle) && k + 1 < toks.size() && toks.get(k).is(",")
        && (!afterComma || startsClause(toks, i))) {
      int c = k + 1;
      PersonLexicon.Match<String> hc;
      while ((hc = lex.honorific(toks, c)) != null) {
        c = hc.end();
      }
      int e = nameRun(toks, c);
      boolean closed = e - c >= 2 && e < toks.size() && toks.get(e).is(",");
      if (e > c && (ext.country != null || honorificNext || closed)
          && (e >= toks.size() || !toks.get(e).lower() || APPOSITIVE_END.contains(toks.get(e).lc()))) {
        k = c;
        if (determinedTitle && ext.country == null && !honorificNext) {
          start = i - 1; // "The Prime Minister, X," is one noun phrase, the clause's subject
        }
      }
    }
    PersonLexicon.Match<String> h;
    while ((h = lex.honorific(toks, k)) != null) {
      k = h.end();
    }
    int nameEnd = k < toks.size() && toks.get(k).newlineBefore() ? k : nameRun(toks, k);
    String role = span(text, toks, j, ext.roleEnd);
    String head = tm.value().toLowerCase(java.util.Locale.ROOT);
    boolean former = absentBefore(toks, i);
    if (nameEnd > k && capital) {
      return new Mention(start, nameEnd, k, nameEnd, name(toks, text, k, nameEnd), role, head, country, former, false);
    }
    if (nameEnd > k) {
      return null;
    }
    // Title only: "the (Russian) President", "Russia's acting president", "Mr Prime Minister".
    boolean plural = ext.end < toks.size() && toks.get(ext.end).is("s");
    boolean determined = false;
    if (i > 0 && (toks.get(i - 1).lc().equals("the") || toks.get(i - 1).lc().equals("its")
        || toks.get(i - 1).lc().equals("his") || toks.get(i - 1).lc().equals("her")
        || lex.honorific(toks, i - 1) != null)) {
      start = i - 1;
      determined = true;
    } else if (country != null && i > 0 && toks.get(i - 1).lc().equals("the") == false && j > i) {
      determined = i > 1 && toks.get(i - 1).is("'s");
    }
    if (!determined || plural) {
      return null;
    }
    return new Mention(start, ext.end, ext.end, ext.end, null, role, head, country, former, false);
  }

  /**
   * Whether a title that follows a comma still opens the name after it: only when the name before the comma
   * already carried its own title ("Prime Minister of India, Mr. X, the Prime Minister of Australia, Mr. Y").
   */
  private boolean startsClause(List<Token> toks, int i) {
    int k = i - 1;
    if (toks.get(k).lc().equals("the")) {
      k--;
    }
    // Walk back over the previous name to its start; a title before it means this title is the next person's.
    int n = k - 1;
    while (n >= 0 && (nameLike(toks, n) || initial(toks.get(n)))) {
      n--;
    }
    while (n >= 0 && lex.honorificToken(toks.get(n))) {
      n--;
    }
    if (n >= 0 && toks.get(n).is(",")) {
      n--;
    }
    return n >= 0 && (lex.titleWord(toks.get(n)) || lex.country(toks, n) != null);
  }

  /**
   * The title whose head is at or after {@code j}, or null: capitalised title words may precede the head
   * ("External Affairs Minister"); else the title at {@code j}. Each position's title is looked up once.
   */
  private PersonLexicon.Match<String> headTitle(List<Token> toks, int j) {
    int k = j;
    PersonLexicon.Match<String> at = null; // the title at k, once looked up
    int atK = -1;
    while (k < toks.size() && k < j + 4 && toks.get(k).capitalized() && lex.titleWord(toks.get(k))
        && (at = lex.title(toks, atK = k)) == null && (k == j || !toks.get(k).newlineBefore())) {
      k++;
    }
    boolean sameLine = k == j || k >= toks.size() || !toks.get(k).newlineBefore();
    if (k < toks.size() && sameLine) {
      PersonLexicon.Match<String> m = atK == k ? at : lex.title(toks, k);
      if (m != null) {
        return m;
      }
    }
    // Else the head stays at j, which has no title: either k == j (its title was just looked up, or j is past the
    // end) or the loop moved past j, which it does only when j has no title.
    return null;
  }

  /** Honorific Name: "Mr. Vladimir Putin", "H.E. Dr. Susilo Bambang Yudhoyono", "Mr. HAYASHI Yoshimasa". */
  private Mention honorificLed(List<Token> toks, String text, int i) {
    PersonLexicon.Match<String> h = lex.honorific(toks, i);
    if (h == null) {
      return null;
    }
    int k = h.end();
    PersonLexicon.Match<String> more;
    while ((more = lex.honorific(toks, k)) != null) {
      k = more.end();
    }
    PersonLexicon.Match<String> tm = lex.title(toks, k);
    if (tm != null) {
      Mention t = titled(toks, text, k);
      if (t != null && !t.titleOnly()) {
        return new Mention(i, t.end(), t.nameStart(), t.nameEnd(), t.name(), t.role(), t.head(), t.country(),
            absentBefore(toks, i), false);
      }
      Extent ext = extend(toks, tm.end());
      return new Mention(i, ext.end, ext.end, ext.end, null, span(text, toks, k, ext.roleEnd),
          tm.value().toLowerCase(java.util.Locale.ROOT), ext.country, false, false);
    }
    int nameEnd = nameRun(toks, k);
    if (nameEnd == k) {
      return null;
    }
    return new Mention(i, nameEnd, k, nameEnd, name(toks, text, k, nameEnd), null, null, null,
        absentBefore(toks, i), false);
  }

  /** A known full name, or a name followed by an appositive title or a bracketed country. */
  private Mention bareName(List<Token> toks, String text, int i) {
    if (!nameLike(toks, i) || (i > 0 && nameLike(toks, i - 1) && !toks.get(i).newlineBefore())) {
      return null;
    }
    int end = nameRun(toks, i);
    if (end - i < 1) {
      return null;
    }
    for (int e = end; e >= i + 2; e--) {
      if (!directory.byName(span(text, toks, i, e)).isEmpty() && !initial(toks.get(e - 1))) {
        return new Mention(i, e, i, e, name(toks, text, i, e), null, null, null, absentBefore(toks, i), false);
      }
    }
    if (end - i < 2) {
      return null;
    }
    boolean appositive = end + 2 < toks.size()
        && ((toks.get(end).is("(") && lex.country(toks, end + 1) != null)
        || (toks.get(end).is(",") && appositiveTitleAt(toks, end + 1) >= 0)
        || (ListBlocks.colonAfter(toks, end) && toks.get(i).newlineBefore()));
    if (!appositive) {
      return null;
    }
    return new Mention(i, end, i, end, name(toks, text, i, end), null, null, null, absentBefore(toks, i), false);
  }

  /** What follows a name: "of the Russian Federation", "(Russian Federation)", ", the President of ...". */
  private Mention after(List<Token> toks, String text, Mention m) {
    int e = m.end();
    int n = toks.size();
    if (e + 1 < n && toks.get(e).is("of")) {
      int c = e + 1 < n && toks.get(e + 1).lc().equals("the") ? e + 2 : e + 1;
      PersonLexicon.Match<String> cm = lex.country(toks, c);
      if (cm != null) {
        m = new Mention(m.start(), cm.end(), m.nameStart(), m.nameEnd(), m.name(), m.role(), m.head(),
            m.country() != null ? m.country() : cm.value(), m.former(), m.speakerLine());
        e = cm.end();
      }
    }
    if (e + 2 < n && toks.get(e).is("(")) {
      PersonLexicon.Match<String> cm = lex.country(toks, e + 1);
      if (cm != null && cm.end() < n && toks.get(cm.end()).is(")")) {
        m = m.withAppositive(cm.end() + 1, null, null, cm.value());
        e = cm.end() + 1;
      }
    }
    if (e + 1 < n && toks.get(e).is(",")) {
      int t = appositiveTitleAt(toks, e + 1);
      if (t >= 0 && !titleBeforeName(toks, t, m.role() != null)) {
        int j = t;
        String country = null;
        PersonLexicon.Match<String> cm = lex.country(toks, j);
        if (cm != null && lex.title(toks, cm.end()) != null) {
          country = cm.value();
          j = cm.end();
        }
        PersonLexicon.Match<String> tm = lex.title(toks, j);
        Extent ext = extend(toks, tm.end());
        if (ext.end < n && toks.get(ext.end).lower() && !APPOSITIVE_END.contains(toks.get(ext.end).lc())) {
          return m; // ", the Prime Minister stated": a new clause's subject, not an appositive
        }
        int roleStart = toks.get(e + 1).lc().equals("former") ? e + 1 : j;
        m = m.withAppositive(ext.end, span(text, toks, roleStart, ext.roleEnd),
            tm.value().toLowerCase(java.util.Locale.ROOT), country != null ? country : ext.country);
        e = ext.end;
      }
    }
    // "in his capacity as president of the European Council": the capacity decides whom he represents.
    if (e + 4 < n && toks.get(e).is("in") && toks.get(e + 2).is("capacity") && toks.get(e + 3).is("as")) {
      for (int k = e + 4; k < Math.min(n, e + 12); k++) {
        PersonLexicon.Match<String> cm = lex.country(toks, k);
        if (cm != null) {
          m = new Mention(m.start(), cm.end(), m.nameStart(), m.nameEnd(), m.name(), m.role(), m.head(),
              cm.value(), m.former(), m.speakerLine());
          break;
        }
        if (toks.get(k).is(",") || toks.get(k).is(".")) {
          break;
        }
      }
    }
    return m;
  }

  /** Whether the title at {@code t} is followed by a name: then it is the next person's, not an appositive. */
  private boolean titleBeforeName(List<Token> toks, int t, boolean alreadyTitled) {
    int j = t;
    PersonLexicon.Match<String> cm = lex.country(toks, j);
    if (cm != null && lex.title(toks, cm.end()) != null) {
      j = cm.end();
    }
    PersonLexicon.Match<String> tm = lex.title(toks, j);
    if (tm == null) {
      return false;
    }
    Extent ext = extend(toks, tm.end());
    int k = ext.end;
    if (alreadyTitled && ext.country != null && k + 1 < toks.size() && toks.get(k).is(",")) {
      k++; // "Prime Minister of India, Mr. X, the Prime Minister of Australia, Mr. Y": Y's title
    }
    PersonLexicon.Match<String> h;
    while ((h = lex.honorific(toks, k)) != null) {
      k = h.end();
    }
    return nameRun(toks, k) > k;
  }

  /** Start of an appositive title at {@code k} ("the President of", "his country's Minister", "former PM"). */
  private int appositiveTitleAt(List<Token> toks, int k) {
    int j = k;
    if (j < toks.size() && toks.get(j).lc().equals("former")) {
      j++;
    }
    if (j < toks.size() && (toks.get(j).lc().equals("the") || toks.get(j).lc().equals("then"))) {
      j++;
    }
    if (j + 2 < toks.size() && (toks.get(j).lc().equals("his") || toks.get(j).lc().equals("her"))
        && toks.get(j + 2).is("'s")) {
      j += 3;
    }
    PersonLexicon.Match<String> cm = lex.country(toks, j);
    int t = cm != null && lex.title(toks, cm.end()) != null ? cm.end() : j;
    return t < toks.size() && toks.get(t).capitalized() && lex.title(toks, t) != null ? j : -1;
  }

  /** The extent of a title's complement: "of Foreign Affairs", "to the President for ...", "of Japan". */
  private record Extent(int end, int roleEnd, String country) {}

  private Extent extend(List<Token> toks, int k) {
    int n = toks.size();
    int end = k;
    int roleEnd = k;
    String country = null;
    while (end < n) {
      Token t = toks.get(end);
      String lc = t.lc();
      if (lc.equals("of") || lc.equals("for") || lc.equals("to")) {
        int c = end + 1 < n && toks.get(end + 1).lc().equals("the") ? end + 2 : end + 1;
        PersonLexicon.Match<String> cm = lex.country(toks, c);
        if (cm != null) {
          boolean orgFollows = cm.end() < n && toks.get(cm.end()).capitalized() && lex.titleWord(toks.get(cm.end()));
          if (lc.equals("of") && country == null) {
            country = cm.value(); // "of Japan", "of the European Commission": whom the holder represents
          }
          if (!lc.equals("of") || orgFollows) {
            roleEnd = cm.end();
          }
          end = cm.end();
          continue;
        }
        if (c < n && toks.get(c).capitalized() && (lex.titleWord(toks.get(c)) || orgAcronym(toks, c))) {
          end = c;
          roleEnd = c;
          continue;
        }
        break;
      }
      if (lc.equals(",") || lc.equals("and") || lc.equals("&")) {
        int c = end + 1;
        if (c < n && toks.get(c).lc().equals("and")) {
          c++;
        }
        if (c < n && toks.get(c).capitalized() && lex.titleWord(toks.get(c))) {
          end = c;
          continue;
        }
        break;
      }
      if (t.capitalized() && !t.newlineBefore()) {
        PersonLexicon.Match<String> inner = lex.country(toks, end);
        if (inner != null || lex.titleWord(t) || orgAcronym(toks, end)) {
          end = inner != null ? inner.end() : end + 1;
          roleEnd = end;
          continue;
        }
      }
      break;
    }
    return new Extent(end, Math.max(roleEnd, k), country);
  }

  /** An all-capitals abbreviation naming a body inside a title, followed by a title word ("the CPC Central Committee"). */
  private boolean orgAcronym(List<Token> toks, int k) {
    if (toks.get(k).length() < 2 || toks.get(k).length() > 6) {
      return false;
    }
    String w = toks.get(k).text();
    if (!w.chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '.')) {
      return false;
    }
    return k + 1 < toks.size() && toks.get(k + 1).capitalized() && lex.titleWord(toks.get(k + 1));
  }

  private boolean absentBefore(List<Token> toks, int i) {
    int k = i - 1;
    if (k >= 0 && toks.get(k).lc().equals("the")) {
      k--;
    }
    if (k >= 0 && lex.isCue("absent", toks.get(k))) {
      return true;
    }
    return k >= 1 && toks.get(k).lc().equals("late") && toks.get(k - 1).lc().equals("the");
  }

  /** End of the name that starts at {@code k} (== k when none). */
  int nameRun(List<Token> toks, int k) {
    int n = k;
    int particles = 0;
    while (n < toks.size() && n - k - particles < 4) {
      if (n > k && lex.particle(toks.get(n))) {
        int p = n;
        while (p < toks.size() && p - n < 3 && lex.particle(toks.get(p))) {
          p++;
        }
        if (!nameLike(toks, p) || toks.get(p).newlineBefore()) {
          break;
        }
        particles += p - n;
        n = p;
        continue;
      }
      boolean beforePostnominal = n > k && n + 1 < toks.size() && lex.postnominal(toks.get(n + 1))
          && toks.get(n).capitalized() && toks.get(n).isWord();
      if (!(nameLike(toks, n) || beforePostnominal)
          || (n > k && toks.get(n).newlineBefore() && !initial(toks.get(n - 1)))) {
        break;
      }
      n++;
      if (n < toks.size() && toks.get(n).is("'s")) {
        break;
      }
    }
    while (n > k && initial(toks.get(n - 1))) {
      n--;
    }
    // "Opening Statement", "Joint Press Conference": a capitalised phrase ending in a heading noun is no name.
    if (n > k && n < toks.size() && toks.get(n).capitalized() && !toks.get(n).newlineBefore()
        && lex.isCue("header", toks.get(n))) {
      return k;
    }
    return n;
  }

  boolean nameLike(List<Token> toks, int i) {
    if (i < 0 || i >= toks.size()) {
      return false;
    }
    Token t = toks.get(i);
    if (!t.isWord() || !t.capitalized() || Character.isDigit(t.first())) {
      return false;
    }
    if (PersonLexicon.in(function, t) || lex.titleWord(t) || lex.honorificToken(t) || lex.isCue("header", t)
        || lex.postnominal(t)) {
      return false;
    }
    return lex.country(toks, i) == null;
  }

  private static boolean initial(Token t) {
    return t.length() == 2 && t.capitalized() && t.charAt(1) == '.';
  }

  private static String span(String text, List<Token> toks, int from, int to) {
    if (to <= from) {
      return null;
    }
    return SPACES.matcher(text.substring(toks.get(from).start(), toks.get(to - 1).end())).replaceAll(" ");
  }

  /** The name as printed; an all-capitals family name among capitalised words moves last ("HAYASHI Yoshimasa"). */
  private static String name(List<Token> toks, String text, int from, int to) {
    List<String> words = new ArrayList<>();
    int caps = -1;
    int upper = 0;
    for (int k = from; k < to; k++) {
      String w = toks.get(k).text();
      words.add(w);
      if (w.length() > 2 && w.equals(w.toUpperCase(java.util.Locale.ROOT)) && !w.contains(".")) {
        caps = k - from;
        upper++;
      }
    }
    if (upper == 1 && words.size() > 1) {
      String family = words.remove(caps);
      words.add(family.charAt(0) + family.substring(1).toLowerCase(java.util.Locale.ROOT));
    } else if (upper == words.size()) {
      words.replaceAll(MentionFinder::titleCase); // "VLADIMIR PUTIN" in a transcript's speaker line
    }
    return String.join(" ", words);
  }

  private static String titleCase(String w) {
    StringBuilder sb = new StringBuilder(w.length());
    boolean start = true;
    for (char ch : w.toCharArray()) {
      sb.append(start ? Character.toUpperCase(ch) : Character.toLowerCase(ch));
      start = ch == '-' || ch == '\'' || ch == '.';
    }
    return sb.toString();
  }
}
