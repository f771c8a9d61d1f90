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

  public static String person(String name) {
    return "/people/" + enc(name).replace("+", "%20");
  }

  public static String instrument(String key) {
    return "/instruments/" + enc(key).replace("+", "%20");
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
