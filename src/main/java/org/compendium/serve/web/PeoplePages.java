package org.compendium.serve.web;

import java.util.ArrayList;
import java.util.List;
import org.compendium.store.link.People;
import org.jsoup.nodes.Element;

/** The people of the archive (one canonical person across records) and one person's page. */
public final class PeoplePages {
  /** People per page of the list. */
  public static final int PAGE = 100;

  private PeoplePages() {}

  public static String list(List<People.Summary> people, int page, boolean more) {
    Html h = Html.page("People", "/people");
    Html.el(h.main(), "h1", null, "People");
    Element find = h.main().appendElement("form").attr("method", "get").attr("action", "/people")
        .addClass("searchbar").attr("role", "search");
    find.appendElement("label").attr("for", "name").addClass("visually-hidden").text("Find a person by name");
    find.appendElement("input").attr("type", "search").attr("name", "name").id("name")
        .attr("placeholder", "a name as printed, e.g. Putin");
    find.appendElement("button").attr("type", "submit").text("Find");
    Element wrap = h.main().appendElement("div").addClass("table-wrap");
    Element table = wrap.appendElement("table").addClass("tracker");
    Element head = table.appendElement("thead").appendElement("tr");
    for (String c : List.of("Person", "State", "Records", "Statements", "First", "Last")) {
      head.appendElement("th").attr("scope", "col").text(c);
    }
    Element body = table.appendElement("tbody");
    for (People.Summary p : people) {
      Element tr = body.appendElement("tr");
      Html.link(tr.appendElement("td"), Urls.person(p.id()), p.name());
      tr.appendElement("td").text(nz(p.country()));
      tr.appendElement("td").text(Integer.toString(p.records()));
      tr.appendElement("td").text(Integer.toString(p.statements()));
      tr.appendElement("td").text(nz(p.firstDate()));
      tr.appendElement("td").text(nz(p.lastDate()));
    }
    if (page > 1 || more) {
      Element nav = h.main().appendElement("nav").addClass("pager").attr("aria-label", "Pages");
      if (page > 1) {
        nav.appendElement("a").attr("rel", "prev").attr("href", "/people?page=" + (page - 1)).text("← Previous");
      }
      Html.el(nav, "span", null, " Page " + page + " ");
      if (more) {
        nav.appendElement("a").attr("rel", "next").attr("href", "/people?page=" + (page + 1)).text("Next →");
      }
    }
    return h.render();
  }

  /** Several people answer a name: let the reader choose. */
  public static String choose(String name, List<People.Summary> matches) {
    Html h = Html.page("People named " + name, "/people");
    Html.el(h.main(), "h1", null, "People matching “" + name + "”");
    Element ul = h.main().appendElement("ul");
    for (People.Summary p : matches) {
      Element li = ul.appendElement("li");
      Html.link(li, Urls.person(p.id()), p.name());
      Html.el(li, "span", "muted", " " + RecordView.join(p.country(), p.records() + " records"));
    }
    return h.render();
  }

  public static String profile(People.Profile p) {
    Html h = Html.page(p.person().name(), "/people");
    Element main = h.main();
    Html.el(main, "h1", null, p.person().name());
    Element meta = main.appendElement("dl").addClass("meta");
    put(meta, "State", p.person().country());
    put(meta, "Records", Integer.toString(p.person().records()));
    put(meta, "Statements", Integer.toString(p.person().statements()));
    put(meta, "Active", RecordView.join(p.person().firstDate(), p.person().lastDate()));
    if (p.names().size() > 1) {
      put(meta, "Also printed as", String.join("; ", p.names()));
    }

    Html.el(main, "h2", null, "Roles over time");
    List<Svg.Point> points = new ArrayList<>();
    for (People.Appearance a : p.records()) {
      points.add(new Svg.Point(a.date(), RecordView.join(a.role(), a.title()), Urls.record(a.recordId())));
    }
    Svg.timeline(main, points, "Records of " + p.person().name() + " by date");
    Element roles = main.appendElement("ul").addClass("roles");
    for (People.Role r : p.roles()) {
      Element li = roles.appendElement("li");
      Html.el(li, "strong", null, RecordView.join(r.role(), r.country()));
      Html.el(li, "span", "muted", " " + (r.firstDate() == null ? "undated"
          : r.firstDate().equals(r.lastDate()) || r.lastDate() == null ? r.firstDate()
          : r.firstDate() + " – " + r.lastDate()) + " (" + r.records().size() + " records)");
    }

    Html.el(main, "h2", null, "Records");
    Element recs = main.appendElement("ul");
    for (People.Appearance a : p.records()) {
      Element li = recs.appendElement("li");
      Html.link(li, Urls.record(a.recordId()), a.title());
      Html.el(li, "span", "muted", " " + RecordView.join(a.date(), a.role(), a.nameAsPrinted()));
    }

    Html.el(main, "h2", null, "Statements, in date order");
    Element said = main.appendElement("ol").addClass("statements");
    for (People.Said s : p.statements()) {
      Element li = said.appendElement("li");
      Html.el(li, "span", "date", nz(s.date()) + " ");
      if (s.act() != null) {
        Html.el(li, "span", "status", s.act());
        li.appendText(" ");
      }
      Html.link(li, Urls.recordSpan(s.recordId(), s.spanStart(), s.spanEnd()), RecordView.clip(s.text(), 300));
    }
    if (p.statements().isEmpty()) {
      Html.el(main, "p", "muted", "No statements attributed.");
    }
    return h.render();
  }

  static void put(Element dl, String term, String value) {
    if (value != null && !value.isBlank()) {
      Element div = dl.appendElement("div");
      Html.el(div, "dt", null, term);
      div.appendElement("dd").text(value);
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
