package org.compendium.serve.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.compendium.query.RecordExport;
import org.compendium.serve.ArchiveService;
import org.compendium.serve.SearchQuery;
import org.compendium.serve.api.Snippets;
import org.compendium.store.index.SearchResult;
import org.jsoup.nodes.Element;

/** The search page: query box, facets that narrow as they are clicked, highlighted snippets, paging. */
public final class SearchPage {
  public static final int DEFAULT_SIZE = 20;
  private static final Map<String, String> FACETS = facetTitles();

  private SearchPage() {}

  private static Map<String, String> facetTitles() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("country", "Countries");
    m.put("person", "People");
    m.put("instrument", "Instruments");
    m.put("topic", "Topics");
    m.put("year", "Years");
    m.put("kind", "Kind");
    return m;
  }

  public static String render(ArchiveService.SearchPage p) {
    SearchQuery q = p.query();
    Html h = Html.page(q.q() == null ? "Search" : "Search: " + q.q(), "/search");
    Element main = h.main();
    Html.el(main, "h1", null, "Search");
    Element form = main.appendElement("form").attr("method", "get").attr("action", "/search").attr("role", "search")
        .addClass("searchbar");
    form.appendElement("label").attr("for", "q").addClass("visually-hidden").text("Search the archive");
    form.appendElement("input").attr("type", "search").attr("name", "q").id("q").attr("value", nz(q.q()))
        .attr("placeholder", "words, \"a phrase\", title:summit ...");
    for (var e : filters(q).entrySet()) {
      for (String v : e.getValue()) {
        form.appendElement("input").attr("type", "hidden").attr("name", e.getKey()).attr("value", v);
      }
    }
    form.appendElement("button").attr("type", "submit").text("Search");

    Map<String, List<String>> active = filters(q);
    if (!active.isEmpty()) {
      Element chips = main.appendElement("p").addClass("chips").attr("aria-label", "Active filters");
      for (var e : active.entrySet()) {
        for (String v : e.getValue()) {
          Map<String, List<String>> without = with(q, null, null);
          without.get(e.getKey()).remove(v);
          chips.appendElement("a").addClass("chip").attr("href", Urls.query("/search", without))
              .attr("aria-label", "Remove filter " + e.getKey() + " " + v).text(e.getKey() + ": " + v + " ×");
          chips.appendText(" ");
        }
      }
    }

    Element cols = main.appendElement("div").addClass("search-cols");
    Element facets = cols.appendElement("aside").addClass("facets").attr("aria-label", "Narrow the results");
    for (var dim : FACETS.entrySet()) {
      List<SearchResult.FacetCount> values = p.facets().getOrDefault(dim.getKey(), List.of());
      if (values.isEmpty()) {
        continue;
      }
      Element sec = facets.appendElement("section").addClass("facet");
      Html.el(sec, "h2", null, dim.getValue());
      Element ul = sec.appendElement("ul");
      for (SearchResult.FacetCount fc : values) {
        Element li = ul.appendElement("li");
        li.appendElement("a").attr("href", Urls.query("/search", with(q, dim.getKey(), fc.value())))
            .attr("data-facet", dim.getKey()).text(fc.value());
        Html.el(li, "span", "count", (p.facetsEstimated() ? " ≈" : " ") + fc.count());
      }
    }
    if (p.facetsEstimated() && !facets.children().isEmpty()) {
      Html.el(facets, "p", "estimated", String.format(Locale.ROOT,
          "≈ Counts estimated from a sample of about %,d of the %,d matches.", SearchResult.FACET_SAMPLE, p.total()));
    }

    Element results = cols.appendElement("section").addClass("results").attr("aria-label", "Results");
    Html.el(results, "p", "total", p.total() == 1 ? "1 record" : p.total() + " records");
    if (p.total() > 0) {
      downloads(results, q);
    }
    Element ol = results.appendElement("ol").addClass("hits")
        .attr("start", Integer.toString((q.page() - 1) * q.size() + 1));
    for (SearchResult.Hit hit : p.hits()) {
      Element li = ol.appendElement("li").addClass("hit");
      Element h2 = li.appendElement("h2");
      Html.link(h2, Urls.record(hit.id()), hit.title());
      if (hit.date() != null) {
        Html.el(li, "span", "date", hit.date());
      }
      Element snip = li.appendElement("p").addClass("snippet");
      for (Snippets.Part part : Snippets.parts(hit.snippet())) {
        if (part.match()) {
          snip.appendElement("mark").text(part.text());
        } else {
          snip.appendText(part.text());
        }
      }
    }
    pager(results, p);
    return h.render();
  }

  /** Links that export every record of the search (not only this page) through the API, in each format. */
  private static void downloads(Element parent, SearchQuery q) {
    Element p = parent.appendElement("p").addClass("downloads");
    p.appendText("Download all: ");
    for (RecordExport.Format format : RecordExport.Format.values()) {
      Map<String, List<String>> m = with(q, null, null);
      m.remove("size");
      m.put("format", List.of(format.name()));
      p.appendElement("a").attr("href", Urls.query("/api/v1/export", m)).attr("download", "")
          .attr("data-format", format.name()).text(format == RecordExport.Format.csv ? "CSV" : "JSON lines");
      p.appendText(" ");
    }
  }

  private static void pager(Element parent, ArchiveService.SearchPage p) {
    SearchQuery q = p.query();
    int pages = p.pages();
    if (pages <= 1) {
      return;
    }
    Element nav = parent.appendElement("nav").addClass("pager").attr("aria-label", "Pages");
    if (q.page() > 1) {
      nav.appendElement("a").attr("rel", "prev").attr("href", pageUrl(q, q.page() - 1)).text("← Previous");
    }
    Html.el(nav, "span", null, " Page " + q.page() + " of " + pages + " ");
    if (q.page() < pages) {
      nav.appendElement("a").attr("rel", "next").attr("href", pageUrl(q, q.page() + 1)).text("Next →");
    }
  }

  private static String pageUrl(SearchQuery q, int page) {
    Map<String, List<String>> m = with(q, null, null);
    m.put("page", List.of(Integer.toString(page)));
    return Urls.query("/search", m);
  }

  /** The filters of {@code q} as parameters (q itself excluded). */
  private static Map<String, List<String>> filters(SearchQuery q) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    if (!q.countries().isEmpty()) {
      m.put("country", new ArrayList<>(q.countries()));
    }
    put(m, "person", q.person());
    put(m, "instrument", q.instrument());
    put(m, "topic", q.topic());
    put(m, "kind", q.kind());
    put(m, "year", q.year());
    put(m, "from", q.from());
    put(m, "to", q.to());
    return m;
  }

  /** All parameters of {@code q}, plus {@code dim=value} (countries add up, other filters replace). */
  private static Map<String, List<String>> with(SearchQuery q, String dim, String value) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    put(m, "q", q.q());
    for (String k : List.of("country", "person", "instrument", "topic", "kind", "year", "from", "to")) {
      m.put(k, new ArrayList<>());
    }
    filters(q).forEach((k, v) -> m.get(k).addAll(v));
    if (q.size() != DEFAULT_SIZE) {
      m.put("size", new ArrayList<>(List.of(Integer.toString(q.size()))));
    }
    if (dim != null) {
      if (!dim.equals("country")) {
        m.get(dim).clear();
      }
      if (!m.get(dim).contains(value)) {
        m.get(dim).add(value);
      }
    }
    return m;
  }

  private static void put(Map<String, List<String>> m, String k, String v) {
    if (v != null && !v.isBlank()) {
      m.put(k, new ArrayList<>(List.of(v)));
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
