package org.compendium.serve;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.compendium.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure becomes a response here, and only here: JSON {@code {"status": N, "message": "..."}} under
 * {@code /api}, an HTML page elsewhere. Bad input is a 400, an unknown id a 404, a body over the limit a 413, an
 * unsupported format a 415, a missing or wrong token a 401. Anything unexpected is a 500 whose body says only
 * "internal error": the stack trace goes to the server's log, never to the client.
 */
public final class Errors {
  private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

  /** Renders an HTML error page (status, message) for the pages of the web application. */
  public interface PageRenderer {
    String render(int status, String message);
  }

  private final PageRenderer pages;

  public Errors(PageRenderer pages) {
    this.pages = pages;
  }

  public void register(RoutesConfig routes) {
    routes.exception(ApiException.class, (e, ctx) -> respond(ctx, e.status(), e.getMessage()));
    routes.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(), e.getMessage()));
    routes.exception(IllegalArgumentException.class, (e, ctx) -> respond(ctx, 400, e.getMessage()));
    routes.exception(StoreException.class, (e, ctx) -> {
      LOG.error("store failure on {} {}", ctx.method(), ctx.path(), e);
      respond(ctx, 500, "internal error: the archive could not answer");
    });
    routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
      respond(ctx, 500, "internal error");
    });
    // statuses Javalin sets itself (no route, wrong method): only when no handler wrote a body
    for (int status : new int[] {404, 405}) {
      routes.error(status, "*", ctx -> {
        if (ctx.result() == null || ctx.result().isEmpty()) {
          respond(ctx, status, status == 404 ? "not found: " + ctx.path() : "method not allowed: " + ctx.method());
        }
      });
    }
  }

  public static boolean isApi(Context ctx) {
    return ctx.path().startsWith("/api/");
  }

  void respond(Context ctx, int status, String message) {
    String m = message == null || message.isBlank() ? "error " + status : oneLine(message);
    ctx.status(status);
    if (status == 401) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"compendium\"");
    }
    if (isApi(ctx)) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("status", status);
      body.put("message", m);
      ctx.json(body);
    } else {
      ctx.html(pages.render(status, m));
    }
  }

  private static String oneLine(String m) {
    String s = m.replaceAll("\\s+", " ").strip();
    return s.length() > 500 ? s.substring(0, 500) + "…" : s;
  }
}
