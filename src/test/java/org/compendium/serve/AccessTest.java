package org.compendium.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.compendium.cli.ServeCommandDefaults;
import org.junit.jupiter.api.Test;

/** Access control of the running server: tokens for writes, body limits, security headers on every response. */
class AccessTest {
  private final ServerFixture f = ServerFixture.get();

  private static byte[] record(String marker) {
    return ("Joint Statement on Fisheries\nReykjavik, 4 May 2011\nThe Governments of Iceland and Norway agreed "
        + "to review the quota arrangement " + marker + " by the end of 2012.\n").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aWriteWithoutAValidTokenIs401AndStoresNothing() {
    long before = f.json(f.get("/api/v1/stats")).get("records").asLong();
    HttpResponse<String> none = f.post("/api/v1/records?name=a.txt", "text/plain", record("zqxnotoken"), null);
    assertEquals(401, none.statusCode());
    assertEquals(401, f.json(none).get("status").asInt());
    assertTrue(none.headers().firstValue("WWW-Authenticate").isPresent());
    HttpResponse<String> wrong = f.post("/api/v1/records?name=a.txt", "text/plain", record("zqxnotoken"),
        "cmp_not-a-real-token");
    assertEquals(401, wrong.statusCode());
    HttpResponse<String> delete = f.send(HttpRequest.newBuilder(URI.create(f.base() + "/api/v1/records/x")).DELETE());
    assertEquals(401, delete.statusCode());
    assertEquals(before, f.json(f.get("/api/v1/stats")).get("records").asLong());
    assertEquals(0, f.json(f.get("/api/v1/search?q=zqxnotoken")).get("total").asLong());
  }

  @Test
  void aWriteWithATokenStoresTheRecordAndSearchFindsIt() {
    HttpResponse<String> r = f.post("/api/v1/records?name=fisheries.txt", "text/plain", record("zqxwithtoken"),
        f.token);
    assertEquals(201, r.statusCode(), r.body());
    JsonNode kept = f.json(r).get("records").get(0);
    assertEquals("new", kept.get("stored").asText());
    String id = kept.get("id").asText();
    JsonNode found = f.json(f.get("/api/v1/search?q=zqxwithtoken"));
    assertEquals(1, found.get("total").asLong());
    assertEquals(id, found.get("hits").get(0).get("id").asText());
    assertEquals(200, f.get("/api/v1/records/" + id).statusCode());
    // the same file again changes nothing
    HttpResponse<String> again = f.post("/api/v1/records?name=fisheries.txt", "text/plain", record("zqxwithtoken"),
        f.token);
    assertEquals("unchanged", f.json(again).get("records").get(0).get("stored").asText());
  }

  @Test
  void aSearchAnsweredBeforeAnUploadFindsTheUploadedRecordAfterIt() {
    String q = "/api/v1/search?q=zqxcached";
    String page = "/search?q=zqxcached";
    assertEquals(0, f.json(f.get(q)).get("total").asLong());
    assertEquals(0, f.json(f.get(q)).get("total").asLong());  // the second time from the server's result cache
    assertTrue(f.get(page).body().contains(">0 records<"), "the page too");
    long all = f.json(f.get("/api/v1/search?size=1")).get("total").asLong();
    HttpResponse<String> r = f.post("/api/v1/records?name=cached.txt", "text/plain", record("zqxcached"), f.token);
    assertEquals(201, r.statusCode(), r.body());
    String id = f.json(r).get("records").get(0).get("id").asText();
    JsonNode found = f.json(f.get(q));
    assertEquals(1, found.get("total").asLong());
    assertEquals(id, found.get("hits").get(0).get("id").asText());
    assertTrue(f.get(page).body().contains(id), "the page too");
    assertEquals(all + 1, f.json(f.get("/api/v1/search?size=1")).get("total").asLong());
  }

  @Test
  void aTokenCreatedWhileTheServerRunsIsAcceptedAndARevokedOneRefused() {
    assertEquals(401, f.post("/api/v1/records?name=a.txt", "text/plain", record("zqxlater"), "cmp_x").statusCode());
    String fresh;
    long id;
    try (org.compendium.store.ApiTokens t = org.compendium.store.ApiTokens.open(f.store)) {
      fresh = t.create("created-later");
      id = t.list().get(t.list().size() - 1).id();
    }
    HttpResponse<String> r = f.post("/api/v1/records?name=later.txt", "text/plain", record("zqxlater"), fresh);
    assertEquals(201, r.statusCode(), r.body());
    try (org.compendium.store.ApiTokens t = org.compendium.store.ApiTokens.open(f.store)) {
      assertTrue(t.revoke(id));
    }
    assertEquals(401, f.post("/api/v1/records?name=later.txt", "text/plain", record("zqxlater2"), fresh).statusCode());
  }

  @Test
  void aMultipartUploadWorksLikeARawOne() {
    String boundary = "----compendium-test";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../etc/x.txt\""
        + "\r\nContent-Type: text/plain\r\n\r\n" + new String(record("zqxmultipart"), StandardCharsets.UTF_8)
        + "\r\n--" + boundary + "--\r\n";
    HttpResponse<String> r = f.post("/api/v1/records", "multipart/form-data; boundary=" + boundary,
        body.getBytes(StandardCharsets.UTF_8), f.token);
    assertEquals(201, r.statusCode(), r.body());
    assertTrue(f.json(r).get("file").asText().endsWith("x.txt"), r.body());
    assertFalse(f.json(r).get("file").asText().contains("/"));
    assertEquals(1, f.json(f.get("/api/v1/search?q=zqxmultipart")).get("total").asLong());
  }

  @Test
  void theUploadFormNeedsATokenToKeepButNotToPreview() {
    String boundary = "----compendium-form";
    for (String action : List.of("keep", "preview")) {
      String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"action\"\r\n\r\n" + action + "\r\n"
          + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f.txt\"\r\n"
          + "Content-Type: text/plain\r\n\r\n" + new String(record("zqxform"), StandardCharsets.UTF_8) + "\r\n"
          + "--" + boundary + "--\r\n";
      HttpResponse<String> r = f.post("/upload", "multipart/form-data; boundary=" + boundary,
          body.getBytes(StandardCharsets.UTF_8), null);
      assertEquals(action.equals("keep") ? 401 : 200, r.statusCode(), action + ": " + r.body());
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    }
    assertEquals(0, f.json(f.get("/api/v1/search?q=zqxform")).get("total").asLong());
  }

  @Test
  void aBodyOverTheLimitIs413() throws Exception {
    for (String path : List.of("/api/v1/extract?name=big.txt", "/api/v1/records?name=big.txt", "/upload")) {
      String head = rawHead(path, ServerFixture.MAX_BODY + 1024);
      assertTrue(head.startsWith("HTTP/1.1 413"), path + ": " + head);
    }
    // a body that declares no length is cut off at the limit while it is read
    HttpResponse<String> chunked = f.send(HttpRequest.newBuilder(URI.create(f.base() + "/api/v1/extract?name=b.txt"))
        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofInputStream(
            () -> new java.io.ByteArrayInputStream(new byte[(int) ServerFixture.MAX_BODY + 1024]))));
    assertEquals(413, chunked.statusCode(), chunked.body());
  }

  /**
   * Sends only the head of a POST declaring {@code length} bytes and reads the answer: the server must refuse
   * from the declared length, before reading (or waiting for) the body.
   */
  private String rawHead(String path, long length) throws Exception {
    try (java.net.Socket s = new java.net.Socket("127.0.0.1", f.server.port())) {
      s.setSoTimeout(10_000);
      String req = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
          + "Authorization: Bearer " + f.token + "\r\nContent-Length: " + length + "\r\n\r\n";
      s.getOutputStream().write(req.getBytes(StandardCharsets.US_ASCII));
      s.getOutputStream().write(new byte[1024]);
      s.getOutputStream().flush();
      byte[] buf = new byte[4096];
      int n = s.getInputStream().read(buf);
      return n <= 0 ? "" : new String(buf, 0, n, StandardCharsets.ISO_8859_1);
    }
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    List<HttpResponse<String>> responses = List.of(f.get("/"), f.get("/search?q=treaty"), f.get("/api/v1/stats"),
        f.get("/api/v1/records/nope"), f.get("/no/such/page"), f.get("/static/app.js"), f.get("/api/openapi.json"),
        f.post("/api/v1/records", "text/plain", record("x"), null));
    for (HttpResponse<String> r : responses) {
      String where = r.request().method() + " " + r.uri() + " (" + r.statusCode() + ")";
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("script-src 'self'"), where + ": " + csp);
      assertTrue(csp.contains("frame-ancestors 'none'"), where + ": " + csp);
      assertFalse(csp.contains("unsafe-inline"), where + ": " + csp);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), where);
      assertTrue(r.headers().firstValue("Referrer-Policy").isPresent(), where);
    }
  }

  @Test
  void theServerBindsToLoopbackByDefault() {
    assertEquals("127.0.0.1", ServeCommandDefaults.bind());
    assertEquals(20L * 1024 * 1024, ServeCommandDefaults.maxBody());
    assertEquals("127.0.0.1", new ServeConfig(null, 0, 1, f.store).bind());
  }
}
