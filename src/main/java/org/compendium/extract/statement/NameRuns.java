package org.compendium.extract.statement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.compendium.resolve.Countries;

/**
 * Full names as written in a text, for completing a family name ("Mr Putin" -> "Vladimir Putin") when the
 * participants layer has no person: runs of two to four capitalized words that are not titles, countries or
 * function words, keyed by their last word.
 */
final class NameRuns {
  private static final Pattern WS = Pattern.compile("\\s+");

  private NameRuns() {}

  /** Family name -> the longest title-free run of capitalized words ending with it, over the whole text. */
  static Map<String, String> of(String text, StatementLexicon lex, Countries countries) {
    Map<String, String> nameRuns = new HashMap<>();
    List<Token> all = Token.tokenize(text, 0, text.length());
    List<Token> run = new ArrayList<>();
    for (int i = 0; i <= all.size(); i++) {
      Token t = i < all.size() ? all.get(i) : null;
      boolean nameWord = t != null && t.isCapitalized() && t.isWord() && !t.isPossessive()
          && !lex.isTitle(t.lower()) && countries.byNameOrAdjective(t.text()).isEmpty()
          && !Speakers.isFunctionWord(t.lower())
          || (t != null && t.text().length() == 1 && t.isCapitalized() && !run.isEmpty());
      if (nameWord) {
        run.add(t);
        if (i + 1 < all.size() && all.get(i + 1).is(".") && t.text().length() == 1) {
          i++;
        }
        continue;
      }
      if (run.size() >= 2 && run.size() <= 4) {
        String fam = run.get(run.size() - 1).lower();
        String full = WS.matcher(text.substring(run.get(0).start(), run.get(run.size() - 1).end())).replaceAll(" ");
        String old = nameRuns.get(fam);
        if (old == null || old.split(" ").length < run.size()) {
          nameRuns.put(fam, full);
        }
      }
      run.clear();
      if (t != null && t.isPossessive() && t.isCapitalized()) {
        continue;
      }
    }
    return nameRuns;
  }
}
