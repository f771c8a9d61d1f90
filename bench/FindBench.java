import java.nio.file.Path;
import java.util.List;
import org.compendium.store.Archive;
import org.compendium.store.link.Instruments;
import org.compendium.store.link.People;

/**
 * Times People.find / Instruments.find on a store (per-thread CPU and wall, mean of 5 rounds of a few names).
 * Usage: java -cp target/compendium.jar bench/FindBench.java STORE
 */
public class FindBench {
  public static void main(String[] a) throws Exception {
    var mx = java.lang.management.ManagementFactory.getThreadMXBean();
    try (Archive archive = Archive.open(Path.of(a[0]))) {
      People people = new People(archive.records());
      Instruments instruments = new Instruments(archive.records());
      List<String> pq = List.of("Putin", "Akihiro Ota", "Ota", "Koizumi", "V. Putin", "nobody here");
      List<String> iq = List.of("Tokyo Declaration", "Joint Declaration on the New Strategic Relationship", "Treaty of Nanking", "nothing such");
      for (int round = 0; round < 2; round++) {
        long cpu = 0, wall = 0; int n = 0; int hits = 0;
        for (int rep = 0; rep < 5; rep++) {
          for (String q : pq) {
            long c0 = mx.getCurrentThreadCpuTime(), w0 = System.nanoTime();
            hits += people.find(q).matches().size();
            cpu += mx.getCurrentThreadCpuTime() - c0; wall += System.nanoTime() - w0; n++;
          }
        }
        System.out.printf("people.find: %d lookups, mean CPU %.2f ms, mean wall %.2f ms (hits %d)%n", n, cpu / 1e6 / n, wall / 1e6 / n, hits);
        cpu = 0; wall = 0; n = 0; hits = 0;
        for (int rep = 0; rep < 5; rep++) {
          for (String q : iq) {
            long c0 = mx.getCurrentThreadCpuTime(), w0 = System.nanoTime();
            hits += instruments.find(q).matches().size();
            cpu += mx.getCurrentThreadCpuTime() - c0; wall += System.nanoTime() - w0; n++;
          }
        }
        System.out.printf("instruments.find: %d lookups, mean CPU %.2f ms, mean wall %.2f ms (hits %d)%n", n, cpu / 1e6 / n, wall / 1e6 / n, hits);
      }
    }
  }
}
