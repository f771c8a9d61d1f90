package org.compendium.serve.web;

import java.util.List;
import org.compendium.track.CommitmentStatus;
import org.compendium.track.TrackedCommitment;
import org.jsoup.nodes.Element;

/**
 * The commitments tracker: every commitment with its status as of a day (open, overdue, reported, lapsed),
 * filtered by status, party and due date; each row links to its sentence and to its evidence.
 */
public final class CommitmentsPage {
  private CommitmentsPage() {}

  /** The filters as the reader gave them (echoed into the form). */
  public record Filters(String status, String party, String dueBefore, String asOf) {}

  public static String render(Filters f, String asOf, List<TrackedCommitment> rows) {
    Html h = Html.page("Commitments", "/commitments");
    Element main = h.main();
    Html.el(main, "h1", null, "Commitments tracker");
    Element form = main.appendElement("form").attr("method", "get").attr("action", "/commitments")
        .addClass("filters").attr("aria-label", "Filter commitments");
    Element st = label(form, "Status");
    Element sel = st.appendElement("select").attr("name", "status").id("f-status");
    sel.appendElement("option").attr("value", "").text("any");
    for (CommitmentStatus s : CommitmentStatus.values()) {
      Element o = sel.appendElement("option").attr("value", s.name()).text(s.name());
      if (s.name().equals(f.status())) {
        o.attr("selected", "");
      }
    }
    label(form, "Party (code or name)").appendElement("input").attr("type", "text").attr("name", "party")
        .id("f-party").attr("value", nz(f.party())).attr("size", "12");
    label(form, "Due before").appendElement("input").attr("type", "date").attr("name", "due_before")
        .id("f-due").attr("value", nz(f.dueBefore()));
    label(form, "As of").appendElement("input").attr("type", "date").attr("name", "as_of").id("f-asof")
        .attr("value", nz(f.asOf()));
    form.appendElement("button").attr("type", "submit").text("Filter");
    form.appendText(" ");
    Html.link(form, "/commitments", "Clear");

    Html.el(main, "p", "total", rows.size() + (rows.size() == 1 ? " commitment" : " commitments") + ", status as of "
        + asOf);
    Element wrap = main.appendElement("div").addClass("table-wrap");
    Element table = wrap.appendElement("table").addClass("tracker").id("tracker");
    Element head = table.appendElement("thead").appendElement("tr");
    for (String c : List.of("Status", "Due", "Commitment", "Parties", "Record", "Evidence")) {
      head.appendElement("th").attr("scope", "col").text(c);
    }
    Element body = table.appendElement("tbody");
    for (TrackedCommitment t : rows) {
      Element tr = body.appendElement("tr").attr("data-status", t.status().name());
      Element s = tr.appendElement("td");
      Html.el(s, "span", "status s-" + t.status().name(), t.status().name());
      if (t.machineSuggested()) {
        Html.el(s, "span", "muted", " suggested");
      }
      tr.appendElement("td").text(t.due() != null ? t.due() : t.dueText() != null ? t.dueText() : "");
      Html.link(tr.appendElement("td"), Urls.record(t.recordId()) + "#f-c" + t.ord(), RecordView.clip(t.text(), 220));
      tr.appendElement("td").addClass("parties").text(String.join(", ", t.parties()));
      Element rec = tr.appendElement("td");
      Html.link(rec, Urls.record(t.recordId()), RecordView.clip(t.recordTitle(), 80));
      if (t.recordDate() != null) {
        Html.el(rec, "span", "muted", " " + t.recordDate());
      }
      Element ev = tr.appendElement("td");
      if (t.decision() != null) {
        Html.el(ev, "span", "muted", "decided: " + t.decision().status().name() + " ");
      }
      if (t.evidence() != null) {
        var e = t.evidence();
        Html.link(ev, Urls.recordSpan(e.recordId(), e.span() == null ? null : e.span().start(),
            e.span() == null ? null : e.span().end()), RecordView.clip(e.sentence(), 160));
        Html.el(ev, "span", "muted", " " + RecordView.join(e.recordDate(), e.cue()));
      }
    }
    return h.render();
  }

  private static Element label(Element form, String text) {
    Element l = form.appendElement("label");
    l.appendText(text);
    return l;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
