package org.compendium.perf;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Two builds of compendium side by side in one JVM, for A/B figures that a shared, noisy machine does not blur:
 * each jar gets its own class loader, and passes over the corpus alternate between them (A, B, A, B ...), each
 * pass timed by the thread's own CPU. Both therefore run under the same load, JIT and GC conditions, pass by
 * pass. Prints per pass, then per jar the median and total MB per thread CPU-second, and B's speed over A's.
 * <pre>
 *   ABBench JAR_A JAR_B DIR WARM_PASSES PASSES [ANNOTATOR]
 * </pre>
 * Without ANNOTATOR a pass is the whole extraction of every record; with it (a name such as
 * InstrumentAnnotator), only that annotator, on documents prepared once with the layers it requires.
 */
public final class ABBench {
  private ABBench() {}

  /** One build: its extractor, and the work of one pass. */
  private static final class Side {
    final String name;
    final List<Object> docs = new ArrayList<>();
    final Method extract;
    final Object extractor;
    Object target;
    Method annotate;
    Method requires;
    Method put;
    Method get;
    java.lang.reflect.Constructor<?> newDocument;
    Method source;
    final List<Object> prepared = new ArrayList<>();
    final List<Double> mbPerCpuS = new ArrayList<>();
    long cpuNanos;
    long bytes;

    Side(Path jar, Path dir, String annotator) throws Exception {
      name = jar.getFileName().toString();
      ClassLoader cl = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> registry = cl.loadClass("org.compendium.ingest.ReaderRegistry");
      Object readers = registry.getMethod("standard").invoke(null);
      Method read = registry.getMethod("read", Path.class, Consumer.class);
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
          String n = p.getFileName().toString();
          if (n.endsWith(".txt") || n.endsWith(".xml") || n.endsWith(".html")) {
            bytes += Files.size(p);
            read.invoke(readers, p, (Consumer<Object>) docs::add);
          }
        }
      }
      Class<?> ex = cl.loadClass("org.compendium.extract.Extractor");
      Class<?> srcDoc = cl.loadClass("org.compendium.ingest.SourceDocument");
      extractor = ex.getConstructor().newInstance();
      extract = ex.getMethod("extract", srcDoc);
      if (annotator != null) {
        Object pipeline = ex.getMethod("pipeline").invoke(extractor);
        Class<?> annotatorClass = cl.loadClass("org.compendium.extract.Annotator");
        for (Object a : (List<?>) pipeline.getClass().getMethod("annotators").invoke(pipeline)) {
          if (annotatorClass.getMethod("name").invoke(a).equals(annotator)) {
            target = a;
          }
        }
        if (target == null) {
          throw new IllegalArgumentException("no annotator " + annotator + " in " + jar);
        }
        Class<?> document = cl.loadClass("org.compendium.extract.Document");
        Class<?> layer = cl.loadClass("org.compendium.extract.Layer");
        newDocument = document.getConstructor(srcDoc);
        annotate = annotatorClass.getMethod("annotate", document);
        requires = annotatorClass.getMethod("requires");
        put = document.getMethod("put", layer, Object.class);
        get = document.getMethod("get", layer);
        source = document.getMethod("source");
        Method run = pipeline.getClass().getMethod("annotate", document);
        for (Object d : docs) {
          prepared.add(run.invoke(pipeline, newDocument.newInstance(d)));
        }
      }
    }

    /** One pass; returns its thread CPU nanoseconds. */
    long pass(ThreadMXBean tmx) throws Exception {
      long t0 = tmx.getCurrentThreadCpuTime();
      int sink = 0;
      if (target == null) {
        for (Object d : docs) {
          sink += extract.invoke(extractor, d).hashCode() & 1;
        }
      } else {
        for (Object full : prepared) {
          Object d = newDocument.newInstance(source.invoke(full));
          for (Object l : (Iterable<?>) requires.invoke(target)) {
            put.invoke(d, l, get.invoke(full, l));
          }
          annotate.invoke(target, d);
          sink += d.hashCode() & 1;
        }
      }
      long t = tmx.getCurrentThreadCpuTime() - t0;
      if (sink < 0) {
        System.out.println(sink);
      }
      return t;
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 5) {
      System.err.println("usage: ABBench JAR_A JAR_B DIR WARM_PASSES PASSES [ANNOTATOR]");
      System.exit(2);
    }
    String annotator = args.length > 5 ? args[5] : null;
    Path dir = Path.of(args[2]);
    Side a = new Side(Path.of(args[0]), dir, annotator);
    Side b = new Side(Path.of(args[1]), dir, annotator);
    ThreadMXBean tmx = ManagementFactory.getThreadMXBean();
    int warm = Integer.parseInt(args[3]);
    int passes = Integer.parseInt(args[4]);
    double load0 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    for (int i = 0; i < warm + passes; i++) {
      for (Side s : i % 2 == 0 ? List.of(a, b) : List.of(b, a)) {
        long ns = s.pass(tmx);
        if (i >= warm) {
          s.cpuNanos += ns;
          s.mbPerCpuS.add(s.bytes / 1e6 / (ns / 1e9));
        }
      }
    }
    double load1 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    System.out.printf("load %.1f -> %.1f; %s%n", load0, load1, annotator == null ? "whole extraction" : annotator);
    for (Side s : List.of(a, b)) {
      System.out.printf("%-28s median %.3f  total %.3f MB per thread CPU-s  (passes: %s)%n", s.name,
          median(s.mbPerCpuS), s.bytes * passes / 1e6 / (s.cpuNanos / 1e9), fmt(s.mbPerCpuS));
    }
    System.out.printf("B/A speed: median %.3f, total %.3f%n", median(b.mbPerCpuS) / median(a.mbPerCpuS),
        (double) a.cpuNanos / b.cpuNanos);
  }

  private static double median(List<Double> xs) {
    double[] v = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private static String fmt(List<Double> xs) {
    return Arrays.toString(xs.stream().mapToDouble(x -> Math.round(x * 100) / 100.0).toArray());
  }
}
