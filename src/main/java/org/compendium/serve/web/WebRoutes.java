package org.compendium.serve.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.compendium.serve.SearchQuery;
import org.compendium.store.link.Instruments;
import org.compendium.store.link.Lookup;
import org.compendium.store.link.People;
import org.compendium.track.CommitmentStatus;
import org.compendium.track.TrackedCommitment;
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
    r.get("/records/{id}", ctx -> ctx.html(RecordPage.render(archive.record(ctx.pathParam("id")),
        Params.span(ctx))));
    r.get("/people", this::people);
    r.get("/people/{id}", ctx -> ctx.html(PeoplePages.profile(archive.person(ctx.pathParam("id")))));
    r.get("/instruments", this::instruments);
    r.get("/instruments/{id}", ctx -> {
      var p = archive.instrument(ctx.pathParam("id"));
      ctx.html(InstrumentPages.profile(p, archive.instruments().graph(p.entry().id())));
    });
    r.get("/commitments", this::commitments);
    r.get("/timeline", ctx -> {
      SearchQuery q = Params.search(ctx, SearchPage.DEFAULT_SIZE);
      ctx.html(TimelinePage.render(q, archive.dated(q)));
    });
    r.get("/upload", ctx -> ctx.html(UploadPage.form()));
    r.post("/upload", this::upload);
  }

  private void home(Context ctx) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    // overdue first (most recently due first), then those falling due next
    List<TrackedCommitment> due = new ArrayList<>(
        archive.commitments(CommitmentStatus.overdue, List.of(), null, today, 0, 0));
    Collections.reverse(due);
    due = new ArrayList<>(due.subList(0, Math.min(5, due.size())));
    due.addAll(archive.commitments(CommitmentStatus.open, List.of(), null, today, 0, 0).stream()
        .filter(c -> c.due() != null).limit(5).toList());
    List<Instruments.Summary> cited = archive.instruments().list();
    ctx.html(HomePage.render(new HomePage.Data(archive.browse().counts(), archive.browse().page(0, 10).records(),
        due, cited.subList(0, Math.min(10, cited.size())), archive.archive().linksDeferred())));
  }

  private void people(Context ctx) {
    String name = Params.text(ctx, "name");
    if (name == null) {
      int page = Params.integer(ctx, "page", 1);
      if (page < 1) {
        throw ApiException.badRequest("page must be 1 or more: " + page);
      }
      // one more than a page tells whether there is a next one
      var rows = archive.people().list((page - 1) * PeoplePages.PAGE, PeoplePages.PAGE + 1);
      ctx.html(PeoplePages.list(rows.subList(0, Math.min(rows.size(), PeoplePages.PAGE)), page,
          rows.size() > PeoplePages.PAGE));
      return;
    }
    Lookup<People.Summary> found = archive.people().find(name);
    if (found.isEmpty()) {
      throw ApiException.notFound("no person named " + name);
    }
    if (found.isUnique()) {
      ctx.redirect(Urls.person(found.single().id()));
    } else {
      ctx.html(PeoplePages.choose(name, found.matches()));
    }
  }

  private void instruments(Context ctx) {
    String name = Params.text(ctx, "name");
    if (name == null) {
      ctx.html(InstrumentPages.list(archive.instruments().list()));
      return;
    }
    Lookup<Instruments.Summary> found = archive.instruments().find(name);
    if (found.isEmpty()) {
      throw ApiException.notFound("no instrument named " + name);
    }
    if (found.isUnique()) {
      ctx.redirect(Urls.instrument(found.single().id()));
    } else {
      ctx.html(InstrumentPages.choose(name, found.matches()));
    }
  }

  private void commitments(Context ctx) {
    LocalDate asOf = Params.day(ctx, "as_of");
    String party = Params.text(ctx, "party");
    List<TrackedCommitment> rows = archive.commitments(Params.status(ctx), party == null ? List.of() : List.of(party),
        Params.day(ctx, "due_before"), asOf, 0, 0);
    CommitmentsPage.Filters f = new CommitmentsPage.Filters(Params.text(ctx, "status"), party,
        Params.text(ctx, "due_before"), Params.text(ctx, "as_of"));
    ctx.html(CommitmentsPage.render(f, (asOf == null ? LocalDate.now(ZoneOffset.UTC) : asOf).toString(), rows));
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
