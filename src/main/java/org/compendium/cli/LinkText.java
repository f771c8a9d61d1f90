package org.compendium.cli;

import java.io.PrintWriter;
import org.compendium.store.link.RecordLinks;

/**
 * A record's links across the archive as readable text for {@code show}: each participant's person id (give it
 * to {@code compendium person}) and each instrument's registry entry with how many other records mention it.
 */
final class LinkText {
  private LinkText() {}

  static void print(RecordLinks.Links links, PrintWriter out) {
    if (links.participants().isEmpty() && links.instruments().isEmpty()) {
      return;
    }
    out.println("links:");
    for (RecordLinks.PersonLink p : links.participants()) {
      out.println("  person      " + p.name() + " -> " + (p.personId() == null ? "(not linked)"
          : p.personId() + (p.name().equals(p.personName()) ? "" : " (" + p.personName() + ")")));
    }
    for (RecordLinks.InstrumentLink i : links.instruments()) {
      String target = i.entryId() == null ? "(not in the registry)"
          : i.entryId() + (i.origin() != null && i.origin().equals("archive") ? " [archive entry]" : "")
          + ", " + i.otherRecords() + (i.otherRecords() == 1 ? " other record" : " other records");
      out.println("  instrument  " + i.name() + " (" + i.relation() + ") -> " + target);
    }
  }
}
