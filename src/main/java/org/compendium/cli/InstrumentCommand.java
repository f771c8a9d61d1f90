package org.compendium.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.compendium.json.RecordJson;
import org.compendium.store.Archive;
import org.compendium.store.link.Instruments;
import org.compendium.store.link.Lookup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code compendium instrument NAME}: one registry entry: where signed, its citation history in date order
 * with the citing sentences, the instruments it rests on and those resting on it. Exit 1 for a name that
 * matches no entry, or several (they are listed).
 */
@Command(name = "instrument", mixinStandardHelpOptions = true,
    description = "One instrument: registry entry, where signed, citation history with the citing sentences.")
public final class InstrumentCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "NAME", description = "Id, title, alias or part of it (\"Tokyo Declaration\").")
  List<String> name;

  @Option(names = "--json", description = "The entry as JSON (entry, names, signedIn, history, restsOn, restedOnBy).")
  boolean json;

  @Option(names = "--graph", description = "The graph around the instrument instead (JSON: nodes, edges).")
  boolean graph;

  @Mixin StoreOption store;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Instruments.Profile p;
    try (Archive archive = store.open()) {
      Instruments instruments = new Instruments(archive.records());
      Lookup<Instruments.Summary> found = instruments.find(String.join(" ", name));
      int problem = Candidates.check("instrument", "instrument", found, s -> s.id() + "  " + s.title()
          + (s.year() == null ? "" : " (" + s.year() + ")") + ", " + s.records() + " records",
          spec.commandLine().getErr());
      if (problem != 0) {
        return problem;
      }
      if (graph) {
        out.println(new RecordJson().mapper().writerWithDefaultPrettyPrinter()
            .writeValueAsString(instruments.graph(found.single().id())));
        out.flush();
        return 0;
      }
      p = instruments.profile(found.single().id()).orElseThrow();
    }
    if (json) {
      out.println(new RecordJson().mapper().writerWithDefaultPrettyPrinter().writeValueAsString(p));
      out.flush();
      return 0;
    }
    Instruments.Summary e = p.entry();
    out.println(e.title() + (e.year() == null ? "" : " (" + e.year() + ")") + "  id " + e.id());
    out.println((e.origin().equals("archive") ? "archive entry (first signed in a record)" : "registry entry")
        + (e.parties().isEmpty() ? "" : ", parties " + String.join(", ", e.parties())));
    if (p.names().size() > 1) {
      out.println("names: " + String.join("; ", p.names()));
    }
    out.println(p.signedIn().isEmpty() ? "signed in: no record of the archive" : "signed in:");
    for (Instruments.Citation c : p.signedIn()) {
      out.println("  " + pad(c.date()) + "  " + c.recordId() + "  " + Candidates.nz(c.title()));
    }
    out.println("citation history (" + p.history().size() + "):");
    for (Instruments.Citation c : p.history()) {
      out.println("  " + pad(c.date()) + "  " + c.recordId() + "  " + c.relation() + "  " + Candidates.nz(c.title()));
      if (c.sentence() != null) {
        out.println("      \"" + c.sentence().replaceAll("\\s+", " ") + "\"");
      }
    }
    related(out, "rests on", p.restsOn());
    related(out, "rested on by", p.restedOnBy());
    out.flush();
    return 0;
  }

  private static void related(PrintWriter out, String label, List<Instruments.Related> rel) {
    if (rel.isEmpty()) {
      return;
    }
    out.println(label + ":");
    for (Instruments.Related r : rel) {
      out.println("  " + r.id() + "  " + r.title() + (r.year() == null ? "" : " (" + r.year() + ")") + "  via "
          + r.recordId());
    }
  }

  private static String pad(String date) {
    return String.format("%-10s", date == null ? "undated" : date);
  }
}
