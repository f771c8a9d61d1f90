package org.compendium.extract.statement;

import org.compendium.extract.statement.Speakers.Speaker;

/** A reporting-verb occurrence of a sentence while {@link ClauseAnalyzer} classifies it (token indices). */
final class Candidate {
  /** How the verb attaches to its speaker. */
  enum Type { FINITE, COORD, PARTICIPLE, PASSIVE, INVERTED }

  int v;
  int ve;
  String act;
  boolean base;
  boolean ing;
  boolean adj;
  boolean self;
  boolean passiveJoint;
  boolean passiveOnly;
  boolean lightPassive;
  Type type;
  Speaker speaker;
  int subjStart = -1;
  int attach = -1;
  boolean aux;
  boolean dropped;
  int contentTo = -1;
}
