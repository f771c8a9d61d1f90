package org.compendium.cli;

import picocli.CommandLine;

/** The defaults of {@code compendium serve} as picocli parses an empty command line (for tests in other packages). */
public final class ServeCommandDefaults {
  private ServeCommandDefaults() {}

  private static ServeCommand parsed() {
    ServeCommand c = new ServeCommand();
    new CommandLine(c).parseArgs();
    return c;
  }

  public static String bind() {
    return parsed().bind;
  }

  public static long maxBody() {
    return parsed().maxBody;
  }
}
