package org.compendium.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;
import org.compendium.store.link.Lookup;

/** How the name-taking commands answer a name that matches nothing or several entries. */
final class Candidates {
  private Candidates() {}

  /**
   * Prints the problem with {@code lookup} on {@code err} (unknown name, or the candidates of an ambiguous one,
   * one per line as {@code line} renders them) and returns 1; returns 0 when the name is unique.
   */
  static <T> int check(String command, String what, Lookup<T> lookup, Function<T, String> line, PrintWriter err) {
    if (lookup.isUnique()) {
      return 0;
    }
    if (lookup.isEmpty()) {
      err.println(command + ": no " + what + " matches \"" + lookup.query() + "\" in the archive");
    } else {
      List<T> m = lookup.matches();
      err.println(command + ": \"" + lookup.query() + "\" is ambiguous, " + m.size() + " " + what
          + "s match; give one by id or a fuller name:");
      for (T t : m) {
        err.println("  " + line.apply(t));
      }
    }
    err.flush();
    return 1;
  }

  static String range(String first, String last) {
    if (first == null) {
      return "undated";
    }
    return first.equals(last) ? first : first + " .. " + last;
  }

  static String nz(String s) {
    return s == null ? "-" : s;
  }
}
