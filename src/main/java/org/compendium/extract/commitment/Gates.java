package org.compendium.extract.commitment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.compendium.extract.commitment.CueLexicon.Lead;
import org.compendium.extract.TriggerGate;
import org.compendium.extract.Vocabulary;

/**
 * Trigger gates that let {@link CommitmentAnnotator} skip a sentence without cutting it into its own tokens,
 * derived from the cue lexicon and read on the shared token ids. Each is exact: it holds one pattern for every
 * way the guarded code can produce something, each pattern being words that must all occur as {@link Token}s
 * (which {@link TriggerGate} sees exactly), so a sentence that does not fire gives nothing there:
 * <ul>
 *   <li>{@link #anchors}: {@link ClauseAnalyzer#analyze} finds nothing without an anchor, and
 *       {@link ClauseAnalyzer#thatFuture} needs an agreement lead before "that". Anchors
 *       ({@link AnchorFinder}) are a modal; "is/are/was/were" before "to" (also "is scheduled to"); an event
 *       noun before "for" or "to" ("meeting scheduled for", "to be held"); a lead phrase (all its words) that
 *       is DECIDED, or else has "to" (infinitive or object + infinitive) or "on"/"upon" (+ "-ing") after it.</li>
 *   <li>{@link #leadIn}: a sentence with no commitment of its own introduces a list ({@link ListItems}) only
 *       through "following"/"follows" or an AGREE lead.</li>
 *   <li>{@link #accepts}: {@link CueLexicon#acceptIndex} needs an acceptance phrase, "accepted"/"agreed"
 *       before "." or "with", or an offer noun (after a form of "accept").</li>
 * </ul>
 */
final class Gates {
  final TriggerGate anchors;
  final TriggerGate leadIn;
  final TriggerGate accepts;

  Gates(CueLexicon lex, Vocabulary vocabulary) {
    TriggerGate.Builder a = TriggerGate.builder();
    a.any(lex.modalWords());
    for (String be : List.of("is", "are", "was", "were")) {
      a.all(be, "to");
    }
    for (String noun : lex.nounsOf("EVENT")) {
      a.all(noun, "for").all(noun, "to");
    }
    TriggerGate.Builder l = TriggerGate.builder().all("following").all("follows");
    for (Map.Entry<List<String>, Lead> e : lex.leadPhrases().entrySet()) {
      List<String> words = e.getKey();
      Lead cls = e.getValue();
      if (cls == Lead.DECIDED) {
        a.all(words);
      } else {
        for (String after : List.of("to", "on", "upon")) {
          a.all(plus(words, after));
        }
      }
      if (cls == Lead.AGREE || cls == Lead.STRONG) {
        a.all(plus(words, "that"));
      }
      if (cls == Lead.AGREE) {
        l.all(words);
      }
    }
    anchors = a.build(vocabulary);
    leadIn = l.build(vocabulary);
    TriggerGate.Builder c = TriggerGate.builder();
    for (List<String> phrase : lex.acceptancePhrases()) {
      c.all(phrase);
    }
    for (String verb : List.of("accepted", "agreed")) {
      c.all(verb, ".").all(verb, "with");
    }
    c.any(lex.nounsOf("OFFER"));
    accepts = c.build(vocabulary);
  }

  private static List<String> plus(List<String> words, String w) {
    List<String> out = new ArrayList<>(words);
    out.add(w);
    return out;
  }
}
