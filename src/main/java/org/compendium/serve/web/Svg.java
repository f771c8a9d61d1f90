package org.compendium.serve.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.compendium.store.link.Instruments;
import org.jsoup.nodes.Element;

/**
 * Drawings made on the server as inline SVG (no script, no external library): a dated timeline of points and the
 * citation graph around an instrument. Labels go in as text nodes; every point and node links to its page and
 * is reachable with the keyboard.
 */
public final class Svg {
  private Svg() {}

  /** A point on a timeline: an ISO date (at least the year), a label and where it links. */
  public record Point(String date, String label, String href) {}

  /** Appends a horizontal timeline of {@code points} (undated ones left out); points of one year stack upwards. */
  public static Element timeline(Element parent, List<Point> points, String title) {
    List<Point> dated = points.stream().filter(p -> p.date() != null && p.date().matches("\\d{4}.*")).toList();
    int width = 1000;
    int lane = 14;
    Map<Integer, Integer> perYear = new HashMap<>();
    for (Point p : dated) {
      perYear.merge(year(p.date()), 1, Integer::sum);
    }
    int tallest = perYear.values().stream().max(Integer::compare).orElse(1);
    int height = 60 + Math.min(tallest, 30) * lane;
    Element svg = parent.appendElement("svg").addClass("timeline").attr("viewBox", "0 0 " + width + " " + height)
        .attr("role", "img").attr("aria-label", title);
    svg.appendElement("title").text(title);
    if (dated.isEmpty()) {
      text(svg, 20, 30, "no dated entries", null);
      return svg;
    }
    double min = dated.stream().mapToDouble(p -> fraction(p.date())).min().orElse(0);
    double max = dated.stream().mapToDouble(p -> fraction(p.date())).max().orElse(0);
    int y0 = (int) Math.floor(min);
    int y1 = (int) Math.floor(max) + 1;
    int left = 40;
    int right = width - 40;
    int axis = height - 30;
    Element ax = svg.appendElement("g").addClass("axis");
    line(ax, left, axis, right, axis);
    int span = Math.max(1, y1 - y0);
    int step = span <= 12 ? 1 : span <= 30 ? 5 : span <= 100 ? 10 : 50;
    for (int y = y0 - Math.floorMod(y0, step) + (Math.floorMod(y0, step) == 0 ? 0 : step); y <= y1; y += step) {
      double x = left + (right - left) * (y - y0) / (double) span;
      Element tick = svg.appendElement("g").addClass("tick");
      line(tick, x, axis, x, axis + 6);
      text(tick, x, axis + 20, Integer.toString(y), "middle");
    }
    Map<Integer, Integer> stacked = new HashMap<>();
    for (Point p : dated) {
      double x = left + (right - left) * (fraction(p.date()) - y0) / span;
      int level = stacked.merge(year(p.date()), 1, Integer::sum) - 1;
      if (level >= 30) {
        continue;  // the list beside the drawing has them all
      }
      double y = axis - 12 - level * lane;
      Element a = svg.appendElement("a").attr("href", p.href());
      a.appendElement("title").text(p.date() + " — " + p.label());
      a.appendElement("circle").addClass("dot").attr("cx", fmt(x)).attr("cy", fmt(y)).attr("r", "5");
    }
    return svg;
  }

  /**
   * Appends the graph around instrument {@code focus}: the focus at the centre, the records that mention it on
   * an inner ring, the other instruments on an outer ring, the edges between them.
   */
  public static Element graph(Element parent, Instruments.Graph g, String focus, String title) {
    int size = 720;
    double c = size / 2.0;
    Element svg = parent.appendElement("svg").addClass("graph").attr("viewBox", "0 0 " + size + " " + size)
        .attr("role", "img").attr("aria-label", title);
    svg.appendElement("title").text(title);
    List<Instruments.Node> records = new ArrayList<>();
    List<Instruments.Node> others = new ArrayList<>();
    for (Instruments.Node n : g.nodes()) {
      if (!n.id().equals(focus) || !n.type().equals("instrument")) {
        (n.type().equals("record") ? records : others).add(n);
      }
    }
    Map<String, double[]> at = new LinkedHashMap<>();
    at.put("instrument:" + focus, new double[] {c, c});
    place(records, "record", c, 170, at);
    place(others, "instrument", c, 300, at);
    Element edges = svg.appendElement("g").addClass("edges");
    for (Instruments.Edge e : g.edges()) {
      double[] a = find(at, e.source());
      double[] b = find(at, e.target());
      if (a != null && b != null) {
        line(edges, a[0], a[1], b[0], b[1]).addClass("edge").addClass("e-" + safe(e.relation()));
      }
    }
    for (Instruments.Node n : g.nodes()) {
      double[] p = at.get(n.type() + ":" + n.id());
      if (p == null) {
        continue;
      }
      boolean isFocus = n.type().equals("instrument") && n.id().equals(focus);
      String href = n.type().equals("record") ? Urls.record(n.id()) : Urls.instrument(n.id());
      Element a = svg.appendElement("a").attr("href", href);
      Element node = a.appendElement("g").addClass("node").addClass(isFocus ? "n-focus" : "n-" + n.type())
          .attr("data-id", n.id());
      node.appendElement("title").text(n.label() + (n.date() == null ? "" : " (" + n.date() + ")"));
      node.appendElement("circle").attr("cx", fmt(p[0])).attr("cy", fmt(p[1])).attr("r", isFocus ? "14" : "8");
      String label = RecordView.clip(n.label(), isFocus ? 40 : 26);
      text(node, p[0], p[1] + (isFocus ? 30 : 20), label, "middle");
    }
    return svg;
  }

  private static void place(List<Instruments.Node> nodes, String type, double c, double r, Map<String, double[]> at) {
    for (int i = 0; i < nodes.size(); i++) {
      double angle = 2 * Math.PI * i / Math.max(1, nodes.size()) - Math.PI / 2 + (type.equals("record") ? 0 : 0.3);
      at.put(type + ":" + nodes.get(i).id(), new double[] {c + r * Math.cos(angle), c + r * Math.sin(angle)});
    }
  }

  /** An edge end names a node by id; records and instruments have separate id spaces, records tried first. */
  private static double[] find(Map<String, double[]> at, String id) {
    double[] p = at.get("record:" + id);
    return p != null ? p : at.get("instrument:" + id);
  }

  private static Element line(Element parent, double x1, double y1, double x2, double y2) {
    return parent.appendElement("line").attr("x1", fmt(x1)).attr("y1", fmt(y1)).attr("x2", fmt(x2))
        .attr("y2", fmt(y2));
  }

  private static Element text(Element parent, double x, double y, String s, String anchor) {
    Element t = parent.appendElement("text").attr("x", fmt(x)).attr("y", fmt(y)).text(s);
    if (anchor != null) {
      t.attr("text-anchor", anchor);
    }
    return t;
  }

  private static int year(String date) {
    return Integer.parseInt(date.substring(0, 4));
  }

  /** The date as a fractional year (a partial date counts as its start). */
  static double fraction(String date) {
    double y = year(date);
    if (date.length() >= 7) {
      y += (Integer.parseInt(date.substring(5, 7)) - 1) / 12.0;
    }
    if (date.length() >= 10) {
      y += (Integer.parseInt(date.substring(8, 10)) - 1) / 365.0;
    }
    return y;
  }

  private static String safe(String s) {
    return s == null ? "none" : s.replaceAll("[^a-z]", "");
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
