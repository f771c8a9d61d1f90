package org.compendium.extract.commitment;

import org.compendium.extract.commitment.CueLexicon.Lead;

/**
 * Where a commitment may be: {@code pos} is the anchor's first token (the modal, the lead, the schedule word),
 * {@code action} the token of the act (a verb, or an event noun; -1 if none), {@code own} the anchor's own
 * lead class (null for modals).
 */
record Anchor(ClauseAnalyzer.Kind kind, int pos, int action, Lead own) {}
