package org.compendium.serve.web;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Builds pages as jsoup DOM trees, so every piece of record text enters a page through {@link Element#text} or
 * {@link Element#appendText} (escaped) and every value through {@link Element#attr} (quoted): no string of a
 * record is ever concatenated into markup. The shell carries the navigation, the stylesheet and the one
 * bundled script; no inline script or style exists anywhere (the Content-Security-Policy forbids them).
 */
public final class Html {
  public static final String[][] NAV = {
      {"/", "Home"}, {"/search", "Search"}, {"/commitments", "Commitments"}, {"/timeline", "Timeline"},
      {"/people", "People"}, {"/instruments", "Instruments"}, {"/upload", "Upload"}};

  private final Document doc;
  private final Element main;

  private Html(String title, String current) {
    doc = Document.createShell("");
    doc.outputSettings().prettyPrint(false);
    doc.prependChild(new org.jsoup.nodes.DocumentType("html", "", ""));
    Element html = doc.selectFirst("html");
    html.attr("lang", "en");
    Element head = doc.head();
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
    head.appendElement("title").text(title + " · Compendium");
    head.appendElement("link").attr("rel", "stylesheet").attr("href", "/static/app.css");
    head.appendElement("script").attr("src", "/static/app.js").attr("defer", "");
    Element body = doc.body();
    body.appendElement("a").addClass("skip").attr("href", "#main").text("Skip to content");
    Element header = body.appendElement("header").addClass("top");
    header.appendElement("a").addClass("brand").attr("href", "/").text("Compendium");
    Element nav = header.appendElement("nav").attr("aria-label", "Main");
    for (String[] item : NAV) {
      Element a = nav.appendElement("a").attr("href", item[0]).text(item[1]);
      if (item[0].equals(current)) {
        a.attr("aria-current", "page");
      }
    }
    main = body.appendElement("main").id("main").attr("tabindex", "-1");
    body.appendElement("footer").addClass("foot")
        .appendText("Compendium — structured, linked records of diplomatic texts. ")
        .appendElement("a").attr("href", "/api/openapi.json").text("API (OpenAPI)");
  }

  /** A new page titled {@code title}; {@code current} is the navigation entry to mark as the current page. */
  public static Html page(String title, String current) {
    return new Html(title, current);
  }

  public Element main() {
    return main;
  }

  public String render() {
    return doc.outerHtml();
  }

  /** Appends {@code <tag class="cls">text</tag>} to {@code parent} and returns it. */
  public static Element el(Element parent, String tag, String cls, String text) {
    Element e = parent.appendElement(tag);
    if (cls != null) {
      e.addClass(cls);
    }
    if (text != null) {
      e.text(text);
    }
    return e;
  }

  public static Element link(Element parent, String href, String text) {
    return parent.appendElement("a").attr("href", href).text(text == null || text.isBlank() ? "(untitled)" : text);
  }

  /** An error page. */
  public static String error(int status, String message) {
    Html h = page("Error " + status, null);
    el(h.main(), "h1", null, status == 404 ? "Not found" : "Error " + status);
    el(h.main(), "p", "error", message);
    link(el(h.main(), "p", null, null), "/", "Back to the archive");
    return h.render();
  }
}
