package org.compendium.serve.web;

import java.util.List;
import org.compendium.model.Record;
import org.compendium.model.Span;
import org.compendium.serve.ArchiveService;
import org.jsoup.nodes.Element;

/** The record page: header facts, the text with its facts highlighted, the side panel. */
public final class RecordPage {
  private RecordPage() {}

  public static String render(ArchiveService.RecordInfo info, Span focus) {
    Record r = info.record();
    Html h = Html.page(r.title() == null ? "Record" : r.title(), null);
    Element main = h.main().addClass("record-page");
    header(main, r);
    Element meta = main.selectFirst("dl.meta");
    if (!info.current()) {
      Html.el(main, "p", "notice", "This is an earlier version of its source; the current one is listed below.");
    }
    if (info.versions().size() > 1) {
      Element dd = dd(meta, "Versions");
      int n = 1;
      for (String v : info.versions()) {
        if (n > 1) {
          dd.appendText(" ");
        }
        if (v.equals(r.id())) {
          Html.el(dd, "strong", null, "v" + n);
        } else {
          Html.link(dd, Urls.record(v), "v" + n);
        }
        n++;
      }
    }
    Element dd = dd(meta, "Data");
    Html.link(dd, "/api/v1/records/" + Urls.enc(r.id()), "JSON");
    body(main, r, focus);
    return h.render();
  }

  /** Title and the record's header facts as a definition list. */
  static void header(Element main, Record r) {
    Html.el(main, "h1", null, r.title() == null || r.title().isBlank() ? "(untitled record)" : r.title());
    Element meta = main.appendElement("dl").addClass("meta");
    put(meta, "Date", r.date());
    put(meta, "Kind", r.kind() == null ? null : r.kind().name());
    put(meta, "Issuer", r.issuer());
    if (r.countries() != null && !r.countries().isEmpty()) {
      Element d = dd(meta, "Countries");
      for (String c : r.countries()) {
        Html.link(d, "/search?country=" + Urls.enc(c), c);
        d.appendText(" ");
      }
    }
    if (r.topics() != null && !r.topics().isEmpty()) {
      Element d = dd(meta, "Topics");
      for (String t : r.topics()) {
        Html.link(d, "/search?topic=" + Urls.enc(t), t);
        d.appendText(" ");
      }
    }
    if (r.source() != null && r.source().uri() != null) {
      Element d = dd(meta, "Source");
      String uri = r.source().uri();
      if (uri.startsWith("http://") || uri.startsWith("https://")) {
        d.appendElement("a").attr("href", uri).attr("rel", "noopener noreferrer nofollow").text(uri);
      } else {
        Html.el(d, "code", null, uri);
      }
      if (r.source().format() != null) {
        d.appendText(" (" + r.source().format() + ")");
      }
    }
    put(meta, "Id", r.id());
  }

  /** The text and the panel side by side, with the legend of highlight kinds. */
  static void body(Element main, Record r, Span focus) {
    Element legend = main.appendElement("p").addClass("legend").attr("aria-label", "Highlight colours");
    for (String k : List.of("person", "statement", "instrument", "commitment", "place", "date")) {
      Html.el(legend, "span", "f k-" + k, k);
      legend.appendText(" ");
    }
    Element cols = main.appendElement("div").addClass("record-cols");
    Element textCol = cols.appendElement("section").addClass("text-col").attr("aria-label", "Text");
    RecordView.text(textCol, r, focus);
    RecordView.panel(cols, r);
  }

  private static void put(Element dl, String term, String value) {
    if (value != null && !value.isBlank()) {
      dd(dl, term).text(value);
    }
  }

  private static Element dd(Element dl, String term) {
    Element div = dl.appendElement("div");
    Html.el(div, "dt", null, term);
    return div.appendElement("dd");
  }
}
