package org.compendium.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.compendium.archive.Ingest;
import org.compendium.extract.Extractor;
import org.compendium.ingest.ReaderRegistry;
import org.compendium.store.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server over a bulk-loaded archive whose links wait ({@code ingest --defer-links}) says so, in the API's stats
 * and on the home page, and stops saying so once the links are brought up to date.
 */
class DeferredLinksServeTest {
  @TempDir Path store;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void statsAndHomePageSayWhileLinksWait() throws Exception {
    try (Archive a = Archive.open(store, "test", Archive.Links.DEFER)) {
      new Ingest(a, new Extractor(), ReaderRegistry.standard(), 1, 10)
          .run(List.of(Path.of("samples/dev/000.txt"), Path.of("samples/dev/001.txt")), List.of(), List.of(), null);
    }
    Answers deferred = serve();
    assertTrue(deferred.stats().get("links_deferred").asBoolean(), deferred.stats().toString());
    assertEquals(2, deferred.stats().get("records").asLong());
    assertTrue(deferred.home().contains("class=\"notice\"") && deferred.home().contains("compendium link"),
        "the home page says links wait");

    try (Archive a = Archive.open(store, "test", Archive.Links.CATCH_UP)) {
      assertFalse(a.linksDeferred());
    }
    Answers linked = serve();
    assertFalse(linked.stats().get("links_deferred").asBoolean(), linked.stats().toString());
    assertFalse(linked.home().contains("class=\"notice\""), "no notice once linked");
  }

  private record Answers(JsonNode stats, String home) {}

  private Answers serve() throws Exception {
    try (Server server = Server.start(new ServeConfig(ServeConfig.LOOPBACK, 0, ServerFixture.MAX_BODY, store))) {
      String base = "http://127.0.0.1:" + server.port();
      HttpResponse<String> stats = get(base + "/api/v1/stats");
      HttpResponse<String> home = get(base + "/");
      assertEquals(200, stats.statusCode(), stats.body());
      assertEquals(200, home.statusCode());
      return new Answers(new ObjectMapper().readTree(stats.body()), home.body());
    }
  }

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
