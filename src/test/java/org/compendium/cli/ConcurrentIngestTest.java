package org.compendium.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.compendium.ChildJvm;
import org.compendium.store.Archive;
import org.compendium.store.Database;
import org.compendium.store.index.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Two {@code compendium ingest} processes started at once against one store: whichever gets the store lock
 * ingests, the other either runs after it (exit 0, everything unchanged) or is refused with one line naming the
 * store and the holder's pid (exit 2). Either way the store ends whole: integrity check ok, every record once,
 * index and database in step.
 */
class ConcurrentIngestTest {
  private static final int FILES = 120;

  @TempDir Path tmp;

  @Test
  void twoIngestsAtOnceNeverCorruptTheStore() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    for (int i = 0; i < FILES; i++) {
      Files.writeString(in.resolve(String.format("c%03d.txt", i)), "Joint communique number " + (i + 1)
          + "\nOslo, " + (1 + i % 28) + " May " + (1990 + i % 30) + "\n\nThe foreign ministers of Norway and Chile met in"
          + " Oslo to discuss fisheries, meeting number " + (i + 1) + ". They agreed to meet again in Santiago.\n");
    }
    Path store = tmp.resolve("store");
    Process[] p = new Process[2];
    for (int k = 0; k < 2; k++) {
      p[k] = ChildJvm.compendium(tmp.resolve("out" + k), tmp.resolve("err" + k),
          "ingest", in.toString(), "--store", store.toString(), "--batch", "10", "--no-progress");
    }
    int refused = 0;
    for (int k = 0; k < 2; k++) {
      assertTrue(p[k].waitFor(3, TimeUnit.MINUTES), "ingest " + k + " hung");
      String err = Files.readString(tmp.resolve("err" + k));
      String out = Files.readString(tmp.resolve("out" + k));
      if (p[k].exitValue() == Main.STORE_ERROR) {
        refused++;
        List<String> lines = err.lines().toList();
        assertEquals(1, lines.size(), err);
        assertTrue(lines.get(0).startsWith("compendium ingest: store " + store + " is in use by another process (pid "
            + p[1 - k].pid() + ", compendium ingest, since "), lines.get(0));
        assertEquals("", out);
      } else {
        assertEquals(0, p[k].exitValue(), err);
        assertTrue(out.startsWith("ingested "), out);
      }
    }
    assertTrue(refused <= 1, "one of them ran");
    System.out.println("ConcurrentIngestTest: " + refused + " of 2 refused");
    try (Connection c = DriverManager.getConnection(Database.url(store));
        ResultSet rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
      assertTrue(rs.next());
      assertEquals("ok", rs.getString(1));
    }
    try (Archive a = Archive.open(store)) {
      assertEquals(FILES, a.records().countCurrent());
      assertEquals(FILES, a.records().rows("records"));
      assertEquals(FILES, a.search(SearchRequest.of("", 1)).total());
    }
  }

  @Test
  void aCommandRefusedByALockedStoreSaysSoInOneLine() throws Exception {
    Path store = tmp.resolve("store");
    Path f = tmp.resolve("talks.txt");
    Files.writeString(f, "Joint Statement\n\nThe leaders met in Vienna on 3 May 2004.\n");
    try (Archive held = Archive.open(store, "test holder")) {
      for (String[] args : List.of(new String[] {"ingest", f.toString()}, new String[] {"reindex"},
          new String[] {"search", "Vienna"})) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--store";
        all[args.length + 1] = store.toString();
        assertEquals(Main.STORE_ERROR, cl.execute(all), err.toString());
        assertEquals("compendium " + args[0] + ": store " + store + " is already open in this process (pid "
            + ProcessHandle.current().pid() + ")\n", err.toString().replace(System.lineSeparator(), "\n"));
        assertFalse(err.toString().contains("\tat "));
      }
      assertEquals(0, held.records().countCurrent(), "the refused ingest stored nothing");
    }
  }
}
