package org.compendium.util;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress of a long job over a known number of items: done, rate, time left. On a terminal it redraws one
 * line; otherwise it prints a plain line at most every {@code intervalMillis}. Thread-safe.
 */
public final class Progress {
  private final String what;
  private final long total;
  private final PrintStream out;
  private final boolean terminal;
  private final long intervalNanos;
  private final long start = System.nanoTime();
  private final AtomicLong done = new AtomicLong();
  private final AtomicLong lastPrint = new AtomicLong(start);

  public Progress(String what, long total, PrintStream out, boolean terminal, long intervalMillis) {
    this.what = what;
    this.total = total;
    this.out = out;
    this.terminal = terminal;
    this.intervalNanos = intervalMillis * 1_000_000L;
  }

  /** Whether {@link #onStderr} is turned off ({@link #offOnStderr}). */
  private static volatile boolean stderrOff;

  /** What {@link #offOnStderr} returns: closing it puts back what was before. */
  public interface Off extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Progress on standard error, redrawn when it is a terminal, else a line every five seconds; silent while
   * turned off by {@link #offOnStderr}.
   */
  public static Progress onStderr(String what, long total) {
    boolean tty = System.console() != null;
    return new Progress(what, total, stderrOff ? null : System.err, tty, tty ? 200 : 5000);
  }

  /** A status line on standard error (a stage begun or done), silent while {@link #onStderr} is off. */
  public static void noteOnStderr(String line) {
    if (!stderrOff) {
      System.err.println(line);
    }
  }

  /**
   * Turns {@link #onStderr} off ({@code off} true) until the handle is closed: a command run without progress
   * says nothing of the long work its store does on its behalf either (catching up on open, a load's link pass).
   */
  public static Off offOnStderr(boolean off) {
    boolean before = stderrOff;
    stderrOff = off || before;
    return () -> stderrOff = before;
  }

  /** Counts one finished item and prints if it is time to. */
  public void step() {
    step(1);
  }

  /** Counts {@code items} finished items and prints if it is time to. */
  public void step(long items) {
    long n = done.addAndGet(items);
    long now = System.nanoTime();
    long last = lastPrint.get();
    if (now - last >= intervalNanos && lastPrint.compareAndSet(last, now)) {
      print(n, now, false);
    }
  }

  /** Prints the final line. */
  public void finish() {
    print(done.get(), System.nanoTime(), true);
  }

  public long done() {
    return done.get();
  }

  /** The line describing {@code n} items done after {@code elapsedSeconds}. */
  public String line(long n, double elapsedSeconds) {
    double rate = elapsedSeconds > 0 ? n / elapsedSeconds : 0;
    String left = rate > 0 && n < total ? ", " + duration((total - n) / rate) + " left" : "";
    return String.format(Locale.ROOT, "%s: %d/%d (%.0f%%), %.1f/s%s", what, n, total,
        total == 0 ? 100.0 : 100.0 * n / total, rate, left);
  }

  private synchronized void print(long n, long now, boolean last) {
    if (out == null) {
      return;
    }
    String line = line(n, (now - start) / 1e9);
    if (terminal) {
      out.print("\r" + line + (last ? "\n" : ""));
    } else {
      out.println(line);
    }
    out.flush();
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60)
        : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
  }
}
