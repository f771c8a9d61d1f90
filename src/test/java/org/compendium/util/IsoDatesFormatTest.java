package org.compendium.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link IsoDates#format} against the formatter it replaces. */
class IsoDatesFormatTest {
  @Test
  void printsWhatTheFormatterPrints() {
    for (int y : new int[] {-12345, -999, -10, -1, 0, 7, 42, 999, 1000, 1955, 2026, 9999, 10000, 123456}) {
      assertEquals(String.format(Locale.ROOT, "%04d", y), IsoDates.format(y, 0, 0), "year " + y);
      for (int m = 1; m <= 12; m++) {
        assertEquals(String.format(Locale.ROOT, "%04d-%02d", y, m), IsoDates.format(y, m, 0), y + "-" + m);
        for (int d = 1; d <= 31; d++) {
          assertEquals(String.format(Locale.ROOT, "%04d-%02d-%02d", y, m, d), IsoDates.format(y, m, d));
        }
      }
    }
  }
}
