package org.compendium.serve.web;

import java.util.ArrayList;
import java.util.List;
import org.compendium.store.link.Instruments;
import org.jsoup.nodes.Element;

/** The instrument registry entries of the archive and one instrument's page (history, where signed, graph). */
public final class InstrumentPages {
  private InstrumentPages() {}

  public static String list(List<Instruments.Summary> entries) {
    Html h = Html.page("Instruments", "/instruments");
    Html.el(h.main(), "h1", null, "Instruments");
    Element wrap = h.main().appendElement("div").addClass("table-wrap");
    Element table = wrap.appendElement("table").addClass("tracker");
    Element head = table.appendElement("thead").appendElement("tr");
    for (String c : List.of("Instrument", "Year", "Parties", "Records", "First cited", "Last cited")) {
      head.appendElement("th").attr("scope", "col").text(c);
    }
    Element body = table.appendElement("tbody");
    for (Instruments.Summary e : entries) {
      Element tr = body.appendElement("tr");
      Html.link(tr.appendElement("td"), Urls.instrument(e.id()), e.title());
      tr.appendElement("td").text(e.year() == null ? "" : e.year().toString());
      tr.appendElement("td").text(String.join(", ", e.parties()));
      tr.appendElement("td").text(Integer.toString(e.records()));
      tr.appendElement("td").text(e.firstDate() == null ? "" : e.firstDate());
      tr.appendElement("td").text(e.lastDate() == null ? "" : e.lastDate());
    }
    return h.render();
  }

  public static String choose(String name, List<Instruments.Summary> matches) {
    Html h = Html.page("Instruments named " + name, "/instruments");
    Html.el(h.main(), "h1", null, "Instruments matching “" + name + "”");
    Element ul = h.main().appendElement("ul");
    for (Instruments.Summary e : matches) {
      Element li = ul.appendElement("li");
      Html.link(li, Urls.instrument(e.id()), e.title());
      Html.el(li, "span", "muted", " " + RecordView.join(e.year() == null ? null : e.year().toString(),
          e.records() + " records"));
    }
    return h.render();
  }

  public static String profile(Instruments.Profile p, Instruments.Graph graph) {
    Instruments.Summary e = p.entry();
    Html h = Html.page(e.title(), "/instruments");
    Element main = h.main();
    Html.el(main, "h1", null, e.title());
    Element meta = main.appendElement("dl").addClass("meta");
    PeoplePages.put(meta, "Year", e.year() == null ? null : e.year().toString());
    PeoplePages.put(meta, "Parties", String.join(", ", e.parties()));
    PeoplePages.put(meta, "Entry", e.origin() == null ? null
        : e.origin().equals("registry") ? "registry entry " + e.id() : "first signed in the archive (" + e.id() + ")");
    PeoplePages.put(meta, "Records", Integer.toString(e.records()));
    if (p.names().size() > 1) {
      PeoplePages.put(meta, "Also printed as", String.join("; ", p.names()));
    }

    Html.el(main, "h2", null, "Where signed");
    if (p.signedIn().isEmpty()) {
      Html.el(main, "p", "muted", "No record of the archive signs it.");
    } else {
      citations(main, p.signedIn());
    }

    Html.el(main, "h2", null, "Citation history");
    List<Svg.Point> points = new ArrayList<>();
    for (Instruments.Citation c : p.history()) {
      points.add(new Svg.Point(c.date(), RecordView.join(c.relation(), c.title()), Urls.record(c.recordId())));
    }
    Svg.timeline(main, points, "Records citing " + e.title() + " by date");
    citations(main, p.history());

    if (!p.restsOn().isEmpty() || !p.restedOnBy().isEmpty()) {
      Html.el(main, "h2", null, "Related instruments");
      Element ul = main.appendElement("ul");
      for (Instruments.Related r : p.restsOn()) {
        Element li = ul.appendElement("li");
        li.appendText("rests on ");
        Html.link(li, Urls.instrument(r.id()), r.title());
      }
      for (Instruments.Related r : p.restedOnBy()) {
        Element li = ul.appendElement("li");
        li.appendText("rested on by ");
        Html.link(li, Urls.instrument(r.id()), r.title());
      }
    }

    Html.el(main, "h2", null, "Graph of records and instruments");
    Html.el(main, "p", "muted", "Centre: this instrument; inner ring: records that mention it; outer ring: "
        + "instruments linked to it through them.");
    Svg.graph(main, graph, e.id(), "Records and instruments around " + e.title());
    return h.render();
  }

  private static void citations(Element main, List<Instruments.Citation> list) {
    Element ol = main.appendElement("ol").addClass("citations");
    for (Instruments.Citation c : list) {
      Element li = ol.appendElement("li");
      Html.el(li, "span", "date", (c.date() == null ? "undated" : c.date()) + " ");
      Html.el(li, "span", "status", c.relation() == null ? "mentioned" : c.relation());
      li.appendText(" ");
      Html.link(li, Urls.record(c.recordId()), c.title());
      if (c.sentence() != null) {
        Element q = li.appendElement("blockquote");
        Html.link(q, Urls.recordSpan(c.recordId(), c.sentenceStart(), c.sentenceEnd()),
            RecordView.clip(c.sentence(), 400));
      }
    }
  }
}
