package org.compendium.store;

/** The archive could not be opened, read or written; the message is one line for the user. */
public class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
