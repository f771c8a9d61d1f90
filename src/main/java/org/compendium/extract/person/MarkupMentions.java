package org.compendium.extract.person;

import java.util.ArrayList;
import java.util.List;
import org.compendium.ingest.Markup;

/**
 * Uses the person markup a source carries (TEI {@code persName}, items of a participants list): a marked name no
 * found mention covers becomes a mention, and tokens inside a participants item count as a list of those
 * present. A markup value in "Family, Given" form (a volume's person index) gives the full name.
 */
final class MarkupMentions {
  private MarkupMentions() {}

  static List<Mention> add(List<Mention> found, List<Token> toks, String text, List<Markup> markup) {
    List<Mention> out = new ArrayList<>(found);
    for (Markup mk : markup) {
      if (mk.type() != Markup.Type.PERSON) {
        continue;
      }
      int first = -1;
      int last = -1;
      for (int k = firstAtOrAfter(toks, mk.span().start()); k < toks.size() && toks.get(k).end() <= mk.span().end(); k++) {
        if (first < 0) {
          first = k;
        }
        last = k;
      }
      if (first < 0 || covered(out, first, last)) {
        continue;
      }
      String name = text.substring(toks.get(first).start(), toks.get(last).end());
      String value = mk.value();
      if (value != null && value.indexOf(',') > 0 && !value.endsWith("Jr.") && !value.endsWith("Sr.")) {
        String[] parts = value.split(",", 2);
        name = parts[1].strip() + " " + parts[0].strip();
      }
      out.add(new Mention(first, last + 1, first, last + 1, name, itemRole(text, mk, markup), null, null, false,
          false));
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  private static boolean covered(List<Mention> mentions, int first, int last) {
    for (Mention m : mentions) {
      if (m.start() <= last && m.end() > first) {
        return true;
      }
    }
    return false;
  }

  /** {@code inList} with the tokens inside participants-list items added. */
  static boolean[] participantTokens(boolean[] inList, List<Token> toks, List<Markup> markup) {
    boolean[] out = inList.clone();
    for (Markup mk : markup) {
      if (mk.type() != Markup.Type.PARTICIPANT) {
        continue;
      }
      for (int k = firstAtOrAfter(toks, mk.span().start()); k < toks.size() && toks.get(k).end() <= mk.span().end(); k++) {
        out[k] = true;
      }
    }
    return out;
  }

  /** Index of the first token starting at or after {@code offset} (binary search). */
  private static int firstAtOrAfter(List<Token> toks, int offset) {
    int lo = 0;
    int hi = toks.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (toks.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** In a participants item, the text before the name is the person's role ("Director, Foreign Ministry,"). */
  private static String itemRole(String text, Markup person, List<Markup> markup) {
    for (Markup item : markup) {
      if (item.type() == Markup.Type.PARTICIPANT && item.span().contains(person.span())) {
        String role = text.substring(item.span().start(), person.span().start()).strip();
        while (role.endsWith(",")) {
          role = role.substring(0, role.length() - 1).strip();
        }
        return role.isEmpty() ? null : role;
      }
    }
    return null;
  }
}
