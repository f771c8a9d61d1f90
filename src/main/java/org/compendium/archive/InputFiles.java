package org.compendium.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.compendium.util.Resources;

/**
 * Expands command-line inputs into the files to ingest: a file as given, a directory recursively, a glob
 * ({@code samples/dev/*.txt}, {@code docs/**.xml}) by walking its fixed leading directory. In walks and globs,
 * hidden files and files whose extension is listed in {@code archive/skipped-extensions.txt} are skipped
 * (README.md, SOURCES.json...); a file named explicitly is always taken. Files come out sorted within each
 * input, each file once. Inputs that match nothing are reported as missing.
 */
public final class InputFiles {
  private static final String GLOB_CHARS = "*?[{";

  private final Set<String> skippedExtensions;

  public InputFiles(Set<String> skippedExtensions) {
    this.skippedExtensions = Set.copyOf(skippedExtensions);
  }

  public static InputFiles standard() {
    Set<String> ext = new LinkedHashSet<>();
    for (String line : Resources.lines("archive/skipped-extensions.txt")) {
      ext.add(line.toLowerCase(Locale.ROOT));
    }
    return new InputFiles(ext);
  }

  /** The expansion of some inputs: files to read, files passed over, inputs that named nothing. */
  public record Expansion(List<Path> files, List<Path> skipped, List<String> missing) {}

  public Expansion expand(List<String> inputs) {
    Set<Path> files = new LinkedHashSet<>();
    Set<Path> skipped = new LinkedHashSet<>();
    List<String> missing = new ArrayList<>();
    for (String input : inputs) {
      int before = files.size() + skipped.size();
      if (isGlob(input)) {
        glob(input, files, skipped);
      } else {
        Path p = Path.of(input);
        if (Files.isDirectory(p)) {
          walk(p, null, files, skipped);
        } else if (Files.exists(p)) {
          files.add(p.normalize());
        }
      }
      if (files.size() + skipped.size() == before) {
        missing.add(input);
      }
    }
    return new Expansion(List.copyOf(files), List.copyOf(skipped), missing);
  }

  /** Whether a walk passes over this file: hidden, or a listed non-record extension. */
  public boolean skips(Path file) {
    String name = file.getFileName().toString();
    if (name.startsWith(".")) {
      return true;
    }
    int dot = name.lastIndexOf('.');
    return dot > 0 && skippedExtensions.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /** A file under a hidden directory ({@code .git}, {@code .cache}) is never a record of the collection. */
  private static boolean insideHidden(Path relative) {
    for (int i = 0; i < relative.getNameCount() - 1; i++) {
      if (relative.getName(i).toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isGlob(String input) {
    for (int i = 0; i < input.length(); i++) {
      if (GLOB_CHARS.indexOf(input.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private void glob(String input, Set<Path> files, Set<Path> skipped) {
    // The walk starts at the last directory before the first glob character.
    int first = 0;
    while (GLOB_CHARS.indexOf(input.charAt(first)) < 0) {
      first++;
    }
    int slash = input.lastIndexOf('/', first);
    Path base = slash < 0 ? Path.of(".") : Path.of(slash == 0 ? "/" : input.substring(0, slash));
    if (!Files.isDirectory(base)) {
      return;
    }
    String pattern = slash < 0 ? input : input.substring(slash + 1);
    PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    walk(base, m, files, skipped);
  }

  private void walk(Path dir, PathMatcher matcher, Set<Path> files, Set<Path> skipped) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(Files::isRegularFile)
          .filter(p -> !insideHidden(dir.relativize(p)))
          .filter(p -> matcher == null || matcher.matches(dir.relativize(p)))
          .sorted()
          .forEach(p -> (skips(p) ? skipped : files).add(p.normalize()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }
}
