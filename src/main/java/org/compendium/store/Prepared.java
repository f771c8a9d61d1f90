package org.compendium.store;

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
 * The prepared statements of one connection, each prepared once and reused: the linker and the commitment tracker run
 * dozens of small statements per record, and preparing one costs as much as running it. Statements are closed with the
 * connection, or by {@link #close}. Limits: a statement's results must be read before the same statement runs again (every caller
 * reads its rows into a list first); not for threads sharing a connection without a lock.
 */
public final class Prepared implements AutoCloseable {
  /** Maps the current row of a result. */
  public interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private final Connection c;
  private final Map<String, PreparedStatement> statements = new HashMap<>();

  public Prepared(Connection c) {
    this.c = c;
  }

  public Connection connection() {
    return c;
  }

  /** The statement for {@code sql} with {@code args} bound ({@code null} binds SQL NULL). */
  public PreparedStatement bind(String sql, Object... args) throws SQLException {
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

  /**
   * The statement for {@code sql} with an empty batch: a record that failed between adding to a batch and running
   * it must not leave its rows to the next record's batch.
   */
  public PreparedStatement batch(String sql) throws SQLException {
    PreparedStatement p = bind(sql);
    p.clearBatch();
    return p;
  }

  public int update(String sql, Object... args) throws SQLException {
    return bind(sql, args).executeUpdate();
  }

  public boolean exists(String sql, Object... args) throws SQLException {
    try (ResultSet rs = bind(sql, args).executeQuery()) {
      return rs.next();
    }
  }

  public <T> List<T> list(String sql, Row<T> row, Object... args) throws SQLException {
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
