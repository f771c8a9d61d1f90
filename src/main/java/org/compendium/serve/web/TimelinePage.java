package org.compendium.serve.web;

import java.util.ArrayList;
import java.util.List;
import org.compendium.serve.SearchQuery;
import org.compendium.store.index.SearchResult;
import org.jsoup.nodes.Element;

/** The timeline: dated records in order, drawn and listed by year, filterable by topic, country, person, instrument. */
public final class TimelinePage {
  private TimelinePage() {}

  public static String render(SearchQuery q, List<SearchResult.Hit> entries) {
    Html h = Html.page("Timeline", "/timeline");
    Element main = h.main();
    Html.el(main, "h1", null, "Timeline");
    Element form = main.appendElement("form").attr("method", "get").attr("action", "/timeline").addClass("filters")
        .attr("aria-label", "Filter the timeline");
    input(form, "Words", "q", q.q());
    input(form, "Topic", "topic", q.topic());
    input(form, "Country", "country", q.countries().isEmpty() ? null : q.countries().get(0));
    input(form, "Person", "person", q.person());
    input(form, "Instrument", "instrument", q.instrument());
    form.appendElement("button").attr("type", "submit").text("Show");
    form.appendText(" ");
    Html.link(form, "/timeline", "Clear");

    List<Svg.Point> points = new ArrayList<>();
    for (SearchResult.Hit e : entries) {
      points.add(new Svg.Point(e.date(), e.title(), Urls.record(e.id())));
    }
    Html.el(main, "p", "total", entries.size() + (entries.size() == 1 ? " record" : " records"));
    Svg.timeline(main, points, "Records by date");
    String year = null;
    Element ul = null;
    for (SearchResult.Hit e : entries) {
      String y = e.date() == null || e.date().length() < 4 ? "Undated" : e.date().substring(0, 4);
      if (!y.equals(year)) {
        year = y;
        Html.el(main, "h2", null, y);
        ul = main.appendElement("ul").addClass("entries");
      }
      Element li = ul.appendElement("li");
      Html.el(li, "span", "date", (e.date() == null ? "" : e.date()) + " ");
      Html.link(li, Urls.record(e.id()), e.title());
    }
    return h.render();
  }

  private static void input(Element form, String label, String name, String value) {
    Element l = form.appendElement("label");
    l.appendText(label);
    l.appendElement("input").attr("type", "text").attr("name", name).attr("value", value == null ? "" : value)
        .attr("size", "14");
  }
}
