package org.compendium.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.compendium.json.RecordJson;
import org.compendium.resolve.Countries;
import org.compendium.store.Archive;
import org.compendium.store.index.SearchRequest;
import org.compendium.store.index.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code compendium search QUERY [filters]}: ranked records with snippets and facet counts. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Full-text search of the archive, with filters and facet counts.")
public final class SearchCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words, \"phrases\", AND/OR/NOT (default: all).")
  List<String> query = List.of();

  @Option(names = "--country", paramLabel = "C",
      description = "ISO alpha-3 code or country name; repeat to require several.")
  List<String> countries = List.of();

  @Option(names = "--person", paramLabel = "NAME") String person;
  @Option(names = "--instrument", paramLabel = "NAME") String instrument;
  @Option(names = "--topic", paramLabel = "T") String topic;
  @Option(names = "--kind", paramLabel = "K") String kind;
  @Option(names = "--from", paramLabel = "DATE", description = "yyyy, yyyy-mm or yyyy-mm-dd, inclusive.") String from;
  @Option(names = "--to", paramLabel = "DATE", description = "yyyy, yyyy-mm or yyyy-mm-dd, inclusive.") String to;
  @Option(names = "--limit", paramLabel = "N", description = "Hits shown (default: 10).") int limit = 10;
  @Option(names = "--json", description = "One JSON object: total, hits, facets.") boolean json;

  @Mixin StoreOption store;
  @Spec CommandSpec spec;

  /** Codes as given; a name or adjective ("Japan", "Japanese") becomes its code when the resolver knows it. */
  private List<String> countryCodes() {
    if (countries.isEmpty()) {
      return countries;
    }
    Countries known = Countries.load();
    return countries.stream()
        .map(c -> known.byCode(c.strip().toUpperCase(Locale.ROOT))
            .or(() -> known.byNameOrAdjective(c.strip()))
            .map(Countries.Country::code)
            .orElse(c))
        .toList();
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    SearchRequest req = new SearchRequest(String.join(" ", query), countryCodes(), person, instrument, topic, kind,
        from, to, limit);
    SearchResult r;
    long t0 = System.nanoTime();
    try (Archive archive = store.open()) {
      t0 = System.nanoTime();
      r = archive.search(req);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("search: " + e.getMessage());
      return 2;
    }
    double ms = (System.nanoTime() - t0) / 1e6;
    if (json) {
      out.println(new RecordJson().mapper().writeValueAsString(r));
      out.flush();
      return 0;
    }
    out.println(String.format(Locale.ROOT, "%d records match (%.1f ms)", r.total(), ms));
    int n = 1;
    for (SearchResult.Hit h : r.hits()) {
      out.println(String.format(Locale.ROOT, "%2d. %s  %s  %s  (%.2f)", n++, h.id(), h.date() == null ? "----" : h.date(),
          h.title() == null ? "" : h.title(), h.score()));
      if (!h.snippet().isEmpty()) {
        out.println("    " + h.snippet());
      }
    }
    String about = r.facetsEstimated() ? "~" : "";
    r.facets().forEach((dim, values) -> {
      if (!values.isEmpty()) {
        out.println(dim + ": " + values.stream().map(v -> v.value() + " (" + about + v.count() + ")")
            .collect(Collectors.joining(", ")));
      }
    });
    if (r.facetsEstimated()) {
      out.println(String.format(Locale.ROOT, "(~ facet counts estimated from a sample of about %,d matches)",
          SearchResult.FACET_SAMPLE));
    }
    out.flush();
    return 0;
  }
}
