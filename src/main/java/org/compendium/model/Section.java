package org.compendium.model;

import java.util.List;

/** A node of the printed outline: its label ("1.", "(2)", "--"), heading line, span and sub-items. */
public record Section(String label, String heading, Span span, List<Section> children) {
  public Section {
    children = List.copyOf(children);
  }
}
