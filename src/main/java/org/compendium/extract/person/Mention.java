package org.compendium.extract.person;

/**
 * A person mention found in the text, as token indexes: {@code start..end} covers everything that belongs to
 * it (country adjective, title, honorific, name, appositive title); {@code nameStart..nameEnd} the name
 * (empty for a title-only mention such as "the Russian President"). {@code name} is the name as printed (with an
 * all-capitals family name moved last), {@code role} the title as printed without the represented country,
 * {@code country} the alpha-3 code the mention itself gives, {@code head} the title's head in lower case
 * ("president"), {@code former} whether "former", "the late" and the like mark it.
 */
record Mention(int start, int end, int nameStart, int nameEnd, String name, String role, String head,
    String country, boolean former, boolean speakerLine) {
  boolean titleOnly() {
    return nameStart == nameEnd;
  }

  Mention withAppositive(int newEnd, String newRole, String newHead, String newCountry) {
    return new Mention(start, Math.max(end, newEnd), nameStart, nameEnd, name,
        role != null ? role : newRole, head != null ? head : newHead, country != null ? country : newCountry,
        former, speakerLine);
  }

  Mention withCountry(String c) {
    return new Mention(start, end, nameStart, nameEnd, name, role, head, c, former, speakerLine);
  }
}
