package org.compendium.extract.instrument;

import org.compendium.resolve.InstrumentRegistry;

/**
 * A possible instrument mention: the tokens of its name ({@code first}..{@code last}, head at {@code head}),
 * the text span, the printed name without year and determiner, an explicit year printed with it, and the
 * features that decide whether it names an instrument. {@code phraseEntry} is set for a registry alias found
 * verbatim in the text.
 */
record Candidate(
    int first,
    int head,
    int last,
    int spanStart,
    int spanEnd,
    String name,
    Integer year,
    String determiner,
    boolean capitalized,
    boolean strong,
    boolean plural,
    boolean proper,
    boolean properCountryOnly,
    boolean distinctPremod,
    boolean complement,
    boolean distinctComplement,
    boolean properComplement,
    boolean byOnly,
    boolean joint,
    boolean rejectedModifier,
    boolean truncated,
    boolean needsSubject,
    boolean singleSpeaker,
    boolean lineStart,
    int subjectWords,
    int premodWords,
    java.util.Set<String> words,
    InstrumentRegistry.Entry phraseEntry) {

  boolean definite(InstrumentCues cues) {
    return determiner != null && cues.definite(determiner);
  }

  /** Does this candidate's name contain token {@code i} after its head (in its subject)? */
  boolean inComplement(int i) {
    return i > head && i <= last;
  }

  boolean covers(int i) {
    return i >= first && i <= last;
  }
}
