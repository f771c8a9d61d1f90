package org.compendium.store.link;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The prepared statements of one connection, each prepared once and reused: the linker runs a dozen small
 * statements per record, and preparing one costs as much as running it. Statements are closed with the
 * connection, or by {@link #close}. Limits: a statement's results must be read before the same statement runs again (every caller
 * reads its rows into a list first); not for threads sharing a connection without a lock.
 */
final class Prepared implements AutoCloseable {
  private final Connection c;
  private final Map<String, PreparedStatement> statements = new HashMap<>();

  Prepared(Connection c) {
    this.c = c;
  }

  Connection connection() {
    return c;
  }

  /** The statement for {@code sql} with {@code args} bound ({@code null} binds SQL NULL). */
  PreparedStatement bind(String sql, Object... args) throws SQLException {
    PreparedStatement p = statements.get(sql);
    if (p == null || p.isClosed()) {
      p = c.prepareStatement(sql);
      statements.put(sql, p);
    }
    for (int i = 0; i < args.length; i++) {
      if (args[i] == null) {
        p.setNull(i + 1, Types.NULL);
      } else {
        p.setObject(i + 1, args[i]);
      }
    }
    return p;
  }

  int update(String sql, Object... args) throws SQLException {
    return bind(sql, args).executeUpdate();
  }

  boolean exists(String sql, Object... args) throws SQLException {
    try (ResultSet rs = bind(sql, args).executeQuery()) {
      return rs.next();
    }
  }

  <T> List<T> list(String sql, Sql.Row<T> row, Object... args) throws SQLException {
    List<T> out = new ArrayList<>();
    try (ResultSet rs = bind(sql, args).executeQuery()) {
      while (rs.next()) {
        out.add(row.map(rs));
      }
    }
    return out;
  }

  /** Closes the statements (the connection stays open). */
  @Override
  public void close() throws SQLException {
    for (PreparedStatement s : statements.values()) {
      s.close();
    }
    statements.clear();
  }
}
