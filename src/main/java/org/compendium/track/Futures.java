package org.compendium.track;

import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** The result of work a catch-up runs ahead on another thread, with that work's own failure rethrown as it was. */
final class Futures {
  private Futures() {}

  /** Waits for {@code f}; {@code doing} names the work in the error if the wait is interrupted. */
  static <T> T result(Future<T> f, String doing) throws SQLException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + doing, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof SQLException sql) {
        throw sql;
      }
      throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
    }
  }
}
