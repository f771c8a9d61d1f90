package org.compendium.serve;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.json.JavalinJackson;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.compendium.serve.api.ApiRoutes;
import org.compendium.serve.web.Assets;
import org.compendium.serve.web.Html;
import org.compendium.serve.web.WebRoutes;

/**
 * The HTTP server (Javalin on Jetty): the JSON API under {@code /api/v1}, the pages, and the bundled assets under
 * {@code /static}; nothing is fetched from elsewhere at run time. Wiring only: {@link Access} runs before every
 * request, {@link Errors} maps every failure, the route classes hold thin handlers over {@link ArchiveService}.
 */
public final class Server implements AutoCloseable {
  private final ArchiveService archive;
  private final Javalin app;

  private Server(ArchiveService archive, Javalin app) {
    this.archive = archive;
    this.app = app;
  }

  /** Opens the store and starts serving it; the port is {@link #port()} (a free one if the config says 0). */
  public static Server start(ServeConfig config) {
    ArchiveService archive = ArchiveService.open(config.store());
    try {
      Uploads uploads = new Uploads(archive.archive(), config.store(), config.maxBodyBytes());
      Access access = new Access(archive.tokens(), config.maxBodyBytes());
      Errors errors = new Errors(Html::error);
      ApiRoutes api = new ApiRoutes(archive, uploads, config.maxBodyBytes());
      WebRoutes web = new WebRoutes(archive, uploads, access, config.maxBodyBytes());
      Assets assets = Assets.load();
      Javalin app = Javalin.create(cfg -> {
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.http.maxRequestSize = config.maxBodyBytes();
        cfg.jetty.multipartConfig.maxFileSize(config.maxBodyBytes(), SizeUnit.BYTES);
        cfg.jetty.multipartConfig.maxTotalRequestSize(config.maxBodyBytes(), SizeUnit.BYTES);
        cfg.jsonMapper(new JavalinJackson(new ObjectMapper(), false));
        cfg.routes.before(access::before);
        errors.register(cfg.routes);
        assets.register(cfg.routes);
        api.register(cfg.routes);
        web.register(cfg.routes);
      });
      app.start(config.bind(), config.port());
      return new Server(archive, app);
    } catch (RuntimeException e) {
      archive.close();
      throw e;
    }
  }

  public int port() {
    return app.port();
  }

  public ArchiveService archive() {
    return archive;
  }

  @Override
  public void close() {
    try {
      app.stop();
    } finally {
      archive.close();
    }
  }
}
