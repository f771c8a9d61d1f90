package org.compendium.serve.web;

import java.util.List;
import java.util.Map;
import org.compendium.store.Browse;
import org.compendium.store.link.Instruments;
import org.compendium.track.TrackedCommitment;
import org.jsoup.nodes.Element;

/** The archive at a glance: counts, latest records, commitments by due date, most-cited instruments. */
public final class HomePage {
  private HomePage() {}

  /** What the home page shows, gathered by the routes from the services. */
  public record Data(Map<String, Long> counts, List<Browse.Summary> latest, List<TrackedCommitment> due,
      List<Instruments.Summary> instruments, boolean linksDeferred) {}

  public static String render(Data d) {
    Html h = Html.page("Home", "/");
    Element main = h.main();
    Html.el(main, "h1", null, "The archive at a glance");
    if (d.linksDeferred()) {
      // a bulk load (ingest --defer-links) stores and indexes records only: say why people, instruments and
      // commitment tracking lag behind the counts
      Html.el(main, "p", "notice", "Links and commitment tracking are not up to date: this archive was "
          + "bulk-loaded with links deferred. People, instruments and commitments reflect the records linked "
          + "before; search and records are complete. Run 'compendium link' on the store to bring them up to date.")
          .attr("role", "status");
    }
    Element form = main.appendElement("form").attr("method", "get").attr("action", "/search").attr("role", "search")
        .addClass("searchbar");
    form.appendElement("label").attr("for", "q").addClass("visually-hidden").text("Search the archive");
    form.appendElement("input").attr("type", "search").attr("name", "q").id("q")
        .attr("placeholder", "Search the archive");
    form.appendElement("button").attr("type", "submit").text("Search");

    Element counts = main.appendElement("ul").addClass("counts").attr("aria-label", "Counts");
    for (var e : d.counts().entrySet()) {
      Element li = counts.appendElement("li");
      Html.el(li, "strong", null, Long.toString(e.getValue()));
      Html.el(li, "span", null, " " + e.getKey());
    }

    Element grid = main.appendElement("div").addClass("home-grid");
    Element latest = card(grid, "Latest records");
    Element ul = latest.appendElement("ul");
    for (Browse.Summary s : d.latest()) {
      Element li = ul.appendElement("li");
      Html.link(li, Urls.record(s.id()), s.title());
      Html.el(li, "span", "muted", " " + RecordView.join(s.date(), s.kind()));
    }
    if (d.latest().isEmpty()) {
      Html.el(latest, "p", "muted", "The archive is empty: upload a file or run 'compendium ingest'.");
    }

    Element due = card(grid, "Commitments overdue or falling due");
    Element dl = due.appendElement("ul");
    for (TrackedCommitment c : d.due()) {
      Element li = dl.appendElement("li");
      Html.el(li, "span", "status s-" + c.status().name(), c.status().name());
      li.appendText(" ");
      Html.el(li, "strong", null, c.due() == null ? "no date" : c.due());
      li.appendText(" ");
      Html.link(li, Urls.record(c.recordId()) + "#f-c" + c.ord(), RecordView.clip(c.text(), 120));
    }
    Html.link(due.appendElement("p"), "/commitments", "All commitments");

    Element ins = card(grid, "Most-cited instruments");
    Element il = ins.appendElement("ol");
    for (Instruments.Summary i : d.instruments()) {
      Element li = il.appendElement("li");
      Html.link(li, Urls.instrument(i.id()), i.title());
      Html.el(li, "span", "muted", " " + i.records() + (i.records() == 1 ? " record" : " records"));
    }
    return h.render();
  }

  private static Element card(Element grid, String title) {
    Element sec = grid.appendElement("section").addClass("card");
    Html.el(sec, "h2", null, title);
    return sec;
  }
}
