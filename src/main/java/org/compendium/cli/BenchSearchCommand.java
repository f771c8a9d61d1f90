package org.compendium.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.compendium.bench.GeneratorData;
import org.compendium.bench.SearchBench;
import org.compendium.store.Archive;
import org.compendium.store.index.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code compendium bench-search} (hidden; used by {@code bench/archive.sh}): search latency over a store,
 * p50/p90/p99 of a seeded mix of free-text queries and filters, after a warm-up, against plain Lucene queries of the
 * same text and filters (top ten by score, no facets, no snippets).
 */
@Command(name = "bench-search", hidden = true, mixinStandardHelpOptions = true,
    description = "Measure search latency (p50, p99) over the store with a seeded mix of queries and filters.")
public final class BenchSearchCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(names = "--queries", paramLabel = "N", description = "Timed queries (default: 2000).")
  int queries = 2000;

  @Option(names = "--warmup", paramLabel = "N", description = "Untimed queries first (default: 1000).")
  int warmup = 1000;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of the query mix (default: 1).")
  long seed = 1;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Archive archive = store.open()) {
      SearchBench bench = new SearchBench(archive, GeneratorData.load());
      bench.discover();
      long records = archive.records().countCurrent();
      bench.run(bench.requests(seed + 1, warmup));
      List<SearchRequest> mix = bench.requests(seed, queries);
      bench.runPlain(bench.requests(seed + 1, warmup));
      SearchBench.Figures full = bench.run(mix);
      SearchBench.Figures floor = bench.runPlain(mix);
      out.println(full.line("search (" + records + " records, page of 10, facets, snippets)"));
      out.println(floor.line("plain Lucene, same queries (top 10 by score, no facets, no snippets)"));
      out.println(String.format(java.util.Locale.ROOT, "search / plain Lucene: p50 %.1fx, p99 %.1fx",
          full.p50() / floor.p50(), full.p99() / floor.p99()));
      List<SearchRequest> plain = mix.stream()
          .filter(r -> r.countries().isEmpty() && r.person() == null && r.instrument() == null && r.topic() == null
              && r.kind() == null && r.from() == null && !r.query().isEmpty()).toList();
      out.println(bench.run(plain).line("  of which free text only"));
      out.println(bench.run(mix.stream().filter(r -> !plain.contains(r)).toList()).line("  of which with filters"));
    }
    out.flush();
    return 0;
  }
}
