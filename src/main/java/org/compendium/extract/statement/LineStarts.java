package org.compendium.extract.statement;

import java.util.Arrays;

/**
 * Where each line of a text starts, found once so that asking for the line of a position costs a binary search
 * rather than a scan back to the previous newline (which made very long lines quadratic).
 */
final class LineStarts {
  private final int[] starts;

  LineStarts(String text) {
    int n = 1;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      n++; // indexOf, not a charAt loop: the JIT's vectorized search
    }
    starts = new int[n];
    int k = 1;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      starts[k++] = i + 1;
    }
  }

  /** The start of the line holding {@code pos}: the offset after the last newline before it, or 0. */
  int of(int pos) {
    int i = Arrays.binarySearch(starts, pos);
    return i >= 0 ? starts[i] : starts[-i - 2];
  }
}
