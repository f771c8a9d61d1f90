package org.compendium.serve;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.compendium.model.Span;
import org.compendium.track.CommitmentStatus;

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

  /** A day: yyyy-mm-dd, or yyyy-mm / yyyy meaning its first day; null if absent. */
  public static LocalDate day(Context ctx, String name) {
    String v = date(ctx, name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v.length() == 4 ? v + "-01-01" : v.length() == 7 ? v + "-01" : v);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(name + " is not a real day: " + v);
    }
  }

  /** A commitment status, or null for any. */
  public static CommitmentStatus status(Context ctx) {
    String v = text(ctx, "status");
    return v == null ? null : CommitmentStatus.parse(v);
  }

  /** A span {@code start-end} of a record's text, or null. */
  public static Span span(Context ctx) {
    String v = text(ctx, "span");
    if (v == null) {
      return null;
    }
    if (!v.matches("\\d{1,9}-\\d{1,9}")) {
      throw ApiException.badRequest("span must be start-end offsets: " + v);
    }
    String[] p = v.split("-");
    int a = Integer.parseInt(p[0]);
    int b = Integer.parseInt(p[1]);
    if (b <= a) {
      throw ApiException.badRequest("span must end after it starts: " + v);
    }
    return new Span(a, b);
  }

  /** The search filters of a request, the same names for the API and the search page. */
  public static SearchQuery search(Context ctx, int defaultSize) {
    List<String> countries = ctx.queryParams("country").stream().filter(c -> !c.isBlank()).toList();
    return new SearchQuery(text(ctx, "q"), countries, text(ctx, "person"), text(ctx, "instrument"),
        text(ctx, "topic"), text(ctx, "kind"), text(ctx, "year"), date(ctx, "from"), date(ctx, "to"),
        integer(ctx, "page", 1), integer(ctx, "size", defaultSize));
  }
}
