package org.compendium.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.compendium.util.Hashes;

/**
 * The API tokens that authorize writes through the server (table {@code api_tokens}, migration V4). A token is
 * 32 random bytes (base64url, prefixed {@code cmp_}); only its SHA-256 is stored, so the database never holds a
 * usable secret and a token is shown once, when created. Tokens are high-entropy random strings, so a plain
 * SHA-256 (no salt, no slow hash) is enough: there is nothing to guess from a dictionary.
 */
public final class ApiTokens implements AutoCloseable {
  static final String PREFIX = "cmp_";

  private final Connection c;
  private final SecureRandom random = new SecureRandom();

  private ApiTokens(Connection c) {
    this.c = c;
  }

  public static ApiTokens open(Path dir) {
    try {
      Files.createDirectories(dir);
      return new ApiTokens(Database.open(dir));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create store directory " + dir + ": " + e.getMessage(), e);
    } catch (SQLException e) {
      throw new StoreException("cannot open store " + dir + ": " + e.getMessage(), e);
    }
  }

  /** A token's listing: never the token itself. */
  public record Info(long id, String name, String createdAt, boolean revoked) {}

  /** Creates a token named {@code name} and returns it; this is the only time the token can be seen. */
  public synchronized String create(String name) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    try (PreparedStatement p = c.prepareStatement(
        "INSERT INTO api_tokens(name, hash, created_at) VALUES (?, ?, ?)")) {
      p.setString(1, name == null || name.isBlank() ? "token" : name.strip());
      p.setString(2, hash(token));
      p.setString(3, Instant.now().toString());
      p.executeUpdate();
      c.commit();
      return token;
    } catch (SQLException e) {
      rollbackQuietly();
      throw new StoreException("cannot store token: " + e.getMessage(), e);
    }
  }

  /** The name of the live token {@code token}, or empty if it is unknown or revoked. */
  public synchronized Optional<String> verify(String token) {
    if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
      return Optional.empty();
    }
    try {
      Optional<String> name;
      try (PreparedStatement p = c.prepareStatement(
          "SELECT name FROM api_tokens WHERE hash = ? AND revoked_at IS NULL")) {
        p.setString(1, hash(token));
        try (ResultSet rs = p.executeQuery()) {
          name = rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
      }
      // end the read transaction only once the statement is closed: else its snapshot stays, and tokens created
      // since (by 'compendium token create' while the server runs) would stay invisible
      c.commit();
      return name;
    } catch (SQLException e) {
      rollbackQuietly();
      throw new StoreException("cannot check token: " + e.getMessage(), e);
    }
  }

  public synchronized List<Info> list() {
    try {
      List<Info> out = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement(
          "SELECT id, name, created_at, revoked_at IS NOT NULL FROM api_tokens ORDER BY id");
          ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(new Info(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)));
        }
      }
      c.commit();
      return out;
    } catch (SQLException e) {
      rollbackQuietly();
      throw new StoreException("cannot list tokens: " + e.getMessage(), e);
    }
  }

  /** Revokes token number {@code id}; false if there is no such live token. */
  public synchronized boolean revoke(long id) {
    try (PreparedStatement p = c.prepareStatement(
        "UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
      p.setString(1, Instant.now().toString());
      p.setLong(2, id);
      int n = p.executeUpdate();
      c.commit();
      return n == 1;
    } catch (SQLException e) {
      rollbackQuietly();
      throw new StoreException("cannot revoke token: " + e.getMessage(), e);
    }
  }

  static String hash(String token) {
    return Hashes.sha256(token.getBytes(StandardCharsets.UTF_8));
  }

  private void rollbackQuietly() {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // the original failure is the one worth reporting
    }
  }

  @Override
  public synchronized void close() {
    try {
      c.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close token store: " + e.getMessage(), e);
    }
  }
}
