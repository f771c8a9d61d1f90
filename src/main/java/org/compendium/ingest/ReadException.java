package org.compendium.ingest;

/** An input that cannot be read as a record; the message is one line naming the problem (not the file). */
public class ReadException extends Exception {
  public ReadException(String message) {
    super(message);
  }

  public ReadException(String message, Throwable cause) {
    super(message, cause);
  }
}
