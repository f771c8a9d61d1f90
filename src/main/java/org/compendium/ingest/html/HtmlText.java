package org.compendium.ingest.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.compendium.ingest.Markup;
import org.compendium.ingest.TextBuilder;
import org.compendium.model.Span;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Lays out the text of an (already cleaned) HTML subtree: block elements on their own lines, a blank line
 * around paragraphs, headings, lists and tables, {@code <br>} as a newline, ordered-list items prefixed with
 * their number ("1. ", honouring {@code start} and {@code value}) and items of nested lists indented by two
 * spaces a level, so a printed outline survives; {@code <pre>}
 * kept as is. Only text nodes are emitted, so no markup, attribute or script can reach the text. The first
 * {@code <h1>} becomes a TITLE markup, a {@code <time datetime="yyyy-mm-dd...">} a DATE markup (value: the
 * datetime as given). Iterative (jsoup's {@link NodeTraversor}), so depth costs no stack.
 */
public final class HtmlText {
  private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl",
      "table", "blockquote", "pre", "section", "article", "header", "figure", "hr", "address", "fieldset",
      "details", "main");
  private static final Set<String> LINES = Set.of("div", "li", "dt", "dd", "tr", "caption", "figcaption",
      "summary", "center", "legend", "tbody", "thead", "tfoot", "body");
  private static final Set<String> CELLS = Set.of("td", "th");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?(?![\\d])");
  private static final Pattern NEWLINES = Pattern.compile("\\s*\n\\s*");

  /** The laid-out text and its markup. */
  public record Result(String text, List<Markup> markup) {}

  private HtmlText() {}

  /** Text of {@code root}; when it holds no h1, {@code fallbackTitle} (the page's title, may be null) leads it. */
  public static Result layout(Element root, String fallbackTitle, long limit) {
    TextBuilder out = new TextBuilder(limit);
    List<Markup> markup = new ArrayList<>();
    boolean hasH1 = root.selectFirst("h1") != null;
    if (!hasH1 && fallbackTitle != null && !fallbackTitle.isBlank()) {
      out.text(fallbackTitle);
      Span s = out.span(0);
      if (s != null) {
        markup.add(new Markup(Markup.Type.TITLE, s, out.slice(s)));
      }
      out.paragraphBreak();
    }
    NodeTraversor.traverse(new Visitor(out, markup, hasH1), root);
    return new Result(out.build(), markup);
  }

  private static final class Visitor implements NodeVisitor {
    private final TextBuilder out;
    private final List<Markup> markup;
    private final Deque<int[]> lists = new ArrayDeque<>();  // per open list: {ordered?1:0, next number}
    private final Deque<Object[]> dates = new ArrayDeque<>();  // open <time datetime>: {element, start, value}
    private boolean wantTitle;
    private Element titleElement;
    private int titleStart;
    private int pre;

    Visitor(TextBuilder out, List<Markup> markup, boolean wantTitle) {
      this.out = out;
      this.markup = markup;
      this.wantTitle = wantTitle;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        if (pre > 0) {
          out.preformatted(t.getWholeText());
        } else {
          out.text(t.getWholeText());
        }
        return;
      }
      if (!(node instanceof Element e)) {
        return;
      }
      String tag = e.normalName();
      if (tag.equals("br")) {
        out.hardBreak();
        return;
      }
      if (PARAGRAPHS.contains(tag)) {
        out.paragraphBreak();
      } else if (LINES.contains(tag)) {
        out.lineBreak();
      } else if (CELLS.contains(tag)) {
        out.text(" ");
      }
      switch (tag) {
        case "pre" -> pre++;
        case "ol" -> lists.push(new int[] {1, intAttr(e, "start", 1)});
        case "ul", "menu", "dl" -> lists.push(new int[] {0, 0});
        case "li" -> {
          int[] list = lists.peek();
          if (lists.size() > 1) {
            out.indent(2 * (lists.size() - 1));
          }
          if (list != null && list[0] == 1) {
            int n = intAttr(e, "value", list[1]);
            out.text(n + ". ");
            list[1] = n + 1;
          }
        }
        case "time" -> {
          String when = e.attr("datetime").strip();
          if (ISO_DATE.matcher(when).lookingAt()) {
            dates.push(new Object[] {e, out.length(), when});
          }
        }
        case "h1" -> {
          if (wantTitle) {
            wantTitle = false;
            titleElement = e;
            titleStart = out.length();
          }
        }
        default -> { }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return;
      }
      String tag = e.normalName();
      switch (tag) {
        case "pre" -> pre--;
        case "ol", "ul", "menu", "dl" -> lists.poll();
        default -> { }
      }
      if (!dates.isEmpty() && dates.peek()[0] == e) {
        Object[] d = dates.pop();
        Span s = out.span((Integer) d[1]);
        if (s != null) {
          markup.add(new Markup(Markup.Type.DATE, s, (String) d[2]));
        }
      }
      if (e == titleElement) {
        Span s = out.span(titleStart);
        if (s != null) {
          markup.add(new Markup(Markup.Type.TITLE, s, NEWLINES.matcher(out.slice(s)).replaceAll(" ")));
        } else {
          wantTitle = true;  // an empty h1 (a logo image): take the next one
        }
        titleElement = null;
      }
      if (PARAGRAPHS.contains(tag)) {
        out.paragraphBreak();
      } else if (LINES.contains(tag)) {
        out.lineBreak();
      }
    }

    private static int intAttr(Element e, String name, int dflt) {
      String v = e.attr(name).strip();
      if (v.isEmpty() || v.length() > 9) {
        return dflt;
      }
      try {
        return Integer.parseInt(v);
      } catch (NumberFormatException notANumber) {
        return dflt;
      }
    }
  }
}
