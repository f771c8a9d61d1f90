package org.compendium.serve.web;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.compendium.serve.ApiException;
import org.compendium.util.Resources;

/**
 * The bundled stylesheet and script, read from the jar once and served under {@code /static/NAME}: a fixed list,
 * so no request can name any other resource.
 */
public final class Assets {
  private static final Map<String, String> TYPES = Map.of(
      "app.css", "text/css; charset=utf-8",
      "app.js", "text/javascript; charset=utf-8");

  private final Map<String, byte[]> files;

  private Assets(Map<String, byte[]> files) {
    this.files = files;
  }

  public static Assets load() {
    Map<String, byte[]> files = new java.util.HashMap<>();
    for (String name : TYPES.keySet()) {
      try (InputStream in = Resources.open("serve/static/" + name)) {
        files.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read asset " + name, e);
      }
    }
    return new Assets(Map.copyOf(files));
  }

  public void register(RoutesConfig routes) {
    routes.get("/static/{name}", ctx -> {
      String name = ctx.pathParam("name");
      byte[] body = files.get(name);
      if (body == null) {
        throw ApiException.notFound("no asset " + name);
      }
      ctx.header("Cache-Control", "public, max-age=3600");
      ctx.contentType(TYPES.get(name)).result(body);
    });
  }
}
