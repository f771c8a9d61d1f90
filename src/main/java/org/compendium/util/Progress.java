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

  /** Progress on standard error, redrawn when it is a terminal, else a line every five seconds. */
  public static Progress onStderr(String what, long total) {
    boolean tty = System.console() != null;
    return new Progress(what, total, System.err, tty, tty ? 200 : 5000);
  }

  /** Counts one finished item and prints if it is time to. */
  public void step() {
    long n = done.incrementAndGet();
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
