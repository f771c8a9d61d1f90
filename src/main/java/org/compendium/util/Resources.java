package org.compendium.util;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the data files under {@code src/main/resources/org/compendium/}. Lines starting with {@code #} and
 * blank lines are skipped; TSV rows are split on tabs.
 */
public final class Resources {
  private static final String ROOT = "/org/compendium/";

  private Resources() {}

  /** Opens a data file by its name relative to the resource root; fails if it is not bundled. */
  public static InputStream open(String name) {
    InputStream in = Resources.class.getResourceAsStream(ROOT + name);
    if (in == null) {
      throw new IllegalStateException("data file missing from the build: " + ROOT + name);
    }
    return in;
  }

  /** The content lines of a text data file, trimmed, without comments and blank lines. */
  public static List<String> lines(String name) {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(open(name), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read data file " + name, e);
    }
    return out;
  }

  /** The rows of a TSV data file; each row has at least {@code minColumns} columns (missing ones are ""). */
  public static List<String[]> tsv(String name, int minColumns) {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(open(name), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length < minColumns) {
          String[] padded = new String[minColumns];
          for (int i = 0; i < minColumns; i++) {
            padded[i] = i < cells.length ? cells[i].strip() : "";
          }
          cells = padded;
        } else {
          for (int i = 0; i < cells.length; i++) {
            cells[i] = cells[i].strip();
          }
        }
        rows.add(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read data file " + name, e);
    }
    return rows;
  }
}
