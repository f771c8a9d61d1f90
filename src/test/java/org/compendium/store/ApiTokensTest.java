package org.compendium.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiTokensTest {
  @TempDir Path dir;

  @Test
  void aTokenVerifiesUntilRevokedAndOnlyItsHashIsStored() throws Exception {
    String token;
    try (ApiTokens t = ApiTokens.open(dir)) {
      token = t.create("ci");
      String other = t.create(null);
      assertNotEquals(token, other);
      assertEquals("ci", t.verify(token).orElseThrow());
      assertTrue(t.verify(token + "x").isEmpty());
      assertTrue(t.verify("").isEmpty());
      assertTrue(t.verify(null).isEmpty());
    }
    try (Connection c = DriverManager.getConnection(Database.url(dir));
        ResultSet rs = c.createStatement().executeQuery("SELECT name, hash FROM api_tokens ORDER BY id")) {
      assertTrue(rs.next());
      assertEquals("ci", rs.getString(1));
      assertEquals(ApiTokens.hash(token), rs.getString(2));
      assertEquals(64, rs.getString(2).length());
    }
    String db = new String(Files.readAllBytes(dir.resolve(Database.FILE)), java.nio.charset.StandardCharsets.ISO_8859_1);
    assertFalse(db.contains(token), "the token itself is never written");
    try (ApiTokens t = ApiTokens.open(dir)) {
      long id = t.list().get(0).id();
      assertTrue(t.revoke(id));
      assertFalse(t.revoke(id));
      assertTrue(t.verify(token).isEmpty());
      assertTrue(t.list().get(0).revoked());
    }
  }
}
