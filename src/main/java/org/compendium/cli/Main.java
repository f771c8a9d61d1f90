package org.compendium.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.compendium.store.StoreException;
import org.compendium.util.Progress;
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
        CommitmentsCommand.class, TimelineCommand.class, PeopleCommand.class, PersonCommand.class, InstrumentsCommand.class,
        InstrumentCommand.class, LinkCommand.class, RelinkCommand.class, ServeCommand.class, DemoCommand.class, TokenCommand.class,
        BenchSearchCommand.class})
public final class Main {
  /** Exit code of a command refused or stopped by its store (locked, unreadable, unwritable). */
  public static final int STORE_ERROR = 2;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /**
   * The command line with its error handling, for callers that set their own output streams. Enum values are
   * taken in any case ({@code --format CSV}), as the API takes them.
   */
  public static CommandLine commandLine() {
    return new CommandLine(new Main()).setExecutionExceptionHandler(Main::storeProblem)
        .setExecutionStrategy(Main::progressAsAsked).setCaseInsensitiveEnumValuesAllowed(true);
  }

  /**
   * Runs the command; with {@code --no-progress}, no progress at all goes to stderr, not even that of the work its
   * store does on its behalf (derivations catching up on open, the link pass at the end of a large load).
   */
  private static int progressAsAsked(CommandLine.ParseResult parsed) {
    CommandLine.ParseResult command = parsed;
    while (command.hasSubcommand()) {
      command = command.subcommand();
    }
    boolean off = Boolean.FALSE.equals(command.matchedOptionValue("--progress", null));
    try (Progress.Off quiet = Progress.offOnStderr(off)) {
      return new CommandLine.RunLast().execute(parsed);
    }
  }

  /**
   * A store or file that cannot be opened or written (in use by another process, unreadable, disk full) is the
   * user's to fix: one line naming the command and the problem, no stack trace. Anything else is a bug and keeps its
   * trace.
   */
  private static int storeProblem(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) throws Exception {
    if (e instanceof StoreException || e instanceof UncheckedIOException || e instanceof IOException) {
      String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      if (e instanceof java.nio.file.FileSystemException fs) {
        m = "cannot use " + fs.getFile() + " (" + (fs.getReason() == null ? e.getClass().getSimpleName() : fs.getReason())
            + ")";  // its bare message is only the path
      }
      cmd.getErr().println("compendium " + cmd.getCommandName() + ": " + m.replaceAll("\\s+", " ").strip());
      cmd.getErr().flush();
      return STORE_ERROR;
    }
    throw e;
  }
}
