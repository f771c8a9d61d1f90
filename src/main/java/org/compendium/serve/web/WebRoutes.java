package org.compendium.serve.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.compendium.serve.Access;
import org.compendium.serve.ApiException;
import org.compendium.serve.ArchiveService;
import org.compendium.serve.Params;
import org.compendium.serve.Uploads;

/**
 * The pages. Handlers read parameters, ask the {@link ArchiveService} (and the linking and tracking services)
 * and hand the answer to a page class that builds the HTML; failures are mapped by {@code Errors}.
 */
public final class WebRoutes {
  private final ArchiveService archive;
  private final Uploads uploads;
  private final Access access;
  private final long maxBodyBytes;

  public WebRoutes(ArchiveService archive, Uploads uploads, Access access, long maxBodyBytes) {
    this.archive = archive;
    this.uploads = uploads;
    this.access = access;
    this.maxBodyBytes = maxBodyBytes;
  }

  public void register(RoutesConfig r) {
    r.get("/", this::home);
    r.get("/search", ctx -> ctx.html(SearchPage.render(archive.search(Params.search(ctx, SearchPage.DEFAULT_SIZE)))));
    r.get("/records/{id}", ctx -> ctx.html(RecordPage.render(archive.record(ctx.pathParam("id")))));
    r.get("/upload", ctx -> ctx.html(UploadPage.form()));
    r.post("/upload", this::upload);
  }

  private void home(Context ctx) {
    var b = archive.browse();
    var due = b.commitments().stream().filter(c -> c.due() != null)
        .sorted((x, y) -> y.due().compareTo(x.due())).limit(8).toList();
    ctx.html(HomePage.render(new HomePage.Data(b.counts(), b.page(0, 10).records(), due,
        "Commitments with due dates", b.topInstruments(10))));
  }

  private void upload(Context ctx) {
    UploadedFile file = ctx.uploadedFile("file");
    if (file == null) {
      throw ApiException.badRequest("choose a file to upload");
    }
    byte[] bytes;
    try (InputStream in = file.content()) {
      bytes = in.readNBytes((int) Math.min(maxBodyBytes + 1, Integer.MAX_VALUE - 8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read upload: " + e.getMessage(), e);
    }
    if ("keep".equals(ctx.formParam("action"))) {
      access.requireToken(ctx, ctx.formParam("token"));
      List<Uploads.Kept> kept = uploads.keep(file.filename(), bytes);
      ctx.html(UploadPage.kept(Uploads.safeName(file.filename()), kept));
    } else {
      ctx.html(UploadPage.preview(file.filename(), uploads.preview(file.filename(), bytes)));
    }
  }
}
