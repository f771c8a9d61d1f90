package org.compendium.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code compendium} command line. */
@Command(
    name = "compendium",
    mixinStandardHelpOptions = true,
    version = "compendium 0.1.0",
    description = "Structured, linked records of diplomatic texts.",
    subcommands = {ExtractCommand.class, EvalCommand.class, IngestCommand.class, SearchCommand.class,
        ShowCommand.class, ReindexCommand.class, ExportCommand.class, GenerateCommand.class,
        CommitmentsCommand.class, PeopleCommand.class, PersonCommand.class, InstrumentsCommand.class,
        InstrumentCommand.class, RelinkCommand.class})
public final class Main {
  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String... args) {
    return new CommandLine(new Main()).execute(args);
  }
}
