package org.compendium.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.compendium.json.RecordJson;
import org.compendium.query.TimelineEntry;
import org.compendium.query.TimelineQuery;
import org.compendium.query.TimelineService;
import org.compendium.store.Archive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code compendium timeline [--topic T] [--country C]... [--person NAME] [--instrument NAME] [--json]}: dated
 * entries in order ({@link TimelineService}).
 */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = "Dated entries in order: records, instruments signed, commitment reports and due dates.")
public final class TimelineCommand implements Callable<Integer> {
  @Option(names = "--topic", paramLabel = "T") String topic;
  @Option(names = "--country", paramLabel = "C", description = "Code, name or adjective; repeat for any of several.")
  List<String> countries = List.of();
  @Option(names = "--person", paramLabel = "NAME", description = "Part of a participant's or speaker's name.")
  String person;
  @Option(names = "--instrument", paramLabel = "NAME", description = "Part of a cited instrument's name.")
  String instrument;
  @Option(names = "--json", description = "A JSON array of entries.") boolean json;

  @Mixin StoreOption store;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<TimelineEntry> entries;
    try (Archive archive = store.open()) {
      entries = new TimelineService(archive.records())
          .entries(new TimelineQuery(topic, CountryArgs.codes(countries), person, instrument));
    }
    if (json) {
      out.println(new RecordJson().mapper().writeValueAsString(entries));
    } else {
      for (TimelineEntry e : entries) {
        String what = switch (e.type()) {
          case "record" -> e.title() == null ? "(untitled)" : e.title();
          case "signed" -> "signed: " + e.text();
          case "due" -> "due (" + e.status() + "): " + e.text();
          default -> e.status() + ": " + e.text();
        };
        out.println(String.format("%-10s  %-8s  %s  %s", e.date(), e.type(), e.recordId(), CommitmentText.clip(what)));
      }
    }
    out.flush();
    return 0;
  }
}
