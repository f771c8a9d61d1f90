package org.compendium.serve.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.compendium.json.RecordJson;
import org.compendium.model.Record;
import org.compendium.query.RecordExport;
import org.compendium.serve.ApiException;
import org.compendium.serve.ArchiveService;
import org.compendium.serve.Params;
import org.compendium.serve.SearchQuery;
import org.compendium.serve.Uploads;
import org.compendium.store.Browse;
import org.compendium.util.Resources;

/**
 * The JSON API under {@code /api/v1}, described by {@code /api/openapi.json}. Handlers only read parameters, call
 * the {@link ArchiveService} and shape the answer; failures are exceptions mapped to statuses by
 * {@code Errors}; tokens and size limits are checked before any handler by {@code Access}.
 */
public final class ApiRoutes {
  public static final String BASE = "/api/v1";
  static final String OPENAPI = "serve/openapi.json";

  private final ArchiveService archive;
  private final Uploads uploads;
  private final long maxBodyBytes;
  private final RecordJson json = new RecordJson();
  private final byte[] openapi;

  public ApiRoutes(ArchiveService archive, Uploads uploads, long maxBodyBytes) {
    this.archive = archive;
    this.uploads = uploads;
    this.maxBodyBytes = maxBodyBytes;
    try (InputStream in = Resources.open(OPENAPI)) {
      this.openapi = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + OPENAPI, e);
    }
  }

  public void register(RoutesConfig r) {
    r.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
    r.get(BASE + "/stats", this::stats);
    r.get(BASE + "/records", this::records);
    r.get(BASE + "/records/{id}", this::record);
    r.post(BASE + "/records", this::upload);
    r.post(BASE + "/extract", this::extract);
    r.get(BASE + "/search", this::search);
    r.get(BASE + "/export", this::export);
    r.get(BASE + "/people", ctx -> {
      String name = Params.text(ctx, "name");
      if (name != null) {
        ctx.json(Map.of("people", archive.people().find(name).matches()));
        return;
      }
      int page = Params.integer(ctx, "page", 1);
      int size = Params.integer(ctx, "size", 100);
      if (page < 1 || size < 1 || size > 1000) {
        throw ApiException.badRequest("page must be 1 or more and size between 1 and 1000");
      }
      ctx.json(Map.of("page", page, "size", size, "people", archive.people().list((page - 1) * size, size)));
    });
    r.get(BASE + "/people/{id}", ctx -> ctx.json(archive.person(ctx.pathParam("id"))));
    r.get(BASE + "/instruments", ctx -> {
      String name = Params.text(ctx, "name");
      ctx.json(Map.of("instruments",
          name == null ? archive.instruments().list() : archive.instruments().find(name).matches()));
    });
    r.get(BASE + "/instruments/{id}", ctx -> {
      var p = archive.instrument(ctx.pathParam("id"));
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("instrument", p);
      body.put("graph", archive.instruments().graph(p.entry().id()));
      ctx.json(body);
    });
    r.get(BASE + "/commitments", this::commitments);
    r.get(BASE + "/timeline", ctx -> {
      List<Map<String, Object>> entries = new ArrayList<>();
      for (var h : archive.dated(Params.search(ctx, 20))) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", h.id());
        e.put("date", h.date());
        e.put("title", h.title());
        entries.add(e);
      }
      ctx.json(Map.of("entries", entries));
    });
  }

  private void commitments(Context ctx) {
    int page = Params.integer(ctx, "page", 1);
    int size = Params.integer(ctx, "size", 100);
    if (page < 1 || size < 1 || size > 1000) {
      throw ApiException.badRequest("page must be 1 or more and size between 1 and 1000");
    }
    String party = Params.text(ctx, "party");
    LocalDate asOf = Params.day(ctx, "as_of");
    var rows = archive.commitments(Params.status(ctx), party == null ? List.of() : List.of(party),
        Params.day(ctx, "due_before"), asOf, (page - 1) * size, size);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("asOf", (asOf == null ? LocalDate.now(ZoneOffset.UTC) : asOf).toString());
    body.put("page", page);
    body.put("size", size);
    body.put("commitments", rows);
    ctx.json(body);
  }

  private void records(Context ctx) {
    int page = Params.integer(ctx, "page", 1);
    int size = Params.integer(ctx, "size", 20);
    new SearchQuery(null, null, null, null, null, null, null, null, null, page, size);  // validates page and size
    Browse.Page p = archive.browse().page((page - 1) * size, size);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total", p.total());
    body.put("page", page);
    body.put("size", size);
    body.put("records", p.records());
    ctx.json(body);
  }

  private void record(Context ctx) {
    ArchiveService.RecordInfo info = archive.record(ctx.pathParam("id"));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("record", info.record());  // RecordJson's mapper: the record's own JSON form, written straight out
    body.put("current", info.current());
    body.put("versions", info.versions());
    send(ctx, body);
  }

  /**
   * Writes {@code body} as JSON with the record mapper (Jackson's defaults, as Javalin's own mapper in
   * {@code Server}), straight to UTF-8 bytes: Javalin's {@code ctx.json} goes through a String first.
   */
  private void send(Context ctx, Object body) {
    try {
      ctx.contentType(ContentType.APPLICATION_JSON).result(json.mapper().writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the answer as JSON", e);
    }
  }

  /** Counts of current records and facts, and whether links wait for `compendium link` (a deferred bulk load). */
  private void stats(Context ctx) {
    Map<String, Object> stats = new LinkedHashMap<>(archive.browse().counts());
    stats.put("links_deferred", archive.archive().linksDeferred());
    ctx.json(stats);
  }

  private void search(Context ctx) {
    ArchiveService.SearchPage p = archive.search(Params.search(ctx, 20));
    List<Map<String, Object>> hits = new ArrayList<>();
    for (var h : p.hits()) {
      Map<String, Object> hit = new LinkedHashMap<>();
      hit.put("id", h.id());
      hit.put("title", h.title());
      hit.put("date", h.date());
      hit.put("score", h.score());
      hit.put("snippet", Snippets.parts(h.snippet()));
      hits.add(hit);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total", p.total());
    body.put("page", p.query().page());
    body.put("size", p.query().size());
    body.put("hits", hits);
    body.put("facets", p.facets());
    body.put("facets_estimated", p.facetsEstimated());  // counts scaled from a sample of the matches
    send(ctx, body);
  }

  private void upload(Context ctx) {
    Upload u = Upload.read(ctx, maxBodyBytes);
    List<Uploads.Kept> kept = uploads.keep(u.name(), u.bytes());
    ctx.status(201).json(Map.of("file", u.name(), "records", kept));
  }

  private void extract(Context ctx) {
    Upload u = Upload.read(ctx, maxBodyBytes);
    List<JsonNode> records = uploads.preview(u.name(), u.bytes()).stream().map(this::tree).toList();
    ctx.json(Map.of("file", u.name(), "records", records));
  }

  private void export(Context ctx) throws IOException {
    String name = Params.text(ctx, "format");
    RecordExport.Format format;
    try {
      format = name == null ? RecordExport.Format.jsonl : RecordExport.Format.valueOf(name.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("format must be jsonl or csv: " + name);
    }
    RecordExport.Selected selected = archive.exportable(Params.search(ctx, 1)); // a bad query fails here, a 400
    boolean csv = format == RecordExport.Format.csv;
    ctx.contentType(csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"compendium." + format + "\"");
    try (Writer w = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8))) {
      selected.write(format, w, null);
    }
  }

  private JsonNode tree(Record r) {
    return json.mapper().valueToTree(r);
  }

  /** A file sent to the API: a multipart form's {@code file} part, or the raw body named by {@code ?name=}. */
  record Upload(String name, byte[] bytes) {
    private static final List<String> TYPES = List.of("text/plain", "text/html", "application/xhtml+xml",
        "application/xml", "text/xml", "application/tei+xml", "application/octet-stream");

    static Upload read(Context ctx, long limit) {
      String type = ctx.contentType() == null ? "" : ctx.contentType().split(";")[0].strip().toLowerCase();
      if (type.equals("multipart/form-data")) {
        var file = ctx.uploadedFile("file");
        if (file == null) {
          throw ApiException.badRequest("multipart upload without a 'file' part");
        }
        try (InputStream in = file.content()) {
          return new Upload(Uploads.safeName(file.filename()), bounded(in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8)),
              limit));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read upload: " + e.getMessage(), e);
        }
      }
      if (!TYPES.contains(type)) {
        throw new ApiException(415, "unsupported content type '" + type + "': send text/plain, text/html, "
            + "application/xml (TEI) or a multipart form with a 'file' part");
      }
      String name = Params.text(ctx, "name");
      if (name == null) {
        name = type.contains("html") ? "upload.html" : type.contains("xml") ? "upload.xml" : "upload.txt";
      }
      return new Upload(Uploads.safeName(name), bounded(ctx.bodyAsBytes(), limit));
    }

    private static byte[] bounded(byte[] b, long limit) {
      if (b.length > limit) {
        throw new ApiException(413, "upload too large (limit " + limit + " bytes)");
      }
      return b;
    }
  }
}
