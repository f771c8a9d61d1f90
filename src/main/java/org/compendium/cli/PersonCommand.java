package org.compendium.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.compendium.json.RecordJson;
import org.compendium.store.Archive;
import org.compendium.store.link.Lookup;
import org.compendium.store.link.People;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code compendium person NAME}: one person across the archive: records, roles over time, statements. Exit 1
 * for a name that matches no person, or several (they are listed).
 */
@Command(name = "person", mixinStandardHelpOptions = true,
    description = "One person across records: records, roles over time, every statement.")
public final class PersonCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "NAME", description = "Id, full name or family name (\"Putin\").")
  java.util.List<String> name;

  @Option(names = "--json", description = "The person as JSON (person, names, records, roles, statements).")
  boolean json;

  @Mixin StoreOption store;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    People.Profile p;
    try (Archive archive = store.open()) {
      People people = new People(archive.records());
      Lookup<People.Summary> found = people.find(String.join(" ", name));
      int problem = Candidates.check("person", "person", found, s -> s.id() + "  " + s.name() + " ("
          + Candidates.nz(s.country()) + ", " + s.records() + " records, "
          + Candidates.range(s.firstDate(), s.lastDate()) + ")", spec.commandLine().getErr());
      if (problem != 0) {
        return problem;
      }
      p = people.profile(found.single().id()).orElseThrow();
    }
    if (json) {
      out.println(new RecordJson().mapper().writerWithDefaultPrettyPrinter().writeValueAsString(p));
      out.flush();
      return 0;
    }
    People.Summary s = p.person();
    out.println(s.name() + " (" + Candidates.nz(s.country()) + ")  id " + s.id());
    out.println(s.records() + " records (" + Candidates.range(s.firstDate(), s.lastDate()) + "), " + s.statements()
        + " statements" + (p.names().size() > 1 ? "; printed as " + String.join(", ", p.names()) : ""));
    out.println("roles:");
    for (People.Role r : p.roles()) {
      out.println("  " + r.role() + " (" + Candidates.nz(r.country()) + ")  " + Candidates.range(r.firstDate(),
          r.lastDate()) + "  " + r.records().size() + (r.records().size() == 1 ? " record" : " records"));
    }
    out.println("records:");
    for (People.Appearance a : p.records()) {
      out.println("  " + pad(a.date()) + "  " + a.recordId() + "  " + Candidates.nz(a.title())
          + (a.role() == null ? "  (speaker)" : "  (" + a.role() + ")"));
    }
    out.println("statements:");
    for (People.Said st : p.statements()) {
      out.println("  " + pad(st.date()) + "  " + st.recordId() + "  " + st.act() + ": " + st.text());
    }
    out.flush();
    return 0;
  }

  private static String pad(String date) {
    return String.format("%-10s", date == null ? "undated" : date);
  }
}
