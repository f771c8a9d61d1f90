package org.compendium.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs {@code compendium} commands in-process for tests, keeping everything they print (out and err, appended). */
final class CliRunner {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Runs one command line; returns its exit code. */
  int run(String... args) {
    CommandLine cl = Main.commandLine();  // with its error handling and progress switch, as `compendium` runs
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  /** Forgets what was printed so far. */
  void clear() {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
  }

  /** Everything printed on standard output so far. */
  String out() {
    return out.toString();
  }

  /** Everything printed on standard error so far. */
  String err() {
    return err.toString();
  }
}
