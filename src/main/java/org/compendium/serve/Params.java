package org.compendium.serve;

import io.javalin.http.Context;
import java.util.List;

/** Query and form parameters read the same way by the API and the pages: a malformed one is a 400 naming it. */
public final class Params {
  private Params() {}

  public static String text(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  public static int integer(Context ctx, String name, int fallback) {
    String v = text(ctx, name);
    if (v == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + " must be a whole number: " + v);
    }
  }

  /** An ISO date (yyyy, yyyy-mm or yyyy-mm-dd) or null. */
  public static String date(Context ctx, String name) {
    String v = text(ctx, name);
    if (v != null && !v.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
      throw ApiException.badRequest(name + " must be an ISO date (yyyy, yyyy-mm or yyyy-mm-dd): " + v);
    }
    return v;
  }

  /** The search filters of a request, the same names for the API and the search page. */
  public static SearchQuery search(Context ctx, int defaultSize) {
    List<String> countries = ctx.queryParams("country").stream().filter(c -> !c.isBlank()).toList();
    return new SearchQuery(text(ctx, "q"), countries, text(ctx, "person"), text(ctx, "instrument"),
        text(ctx, "topic"), text(ctx, "kind"), text(ctx, "year"), date(ctx, "from"), date(ctx, "to"),
        integer(ctx, "page", 1), integer(ctx, "size", defaultSize));
  }
}
