package org.compendium.extract.person;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Bare family names: once a person has been named ("Foreign Minister Yoshimasa Hayashi"), a later bare
 * "Hayashi" is a mention too. Only the last word of a full name, or a one-word name already used with a title
 * or honorific, counts; the word must read as a name where it stands.
 */
final class FamilyNames {
  private FamilyNames() {}

  static List<Mention> add(List<Mention> mentions, List<Token> toks, MentionFinder finder) {
    Set<String> family = new HashSet<>();
    // their lower-case ids: most tokens are ruled out by id, without cutting their text
    java.util.BitSet familyIds = new java.util.BitSet();
    for (Mention m : mentions) {
      if (!m.titleOnly() && !m.former()) {
        family.add(toks.get(m.nameEnd() - 1).text());
        familyIds.set(toks.get(m.nameEnd() - 1).id());
      }
    }
    if (family.isEmpty()) {
      return mentions;
    }
    boolean[] covered = new boolean[toks.size()];
    for (Mention m : mentions) {
      for (int k = m.start(); k < m.end(); k++) {
        covered[k] = true;
      }
    }
    List<Mention> out = new ArrayList<>(mentions);
    for (int k = 0; k < toks.size(); k++) {
      Token t = toks.get(k);
      if (!covered[k] && familyIds.get(t.id()) && family.contains(t.text()) && finder.nameLike(toks, k)
          && !finder.nameLike(toks, k - 1) && !finder.nameLike(toks, k + 1)) {
        out.add(new Mention(k, k + 1, k, k + 1, t.text(), null, null, null, false, false));
      }
    }
    if (out.size() == mentions.size()) {
      return mentions;
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }
}
