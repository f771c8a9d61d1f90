package org.compendium.model;

import java.util.List;

/** A participant: canonical full name, role at the fullest mention, represented state, every mention. */
public record Person(String name, String role, String country, List<Span> mentions) {
  public Person {
    mentions = List.copyOf(mentions);
  }
}
