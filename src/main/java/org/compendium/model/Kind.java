package org.compendium.model;

/** What sort of record it is (see ANNOTATION.md). */
public enum Kind {
  summit, ministerial, visit, call, statement, other
}
