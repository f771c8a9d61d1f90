package org.compendium.store.link;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small JDBC and name helpers shared by the link queries. */
final class Sql {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Sql() {}

  interface Row<T> extends org.compendium.store.Prepared.Row<T> {}

  static <T> List<T> list(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        p.setObject(i + 1, args[i]);
      }
      List<T> out = new ArrayList<>();
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(row.map(rs));
        }
      }
      return out;
    }
  }

  static Integer integer(ResultSet rs, int col) throws SQLException {
    int v = rs.getInt(col);
    return rs.wasNull() ? null : v;
  }

  static List<String> split(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split("\\|"));
  }

  /** A name's words for matching what a user typed: lower case, accents and punctuation dropped. */
  static List<String> words(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
    s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "");
    s = NON_WORD.matcher(s).replaceAll(" ").strip();
    return s.isEmpty() ? List.of() : List.of(s.split(" "));
  }

  /** The covered text of a UTF-16 span, or null when it does not fit. */
  static String cut(String text, Integer start, Integer end) {
    if (text == null || start == null || end == null || start < 0 || end > text.length() || start > end) {
      return null;
    }
    return text.substring(start, end).strip();
  }
}
