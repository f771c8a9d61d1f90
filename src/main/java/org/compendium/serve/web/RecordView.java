package org.compendium.serve.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.compendium.model.Commitment;
import org.compendium.model.Instrument;
import org.compendium.model.Person;
import org.compendium.model.Place;
import org.compendium.model.Record;
import org.compendium.model.Span;
import org.compendium.model.Statement;
import org.compendium.model.Temporal;
import org.jsoup.nodes.Element;

/**
 * A record's text as printed, with every extracted fact highlighted by kind, and the side panel that lists the
 * facts. Each fact has an id ({@code p3} person, {@code s0} statement, {@code i1} instrument, {@code c2}
 * commitment, {@code l0} place, {@code t5} date); the text is cut at every span boundary into segments, each
 * carrying the ids of the facts covering it (most specific first) in {@code data-f}, and an empty anchor
 * {@code f-ID} marks where each fact starts, so a panel link scrolls to its span even without JavaScript (the
 * script then highlights the whole span). The text goes in only as text nodes: markup in a record stays inert.
 */
public final class RecordView {
  /** A highlighted span: fact id, kind (css class suffix) and offsets into the record's text. */
  record Fact(String id, String kind, int start, int end) {}

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  private RecordView() {}

  static List<Fact> facts(Record r) {
    List<Fact> out = new ArrayList<>();
    int len = r.text() == null ? 0 : r.text().length();
    List<Person> people = nn(r.participants());
    for (int i = 0; i < people.size(); i++) {
      for (Span s : nn(people.get(i).mentions())) {
        add(out, "p" + i, "person", s, len);
      }
    }
    List<Statement> st = nn(r.statements());
    for (int i = 0; i < st.size(); i++) {
      add(out, "s" + i, "statement", st.get(i).span(), len);
    }
    List<Instrument> ins = nn(r.instruments());
    for (int i = 0; i < ins.size(); i++) {
      for (Span s : nn(ins.get(i).mentions())) {
        add(out, "i" + i, "instrument", s, len);
      }
    }
    List<Commitment> cs = nn(r.commitments());
    for (int i = 0; i < cs.size(); i++) {
      add(out, "c" + i, "commitment", cs.get(i).span(), len);
    }
    List<Place> pl = nn(r.places());
    for (int i = 0; i < pl.size(); i++) {
      for (Span s : nn(pl.get(i).mentions())) {
        add(out, "l" + i, "place", s, len);
      }
    }
    List<Temporal> ts = nn(r.temporals());
    for (int i = 0; i < ts.size(); i++) {
      add(out, "t" + i, "date", ts.get(i).span(), len);
    }
    return out;
  }

  private static void add(List<Fact> out, String id, String kind, Span s, int len) {
    if (s != null && s.start() >= 0 && s.end() <= len && s.start() < s.end()) {
      out.add(new Fact(id, kind, s.start(), s.end()));
    }
  }

  /**
   * Appends the record's text, cut into highlighted segments, to {@code parent}; {@code focus} (may be null) is
   * one more span to show, as fact {@code x0} of kind focus (a statement or evidence sentence linked from
   * another page).
   */
  public static Element text(Element parent, Record r, Span focus) {
    Element pre = parent.appendElement("pre").addClass("record-text").attr("tabindex", "0")
        .attr("aria-label", "Record text");
    String text = r.text() == null ? "" : r.text();
    List<Fact> facts = facts(r);
    if (focus != null) {
      add(facts, "x0", "focus", focus, text.length());
    }
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    Map<Integer, List<String>> starts = new LinkedHashMap<>();
    for (Fact f : facts) {
      cuts.add(f.start());
      cuts.add(f.end());
      List<String> at = starts.computeIfAbsent(f.start(), k -> new ArrayList<>());
      if (!at.contains(f.id())) {
        at.add(f.id());
      }
    }
    List<Fact> open = new ArrayList<>();
    List<Fact> byStart = new ArrayList<>(facts);
    byStart.sort(Comparator.comparingInt(Fact::start));
    int next = 0;
    java.util.Set<String> anchored = new java.util.HashSet<>();
    Integer prev = null;
    for (int cut : cuts) {
      if (prev != null && prev < cut) {
        int a = prev;
        // facts covering [a, cut): those started at or before a and ending at or after cut
        while (next < byStart.size() && byStart.get(next).start() <= a) {
          open.add(byStart.get(next++));
        }
        open.removeIf(f -> f.end() <= a);
        for (String id : starts.getOrDefault(a, List.of())) {
          if (anchored.add(id)) {
            pre.appendElement("a").addClass("anchor").id("f-" + id);
          }
        }
        String piece = text.substring(a, cut);
        if (open.isEmpty()) {
          pre.appendText(piece);
        } else {
          List<Fact> cover = new ArrayList<>(open);
          cover.sort(Comparator.comparingInt((Fact f) -> f.end() - f.start()).thenComparing(Fact::id));
          // the class attribute built whole: jsoup's addClass re-parses it on every call
          java.util.Set<String> classes = new java.util.LinkedHashSet<>();
          classes.add("f");
          List<String> ids = new ArrayList<>();
          for (Fact f : cover) {
            classes.add("k-" + f.kind());
            if (!ids.contains(f.id())) {
              ids.add(f.id());
            }
          }
          pre.appendElement("span").attr("class", String.join(" ", classes)).text(piece)
              .attr("data-f", String.join(" ", ids));
        }
      }
      prev = cut;
    }
    return pre;
  }

  /** Appends the side panel listing the record's facts, each linking to its span. */
  public static Element panel(Element parent, Record r) {
    Element aside = parent.appendElement("aside").addClass("facts").attr("aria-label", "Facts of this record");
    List<Person> people = nn(r.participants());
    if (!people.isEmpty()) {
      Element ul = section(aside, "Participants", "person");
      for (int i = 0; i < people.size(); i++) {
        Person p = people.get(i);
        Element li = ul.appendElement("li");
        factLink(li, "p" + i, p.name());
        String about = join(p.role(), p.country());
        if (!about.isEmpty()) {
          Html.el(li, "span", "muted", " " + about);
        }
        li.appendText(" ");
        li.appendElement("a").addClass("more").attr("href", Urls.personNamed(p.name())).text("person page")
            .attr("aria-label", "Person page of " + p.name());
      }
    }
    List<Statement> st = nn(r.statements());
    if (!st.isEmpty()) {
      Element sec = aside.appendElement("section").addClass("group").addClass("g-statement");
      Html.el(sec, "h2", null, "Statements");
      Map<String, List<Integer>> bySpeaker = new LinkedHashMap<>();
      for (int i = 0; i < st.size(); i++) {
        String sp = st.get(i).speaker() == null ? "(unattributed)" : st.get(i).speaker();
        bySpeaker.computeIfAbsent(sp, k -> new ArrayList<>()).add(i);
      }
      for (var e : bySpeaker.entrySet()) {
        Html.el(sec, "h3", null, e.getKey());
        Element ul = sec.appendElement("ul");
        for (int i : e.getValue()) {
          Statement s = st.get(i);
          Element li = ul.appendElement("li");
          factLink(li, "s" + i, clip(s.text(), 160));
          if (s.act() != null) {
            Html.el(li, "span", "muted", " " + s.act());
          }
        }
      }
    }
    List<Instrument> ins = nn(r.instruments());
    if (!ins.isEmpty()) {
      Element ul = section(aside, "Instruments", "instrument");
      for (int i = 0; i < ins.size(); i++) {
        Instrument x = ins.get(i);
        Element li = ul.appendElement("li");
        factLink(li, "i" + i, x.name());
        Html.el(li, "span", "muted", " " + join(x.year() == null ? null : x.year().toString(),
            x.relation() == null ? null : x.relation().name()));
        li.appendText(" ");
        li.appendElement("a").addClass("more").attr("href", x.id() != null ? Urls.instrument(x.id()) : Urls.instrumentNamed(x.name()))
            .text("citations").attr("aria-label", "Citation history of " + x.name());
      }
    }
    List<Commitment> cs = nn(r.commitments());
    if (!cs.isEmpty()) {
      Element ul = section(aside, "Commitments", "commitment");
      for (int i = 0; i < cs.size(); i++) {
        Commitment c = cs.get(i);
        Element li = ul.appendElement("li");
        factLink(li, "c" + i, clip(c.text(), 160));
        String due = c.due() != null ? "due " + c.due() : c.dueText() != null ? "due " + c.dueText() : "no due date";
        Html.el(li, "span", "muted", " " + join(due, c.by() == null || c.by().isEmpty() ? null
            : "by " + String.join(", ", c.by())));
      }
    }
    List<Place> pl = nn(r.places());
    if (!pl.isEmpty()) {
      Element ul = section(aside, "Places", "place");
      for (int i = 0; i < pl.size(); i++) {
        Place p = pl.get(i);
        Element li = ul.appendElement("li");
        factLink(li, "l" + i, p.name());
        Html.el(li, "span", "muted", " " + join(p.type(), p.country()));
      }
    }
    List<Temporal> ts = nn(r.temporals());
    if (!ts.isEmpty()) {
      Element ul = section(aside, "Dates", "date");
      for (int i = 0; i < ts.size(); i++) {
        Temporal t = ts.get(i);
        Element li = ul.appendElement("li");
        factLink(li, "t" + i, t.text());
        if (t.value() != null) {
          Html.el(li, "span", "muted", " " + t.value());
        }
      }
    }
    if (aside.children().isEmpty()) {
      Html.el(aside, "p", "muted", "No facts were extracted from this record.");
    }
    return aside;
  }

  private static Element section(Element aside, String title, String kind) {
    Element sec = aside.appendElement("section").addClass("group").addClass("g-" + kind);
    Html.el(sec, "h2", null, title);
    return sec.appendElement("ul");
  }

  private static void factLink(Element li, String id, String text) {
    li.appendElement("a").addClass("fact").attr("href", "#f-" + id).attr("data-fact", id)
        .text(text == null || text.isBlank() ? "(blank)" : text);
  }

  static String clip(String s, int max) {
    if (s == null) {
      return "";
    }
    String t = SPACES.matcher(s).replaceAll(" ").strip();
    return t.length() <= max ? t : t.substring(0, max - 1) + "…";
  }

  static String join(String... parts) {
    StringBuilder b = new StringBuilder();
    for (String p : parts) {
      if (p != null && !p.isBlank()) {
        if (b.length() > 0) {
          b.append(" · ");
        }
        b.append(p);
      }
    }
    return b.toString();
  }

  private static <T> List<T> nn(List<T> l) {
    return l == null ? List.of() : l;
  }
}
