package org.compendium.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.compendium.store.Archive;
import org.compendium.store.index.SearchRequest;
import org.compendium.store.index.SearchResult;

/**
 * Search latency benchmark over a populated archive: a seeded mix of realistic requests (free text from
 * {@code bench/frames.tsv} queries, or none, with filters on countries, people, instruments, years, topics and
 * kinds drawn from the archive's own facet values), every request a page of ten hits with snippets and facet
 * counts, as {@code compendium search} asks. Warm-up requests first, then the timed ones, one at a time.
 */
public final class SearchBench {
  /**
   * Latency figures in milliseconds (wall clock, and CPU time of the searching thread, which a machine shared with
   * other work inflates less), and the mean number of matching records.
   */
  public record Figures(int queries, double p50, double p90, double p99, double max, double mean, double cpuP50,
      double cpuP99, double meanTotal) {
    public String line(String label) {
      return String.format(Locale.ROOT, "%s: %d queries, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms, "
          + "mean %.2f ms; cpu p50 %.2f ms, p99 %.2f ms; mean hits %.0f", label, queries, p50, p90, p99, max, mean,
          cpuP50, cpuP99, meanTotal);
    }
  }

  private final Archive archive;
  private final List<String> terms;
  private final Set<String> countries = new LinkedHashSet<>();
  private final Set<String> people = new LinkedHashSet<>();
  private final Set<String> instruments = new LinkedHashSet<>();
  private final Set<String> topics = new LinkedHashSet<>();
  private final Set<String> kinds = new LinkedHashSet<>();
  private final Set<String> years = new LinkedHashSet<>();

  public SearchBench(Archive archive, GeneratorData data) {
    this.archive = archive;
    this.terms = data.frames("query");
  }

  /** Collects filter values from the facets of an unfiltered search and of each free-text query. */
  public void discover() {
    List<String> qs = new ArrayList<>(terms);
    qs.add("");
    for (String q : qs) {
      Map<String, List<SearchResult.FacetCount>> f = archive.search(SearchRequest.of(q, 1)).facets();
      add(f, "country", countries);
      add(f, "person", people);
      add(f, "instrument", instruments);
      add(f, "topic", topics);
      add(f, "kind", kinds);
      add(f, "year", years);
    }
  }

  private static void add(Map<String, List<SearchResult.FacetCount>> facets, String dim, Set<String> into) {
    for (SearchResult.FacetCount c : facets.getOrDefault(dim, List.of())) {
      into.add(c.value());
    }
  }

  /** {@code n} requests of the mix, the same for the same seed and archive. */
  public List<SearchRequest> requests(long seed, int n) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<SearchRequest> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String q = rnd.nextInt(10) < 7 ? RecordGenerator.pick(rnd, terms) : "";
      List<String> cs = new ArrayList<>();
      if (rnd.nextInt(10) < 4 && !countries.isEmpty()) {
        cs.add(pick(rnd, countries));
        if (rnd.nextInt(4) == 0) {
          cs.add(pick(rnd, countries));
        }
      }
      String person = rnd.nextInt(10) < 2 && !people.isEmpty() ? pick(rnd, people) : null;
      String instrument = rnd.nextInt(100) < 15 && !instruments.isEmpty() ? pick(rnd, instruments) : null;
      String topic = rnd.nextInt(10) == 0 && !topics.isEmpty() ? pick(rnd, topics) : null;
      String kind = rnd.nextInt(10) == 0 && !kinds.isEmpty() ? pick(rnd, kinds) : null;
      String from = null;
      String to = null;
      if (rnd.nextInt(4) == 0 && !years.isEmpty()) {
        int y = Integer.parseInt(pick(rnd, years));
        from = Integer.toString(y);
        to = Integer.toString(y + rnd.nextInt(6));
      }
      out.add(new SearchRequest(q, cs, person, instrument, topic, kind, from, to, 10));
    }
    return out;
  }

  /**
   * Runs the requests one after the other and measures each, bypassing the index's result cache (the mix repeats
   * requests, and its subsets are run again).
   */
  public Figures run(List<SearchRequest> requests) {
    return run(requests, r -> archive.index().searchUncached(r).total());  // the search, not the result cache
  }

  /**
   * Runs the same requests as plain Lucene queries (same text and filters, top ten by score, no facets, no
   * snippets; {@link org.compendium.store.index.RecordIndex#searchPlain}): the floor {@link #run} compares with.
   */
  public Figures runPlain(List<SearchRequest> requests) {
    return run(requests, r -> archive.index().searchPlain(r));
  }

  private static Figures run(List<SearchRequest> requests, java.util.function.ToLongFunction<SearchRequest> search) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] ms = new double[requests.size()];
    double[] cpu = new double[requests.size()];
    long total = 0;
    for (int i = 0; i < ms.length; i++) {
      long c = cpu(threads);
      long t = System.nanoTime();
      long hits = search.applyAsLong(requests.get(i));
      ms[i] = (System.nanoTime() - t) / 1e6;
      cpu[i] = (cpu(threads) - c) / 1e6;
      total += hits;
    }
    double[] sorted = ms.clone();
    Arrays.sort(sorted);
    Arrays.sort(cpu);
    double sum = Arrays.stream(ms).sum();
    return new Figures(ms.length, pct(sorted, 50), pct(sorted, 90), pct(sorted, 99),
        sorted.length == 0 ? 0 : sorted[sorted.length - 1], ms.length == 0 ? 0 : sum / ms.length,
        pct(cpu, 50), pct(cpu, 99), ms.length == 0 ? 0 : (double) total / ms.length);
  }

  /**
   * CPU nanoseconds of every thread of the process: a search of a large index runs slices on other threads too (the
   * process's own figure counts in 10 ms ticks).
   */
  private static long cpu(ThreadMXBean threads) {
    long sum = 0;
    for (long id : threads.getAllThreadIds()) {
      sum += Math.max(0, threads.getThreadCpuTime(id));
    }
    return sum;
  }

  /** Nearest-rank percentile of sorted values. */
  static double pct(double[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static String pick(SplittableRandom rnd, Set<String> from) {
    return RecordGenerator.pick(rnd, List.copyOf(from));
  }
}
