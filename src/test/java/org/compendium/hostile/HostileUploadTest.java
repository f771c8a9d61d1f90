package org.compendium.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.compendium.hostile.HostileInputs.Case;
import org.compendium.serve.ServeConfig;
import org.compendium.serve.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6's hostile inputs uploaded to a real {@code compendium serve} (own store, default 20 MB body limit) as
 * multipart files with their own names (all but the 100,000-deep HTML, which goes through the same reader in
 * {@link HostileSuiteTest}): a good file is 201 with its records stored; a bad one is a 4xx JSON error
 * naming the file and the problem, and nothing of it is stored, neither record nor file. No response carries a
 * stack trace or the content of a local file; a client's file name never reaches outside the uploads directory.
 */
class HostileUploadTest {
  private static final String BOUNDARY = "----hostile6b0undary";
  @TempDir static Path tmp;
  private static List<Case> cases;
  private static Server server;
  private static String token;
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void start() throws IOException {
    cases = HostileInputs.write(tmp.resolve("in"), 16 * 1024);
    Path store = tmp.resolve("store");
    server = Server.start(new ServeConfig(ServeConfig.LOOPBACK, 0, ServeConfig.DEFAULT_MAX_BODY, store));
    token = server.archive().tokens().create("hostile tests");
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  private static HttpResponse<String> upload(String fileName, Path content) throws Exception {
    byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
    HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/records"))
        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
        .header("Authorization", "Bearer " + token)
        .timeout(Duration.ofMinutes(2))
        .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
            HttpRequest.BodyPublishers.ofFile(content), HttpRequest.BodyPublishers.ofByteArray(tail)))
        .build();
    return HTTP.send(req, HttpResponse.BodyHandlers.ofString());
  }

  private static long stored() {
    return server.archive().archive().records().countCurrent();
  }

  private static List<Path> uploaded() throws IOException {
    Path dir = tmp.resolve("store").resolve("uploads");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  @Test
  void eachHostileUploadIsStoredWholeOrRefusedWithA4xxJsonError() throws Exception {
    for (Case c : cases) {
      if (c.label().startsWith("HTML nested")) {
        continue;  // the same reader as extract and ingest, which HostileSuiteTest runs it through: seconds saved
      }
      String what = c.label() + " (" + c.file().getFileName() + ")";
      long before = stored();
      List<Path> filesBefore = uploaded();
      HttpResponse<String> r;
      try {
        r = upload(c.file().getFileName().toString(), c.file());
      } catch (IOException closed) {
        // over the body limit the server may answer 413 and close before the client has sent everything
        assertTrue(Files.size(c.file()) > ServeConfig.DEFAULT_MAX_BODY, what + ": " + closed);
        assertEquals(before, stored(), what + ": nothing stored");
        assertEquals(filesBefore, uploaded(), what + ": no file kept");
        continue;
      }
      assertFalse(r.body().contains(HostileInputs.SECRET), what + ": the local file's content leaked");
      assertFalse(r.body().contains("\tat ") || r.body().contains("Exception"), what + ": " + r.body());
      JsonNode body = json.readTree(r.body());
      if (c.reads()) {
        assertEquals(201, r.statusCode(), what + ": " + r.body());
        assertTrue(body.get("records").size() >= 1, what + ": " + r.body());
        assertTrue(stored() > before || body.get("records").get(0).get("stored").asText().equals("unchanged"), what);
        for (JsonNode k : body.get("records")) {
          String text = server.archive().archive().records().get(k.get("id").asText()).orElseThrow().text();
          assertFalse(text.contains(HostileInputs.SECRET), what);
        }
      } else {
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, what + ": " + r.statusCode() + " " + r.body());
        assertEquals(r.statusCode(), body.get("status").asInt(), what + ": " + r.body());
        String m = body.get("message").asText();
        assertFalse(m.contains("\n"), what + ": " + m);
        assertTrue(m.contains(c.expect()) || r.statusCode() == 413 && m.contains("too large"), what + ": " + m);
        assertEquals(before, stored(), what + ": nothing stored");
        assertEquals(filesBefore, uploaded(), what + ": no file kept");
      }
    }
  }

  @Test
  void aClientsFileNameNeverLeavesTheUploadsDirectory() throws Exception {
    Path good = cases.stream().filter(c -> c.label().equals("CRLF line ends")).findFirst().orElseThrow().file();
    for (String name : List.of("../../escaped-upload.txt", "..\\..\\escaped-upload.txt", "/tmp/escaped-upload.txt",
        "..", ".hidden.txt", "\u65e5\u672c/../../escaped-upload.txt")) {
      HttpResponse<String> r = upload(name, good);
      assertEquals(201, r.statusCode(), name + ": " + r.body());
      String kept = json.readTree(r.body()).get("file").asText();
      assertFalse(kept.contains("/") || kept.contains("\\") || kept.startsWith("."), name + " kept as " + kept);
      assertTrue(Files.isRegularFile(tmp.resolve("store").resolve("uploads").resolve(kept)), kept);
    }
    try (Stream<Path> s = Files.walk(tmp)) {
      for (Path p : s.toList()) {
        if (p.getFileName().toString().contains("escaped-upload")) {
          assertEquals(tmp.resolve("store").resolve("uploads"), p.getParent(), "escaped to " + p);
        }
      }
    }
    assertFalse(Files.exists(Path.of("/tmp/escaped-upload.txt")));
  }
}
