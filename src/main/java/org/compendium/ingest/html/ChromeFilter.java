package org.compendium.ingest.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.compendium.util.Resources;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds a page's content and removes its chrome, by structure and general rules only: the content root is
 * {@code <main>}, {@code [role=main]}, a single {@code <article>} or an element whose id/class names content
 * (data file {@code ingest/content-ids.txt}), else {@code <body>}. Inside it, removed are: non-content elements
 * (scripts, styles, forms, embedded objects), semantic chrome ({@code nav}, {@code aside}, {@code footer}, a
 * {@code header} that is not inside the content), ARIA chrome roles ({@code ingest/chrome-roles.txt}), hidden
 * elements, small blocks around a button or form field (widgets), elements whose class/id tokens name chrome
 * ({@code ingest/chrome-tokens.txt}), in-page and
 * {@code javascript:} links (page-top and print widgets), and blocks that are mostly link text (menus, "back to
 * index" lines). Every pass is iterative and linear, so very deep pages cannot overflow the stack.
 *
 * <p>Limits: a page with no structure at all (text in one {@code <td>}) keeps whatever sits beside it; a
 * content block made only of links (a list of documents) is removed like a menu.
 */
public final class ChromeFilter {
  private static final Set<String> NEVER_CONTENT = Set.of("script", "style", "noscript", "template", "iframe",
      "object", "embed", "svg", "math", "canvas", "form", "input", "button", "select", "textarea", "option",
      "label", "nav", "aside", "menu", "dialog", "map", "audio", "video", "img", "picture", "link", "meta", "base",
      "head", "title");
  /** Block elements judged by their share of link text. */
  private static final Set<String> LINK_BLOCKS = Set.of("p", "div", "ul", "ol", "dl", "li", "table", "tr", "td",
      "section", "span", "center", "font", "h2", "h3", "h4", "h5", "h6");
  private static final int MAX_CANDIDATES = 32;
  private static final int WIDGET_CHARS = 60;
  private static final Set<String> CONTROLS = Set.of("button", "input", "select", "textarea");
  private static final Pattern TOKEN_SPLIT = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])");
  private static final Pattern DISPLAY_NONE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

  private final Set<String> tokens = new HashSet<>();
  private final List<String> suffixes = new ArrayList<>();
  private final Set<String> roles;
  private final List<String> contentIds;

  public ChromeFilter() {
    for (String t : Resources.lines("ingest/chrome-tokens.txt")) {
      if (t.startsWith("*")) {
        suffixes.add(t.substring(1).toLowerCase(Locale.ROOT));
      } else {
        tokens.add(t.toLowerCase(Locale.ROOT));
      }
    }
    roles = Set.copyOf(Resources.lines("ingest/chrome-roles.txt"));
    contentIds = List.copyOf(Resources.lines("ingest/content-ids.txt"));
  }

  /** The element holding the page's content. */
  public Element contentRoot(Document doc) {
    Element body = doc.body();
    Element main = doc.selectFirst("main, [role=main]");
    if (main != null && hasText(main)) {
      return main;
    }
    List<Element> articles = doc.select("article");
    if (articles.size() == 1 && hasText(articles.get(0))) {
      return articles.get(0);
    }
    List<Element> all = body.getAllElements();
    int bodyChars = -1;
    int tried = 0;
    for (String want : contentIds) {
      for (Element e : all) {
        if (e != body && (want.equals(squash(e.id())) || classMatches(e, want)) && tried++ < MAX_CANDIDATES) {
          if (bodyChars < 0) {
            bodyChars = body.text().length();
          }
          // a "content" element must hold a good share of the page (not a menu item's label)
          if (e.text().length() * 4 >= bodyChars) {
            return e;
          }
        }
      }
    }
    return body;
  }

  /**
   * The page's main heading when it lies outside {@code root}: the first h1 that sits in no chrome (a logo in a
   * site header is not a title). Null when there is none.
   */
  public Element outsideHeading(Document doc, Element root) {
    if (root.selectFirst("h1") != null) {
      return null;
    }
    int tried = 0;
    for (Element h1 : doc.body().select("h1")) {
      if (tried++ >= 8) {
        break;
      }
      if (h1.hasText() && h1.selectFirst("img") == null && !inChrome(h1)) {
        return h1;
      }
    }
    return null;
  }

  private boolean inChrome(Element e) {
    Element a = e;
    for (int i = 0; a != null && i < 64; i++, a = a.parent()) {
      String tag = a.normalName();
      if (tag.equals("header") || NEVER_CONTENT.contains(tag) || tag.equals("footer")
          || roles.contains(a.attr("role").toLowerCase(Locale.ROOT).strip())
          || namesChrome(a.className() + " " + a.id())) {
        return true;
      }
    }
    return false;
  }

  /** Removes chrome from the subtree of {@code root} (root itself is kept). */
  public void strip(Element root) {
    Set<Element> keep = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    Element h1 = root.selectFirst("h1");
    for (Element a = h1; a != null && a != root; a = a.parent()) {
      keep.add(a);
    }
    boolean site = root.normalName().equals("body");
    List<Element> doomed = new ArrayList<>();
    int controls = 0;
    for (Element e : root.getAllElements()) {
      if (e != root && isChrome(e, site, keep)) {
        doomed.add(e);
      }
      // a small block around a button or field is a widget ("View settings [A+] [A-]"), not content
      if (CONTROLS.contains(e.normalName()) && controls++ < MAX_CANDIDATES) {
        Element p = e.parent();
        if (p != null && p != root && !keep.contains(p) && p.text().length() <= WIDGET_CHARS) {
          doomed.add(p);
        }
      }
    }
    doomed.forEach(Node::remove);
    removeLinkBlocks(root, keep);
  }

  private boolean isChrome(Element e, boolean site, Set<Element> keep) {
    String tag = e.normalName();
    if (NEVER_CONTENT.contains(tag) || tag.equals("footer")) {
      return true;
    }
    if (tag.equals("header") && site && !keep.contains(e) && !insideArticle(e)) {
      return true;
    }
    if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))
        || DISPLAY_NONE.matcher(e.attr("style")).find()) {
      return true;
    }
    String role = e.attr("role").toLowerCase(Locale.ROOT).strip();
    if (!role.isEmpty() && roles.contains(role)) {
      return true;
    }
    if (tag.equals("a")) {
      String href = e.attr("href").strip().toLowerCase(Locale.ROOT);
      if (href.startsWith("#") || href.startsWith("javascript:") || href.startsWith("mailto:")) {
        return true;
      }
    }
    // a block holding the content's main heading is the content's own header, whatever its class says
    return (e.hasAttr("class") || e.hasAttr("id")) && !keep.contains(e)
        && namesChrome(e.className() + " " + e.id());
  }

  /** An article's own header (looked up a bounded number of levels, so deep pages stay linear). */
  private static boolean insideArticle(Element e) {
    Element a = e.parent();
    for (int i = 0; a != null && i < 64; i++, a = a.parent()) {
      if (a.normalName().equals("article")) {
        return true;
      }
    }
    return false;
  }

  boolean namesChrome(String classAndId) {
    String[] parts = TOKEN_SPLIT.split(classAndId.strip());
    String prev = null;
    for (String p : parts) {
      if (p.isEmpty()) {
        continue;
      }
      String t = p.toLowerCase(Locale.ROOT);
      if (matches(t) || (prev != null && matches(prev + t))) {
        return true;
      }
      prev = t;
    }
    return false;
  }

  private boolean matches(String token) {
    if (tokens.contains(token)) {
      return true;
    }
    for (String s : suffixes) {
      if (token.length() > s.length() && token.endsWith(s)) {
        return true;
      }
    }
    return false;
  }

  /** Bottom-up link density over the subtree (reverse document order visits children before parents). */
  private void removeLinkBlocks(Element root, Set<Element> keep) {
    List<Element> all = root.getAllElements();
    Map<Element, int[]> stats = new IdentityHashMap<>();  // {text chars, link chars, links}
    List<Element> doomed = new ArrayList<>();
    for (int i = all.size() - 1; i >= 0; i--) {
      Element e = all.get(i);
      int[] s = new int[3];
      for (Node child : e.childNodes()) {
        if (child instanceof TextNode t) {
          s[0] += visibleChars(t.getWholeText());
        } else if (child instanceof Element c) {
          int[] cs = stats.remove(c);
          if (cs != null) {
            s[0] += cs[0];
            s[1] += cs[1];
            s[2] += cs[2];
          }
        }
      }
      if (e.normalName().equals("a") && e.hasAttr("href")) {
        s[1] = s[0];
        s[2]++;
      }
      if (e != root && !keep.contains(e) && LINK_BLOCKS.contains(e.normalName()) && isLinkBlock(e.normalName(), s)) {
        doomed.add(e);
      }
      stats.put(e, s);
    }
    doomed.forEach(Node::remove);
  }

  private static boolean isLinkBlock(String tag, int[] s) {
    if (s[2] == 0 || s[0] == 0) {
      return false;
    }
    double density = s[1] / (double) s[0];
    boolean list = tag.equals("ul") || tag.equals("ol") || tag.equals("dl") || tag.equals("tr");
    return density >= 0.75 || (list && s[2] >= 2 && density >= 0.5);
  }

  private static int visibleChars(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u00A0') {
        n++;
      }
    }
    return n;
  }

  private static boolean hasText(Element e) {
    return e.hasText();
  }

  private static String squash(String s) {
    return s.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
  }

  private static boolean classMatches(Element e, String want) {
    for (String c : e.classNames()) {
      if (want.equals(squash(c))) {
        return true;
      }
    }
    return false;
  }
}
