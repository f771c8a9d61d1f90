package org.compendium.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.compendium.archive.Ingest;
import org.compendium.archive.InputFiles;
import org.compendium.extract.Extractor;
import org.compendium.ingest.ReaderRegistry;
import org.compendium.store.ApiTokens;
import org.compendium.store.Archive;

/**
 * One real server for the serve tests of this JVM: a fresh store holding the bundled samples, served on a random
 * loopback port with a 1 MB body limit, and an API token. Started on first use, stopped when the JVM exits.
 */
public final class ServerFixture {
  public static final long MAX_BODY = 1024 * 1024;
  private static ServerFixture instance;

  public final Path store;
  public final Server server;
  public final String token;
  public final long sampleRecords;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final ObjectMapper mapper = new ObjectMapper();

  private ServerFixture() throws IOException, InterruptedException {
    store = Files.createTempDirectory("compendium-serve-test");
    try (Archive archive = Archive.open(store)) {
      InputFiles.Expansion in = InputFiles.standard().expand(List.of("samples"));
      new Ingest(archive, new Extractor(), ReaderRegistry.standard(), 2, 200)
          .run(in.files(), in.skipped(), List.of(), null);
      sampleRecords = archive.records().countCurrent();
    }
    try (ApiTokens tokens = ApiTokens.open(store)) {
      token = tokens.create("tests");
    }
    server = Server.start(new ServeConfig(ServeConfig.LOOPBACK, 0, MAX_BODY, store));
    Runtime.getRuntime().addShutdownHook(new Thread(server::close));
  }

  public static synchronized ServerFixture get() {
    if (instance == null) {
      try {
        instance = new ServerFixture();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return instance;
  }

  public String base() {
    return "http://127.0.0.1:" + server.port();
  }

  public HttpResponse<String> send(HttpRequest.Builder req) {
    try {
      return http.send(req.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base() + path)).GET());
  }

  public HttpResponse<String> post(String path, String contentType, byte[] body, String bearer) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    if (bearer != null) {
      b.header("Authorization", "Bearer " + bearer);
    }
    return send(b);
  }

  public JsonNode json(HttpResponse<String> r) {
    try {
      return mapper.readTree(r.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON (" + r.statusCode() + "): " + r.body(), e);
    }
  }

  public JsonNode json(String s) {
    try {
      return mapper.readTree(s);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + s, e);
    }
  }
}
