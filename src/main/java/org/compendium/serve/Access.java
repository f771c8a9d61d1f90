package org.compendium.serve;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Optional;
import org.compendium.store.ApiTokens;

/**
 * Who may do what, and what every response carries. Security headers on every response: a Content-Security-
 * Policy that allows scripts, styles and images only from this server (no inline script, no event-handler
 * attribute, no framing), nosniff, no referrer beyond this origin. Writes (any POST, PUT, PATCH or DELETE under
 * {@code /api/v1} except the extraction preview, and keeping an upload from the page) need a live API token
 * ({@code Authorization: Bearer ...}, or the upload form's token field), else 401. Request bodies over the limit
 * are refused with 413 before they are read, when they declare their length (Javalin enforces the same limit
 * while reading those that do not).
 */
public final class Access {
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  private final ApiTokens tokens;
  private final long maxBodyBytes;

  public Access(ApiTokens tokens, long maxBodyBytes) {
    this.tokens = tokens;
    this.maxBodyBytes = maxBodyBytes;
  }

  /** Runs before every request. */
  public void before(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    long length = ctx.req().getContentLengthLong();
    if (length > maxBodyBytes) {
      throw new ApiException(413, "request body too large (" + length + " bytes, limit " + maxBodyBytes + ")");
    }
    if (isApiWrite(ctx)) {
      requireToken(ctx, null);
    }
  }

  static boolean isApiWrite(Context ctx) {
    HandlerType m = ctx.method();
    boolean write = m == HandlerType.POST || m == HandlerType.PUT || m == HandlerType.PATCH
        || m == HandlerType.DELETE;
    return write && ctx.path().startsWith("/api/") && !ctx.path().equals("/api/v1/extract");
  }

  /** The name of the token presented in the Authorization header or, for forms, {@code formToken}; else 401. */
  public String requireToken(Context ctx, String formToken) {
    String header = ctx.header("Authorization");
    String token = null;
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      token = header.substring(7).strip();
    } else if (formToken != null && !formToken.isBlank()) {
      token = formToken.strip();
    }
    if (token == null) {
      throw new ApiException(401, "this request writes to the archive: it needs an API token "
          + "(Authorization: Bearer ...; create one with 'compendium token create')");
    }
    Optional<String> name = tokens.verify(token);
    if (name.isEmpty()) {
      throw new ApiException(401, "unknown or revoked API token");
    }
    return name.get();
  }
}
