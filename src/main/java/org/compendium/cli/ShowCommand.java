package org.compendium.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.compendium.json.RecordJson;
import org.compendium.model.Record;
import org.compendium.store.Archive;
import org.compendium.store.link.RecordLinks;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code compendium show ID}: one stored record with its facts and its versions. Exit 1 if unknown. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one record of the archive.")
public final class ShowCommand implements Callable<Integer> {
  @Parameters(paramLabel = "ID", description = "Record id (as search prints it).")
  String id;

  @Option(names = "--json", description = "The record as JSON (spec/record.schema.json).")
  boolean json;

  @Option(names = "--links", description = "With --json: {record, links}, the links being each participant's and "
      + "speaker's person and each instrument's registry entry.")
  boolean links;

  @Mixin StoreOption store;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (Archive archive = store.open()) {
      Optional<Record> found = archive.records().get(id);
      if (found.isEmpty()) {
        spec.commandLine().getErr().println("show: no record " + id);
        return 1;
      }
      Record r = found.get();
      RecordLinks.Links linked = new RecordLinks(archive.records()).of(id);
      if (json && links) {
        RecordJson rj = new RecordJson();
        ObjectNode both = rj.mapper().createObjectNode();
        both.set("record", rj.mapper().readTree(rj.write(r, false)));
        both.set("links", rj.mapper().valueToTree(linked));
        out.println(rj.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(both));
      } else if (json) {
        out.println(new RecordJson().write(r, true));
      } else {
        List<String> versions = archive.records().versions(id);
        RecordText.print(r, versions, archive.records().isCurrent(id), out);
        LinkText.print(linked, out);
      }
    }
    out.flush();
    return 0;
  }
}
