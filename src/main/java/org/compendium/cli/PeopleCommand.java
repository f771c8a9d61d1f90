package org.compendium.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.compendium.json.RecordJson;
import org.compendium.store.Archive;
import org.compendium.store.link.People;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code compendium people}: the canonical persons of the archive, most records first. */
@Command(name = "people", mixinStandardHelpOptions = true,
    description = "List the persons of the archive (one per person across records), most records first.")
public final class PeopleCommand implements Callable<Integer> {
  @Option(names = "--limit", paramLabel = "N", description = "At most N persons (default: all).") int limit;
  @Option(names = "--json", description = "A JSON array of persons.") boolean json;

  @Mixin StoreOption store;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<People.Summary> people;
    try (Archive archive = store.open()) {
      people = new People(archive.records()).list();
    }
    if (limit > 0 && people.size() > limit) {
      people = people.subList(0, limit);
    }
    if (json) {
      out.println(new RecordJson().mapper().writerWithDefaultPrettyPrinter().writeValueAsString(people));
    } else {
      out.println(people.size() + " persons");
      for (People.Summary p : people) {
        out.printf("%-28s %-32s %-4s %3d records  %3d statements  %s%n", p.id(), p.name(), Candidates.nz(p.country()),
            p.records(), p.statements(), Candidates.range(p.firstDate(), p.lastDate()));
      }
    }
    out.flush();
    return 0;
  }
}
