package org.compendium.serve;

import java.nio.file.Path;

/**
 * How the server runs: the address it binds (loopback unless told otherwise), the port (0 picks a free one), the
 * largest request body it accepts (uploads included) and the store directory.
 */
public record ServeConfig(String bind, int port, long maxBodyBytes, Path store) {
  public static final String LOOPBACK = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  public static final long DEFAULT_MAX_BODY = 20L * 1024 * 1024;

  public ServeConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    if (maxBodyBytes <= 0) {
      throw new IllegalArgumentException("body size limit must be positive: " + maxBodyBytes);
    }
    bind = bind == null || bind.isBlank() ? LOOPBACK : bind.strip();
  }
}
