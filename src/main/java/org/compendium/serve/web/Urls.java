package org.compendium.serve.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Links between pages, with every value percent-encoded. */
public final class Urls {
  private Urls() {}

  public static String enc(String s) {
    return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
  }

  public static String record(String id) {
    return "/records/" + enc(id);
  }

  /** A span of a record's text, shown highlighted and scrolled to (without a span: the record). */
  public static String recordSpan(String id, Integer start, Integer end) {
    return start == null || end == null ? record(id) : record(id) + "?span=" + start + "-" + end + "#f-x0";
  }

  /** A person's page by canonical id. */
  public static String person(String id) {
    return "/people/" + enc(id).replace("+", "%20");
  }

  /** The person a name printed in a record stands for (looked up; several candidates give a choice). */
  public static String personNamed(String name) {
    return "/people?name=" + enc(name);
  }

  /** An instrument's page by registry entry id. */
  public static String instrument(String id) {
    return "/instruments/" + enc(id).replace("+", "%20");
  }

  /** The entry an instrument name printed in a record stands for. */
  public static String instrumentNamed(String name) {
    return "/instruments?name=" + enc(name);
  }

  /** {@code path?k=v&...} from name/values pairs (a list value repeats its name); null and blank values dropped. */
  public static String query(String path, Map<String, List<String>> params) {
    StringBuilder b = new StringBuilder(path);
    char sep = '?';
    for (var e : params.entrySet()) {
      for (String v : e.getValue()) {
        if (v != null && !v.isBlank()) {
          b.append(sep).append(enc(e.getKey())).append('=').append(enc(v));
          sep = '&';
        }
      }
    }
    return b.toString();
  }
}
