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
  void aBodyOverTheLimitIs413() {
    byte[] big = new byte[(int) ServerFixture.MAX_BODY + 1024];
    java.util.Arrays.fill(big, (byte) 'a');
    HttpResponse<String> r = f.post("/api/v1/extract?name=big.txt", "text/plain", big, null);
    assertEquals(413, r.statusCode(), r.body());
    assertEquals(413, f.json(r).get("status").asInt());
    HttpResponse<String> w = f.post("/api/v1/records?name=big.txt", "text/plain", big, f.token);
    assertEquals(413, w.statusCode());
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
