package org.compendium.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the archive lives: the {@code --store} directory when given, else {@code $COMPENDIUM_HOME}, else
 * {@code ./compendium-data}. Only resolves the path; {@link Archive#open} creates it.
 */
public final class StoreLocation {
  public static final String ENV = "COMPENDIUM_HOME";
  public static final String DEFAULT_DIR = "compendium-data";

  private StoreLocation() {}

  public static Path resolve(Path option) {
    return resolve(option, System.getenv());
  }

  static Path resolve(Path option, Map<String, String> env) {
    if (option != null) {
      return option;
    }
    String home = env.get(ENV);
    return home != null && !home.isBlank() ? Path.of(home.strip()) : Path.of(DEFAULT_DIR);
  }
}
