package org.compendium.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.compendium.json.RecordJson;
import org.compendium.store.Archive;
import org.compendium.store.link.Instruments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code compendium instruments}: the registry entries the archive's records mention, or their graph. */
@Command(name = "instruments", mixinStandardHelpOptions = true,
    description = "List the instruments the archive's records mention (one registry entry each), or their graph.")
public final class InstrumentsCommand implements Callable<Integer> {
  @Option(names = "--limit", paramLabel = "N", description = "At most N instruments (default: all).") int limit;
  @Option(names = "--graph", description = "The graph of instruments and records instead (JSON: nodes, edges).")
  boolean graph;
  @Option(names = "--json", description = "A JSON array of entries.") boolean json;

  @Mixin StoreOption store;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (Archive archive = store.open()) {
      Instruments instruments = new Instruments(archive.records());
      if (graph) {
        out.println(new RecordJson().mapper().writerWithDefaultPrettyPrinter().writeValueAsString(instruments.graph()));
        out.flush();
        return 0;
      }
      List<Instruments.Summary> list = instruments.list();
      if (limit > 0 && list.size() > limit) {
        list = list.subList(0, limit);
      }
      if (json) {
        out.println(new RecordJson().mapper().writerWithDefaultPrettyPrinter().writeValueAsString(list));
      } else {
        out.println(list.size() + " instruments");
        for (Instruments.Summary s : list) {
          out.printf("%-40s %-5s %3d records  %-24s %s%n", s.id(), s.year() == null ? "-" : s.year().toString(),
              s.records(), Candidates.range(s.firstDate(), s.lastDate()), s.title());
        }
      }
    }
    out.flush();
    return 0;
  }
}
