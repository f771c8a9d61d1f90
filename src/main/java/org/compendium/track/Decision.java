package org.compendium.track;

/** A person's ruling on a commitment's status (a row of {@code commitment_decisions}); the latest one wins. */
public record Decision(long id, CommitmentStatus status, String note, String decidedBy, String decidedAt) {}
