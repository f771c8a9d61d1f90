package org.compendium.cli;

import java.util.List;
import java.util.Locale;
import org.compendium.resolve.Countries;

/** Country options as users give them: an ISO alpha-3 code, a name or an adjective; unknown ones pass as given. */
final class CountryArgs {
  private CountryArgs() {}

  static List<String> codes(List<String> given) {
    if (given == null || given.isEmpty()) {
      return List.of();
    }
    Countries known = Countries.load();
    return given.stream()
        .map(c -> known.byCode(c.strip().toUpperCase(Locale.ROOT))
            .or(() -> known.byNameOrAdjective(c.strip()))
            .map(Countries.Country::code)
            .orElse(c.strip()))
        .toList();
  }
}
