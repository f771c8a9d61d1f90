package org.compendium.cli;

import java.io.PrintWriter;
import java.util.List;
import org.compendium.model.Commitment;
import org.compendium.model.Instrument;
import org.compendium.model.Person;
import org.compendium.model.Place;
import org.compendium.model.Record;
import org.compendium.model.Statement;

/** A stored record as readable text for {@code show}: header, facts by kind, versions. */
final class RecordText {
  private RecordText() {}

  static void print(Record r, List<String> versions, boolean current, PrintWriter out) {
    out.println(r.id() + (current ? "" : "  (superseded: history)"));
    out.println("title:   " + nz(r.title()));
    out.println("date:    " + nz(r.date()) + "    kind: " + (r.kind() == null ? "-" : r.kind()));
    out.println("issuer:  " + nz(r.issuer()));
    out.println("source:  " + (r.source() == null ? "-" : r.source().uri()));
    out.println("countries: " + String.join(", ", r.countries()) + "    topics: " + String.join(", ", r.topics()));
    if (versions.size() > 1) {
      out.println("versions (oldest first): " + String.join(", ", versions));
    }
    section(out, "participants", r.participants().size());
    for (Person p : r.participants()) {
      out.println("  " + p.name() + (p.role() == null ? "" : ", " + p.role()) + (p.country() == null ? "" : " (" + p.country() + ")"));
    }
    section(out, "statements", r.statements().size());
    for (Statement s : r.statements()) {
      out.println("  " + s.speaker() + " " + s.act() + ": " + s.text());
    }
    section(out, "instruments", r.instruments().size());
    for (Instrument i : r.instruments()) {
      out.println("  " + i.name() + (i.year() == null ? "" : " (" + i.year() + ")") + " — " + i.relation());
    }
    section(out, "commitments", r.commitments().size());
    for (Commitment c : r.commitments()) {
      out.println("  [" + String.join(",", c.by()) + "] " + c.text() + (c.due() == null ? "" : "  due " + c.due()));
    }
    section(out, "places", r.places().size());
    for (Place p : r.places()) {
      out.println("  " + p.name() + (p.country() == null ? "" : " (" + p.country() + ")"));
    }
  }

  private static void section(PrintWriter out, String name, int n) {
    if (n > 0) {
      out.println(name + ":");
    }
  }

  private static String nz(String s) {
    return s == null ? "-" : s;
  }
}
