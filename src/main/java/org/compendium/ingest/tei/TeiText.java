package org.compendium.ingest.tei;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamReader;
import org.compendium.ingest.Markup;
import org.compendium.ingest.TextBuilder;
import org.compendium.model.Span;

/**
 * Lays out the text of one TEI record (a {@code <div type="document">} or a {@code <body>}) from the elements
 * the stream hands it, and collects the markup the TEI carries: TITLE (the record's own first {@code <head>},
 * without a leading document number such as "182."), DATE ({@code <date>}, value its ISO {@code when}, else
 * {@code from}/{@code notBefore}), PLACE ({@code placeName}), PERSON ({@code persName}), PARTICIPANT (items of
 * {@code <list type="participants">}, value the item's one person name, else its text).
 *
 * <p>Notes ({@code <note>}: source citations, editors' cross-references) are dropped, not kept at the end: they
 * are the editors' words, not the record's, and keeping them would hand the annotators statements nobody in the
 * record made. Page breaks, running heads, gaps and deletions are dropped; in a {@code <choice>} the printed
 * form (abbr, sic, orig) is kept; in an {@code <opener>} only the dateline-like parts are kept (file codes are
 * not the record's text).
 */
final class TeiText {
  static final Set<String> SKIP = Set.of("note", "fw", "pb", "cb", "milestone", "figDesc", "teiHeader", "facsimile",
      "interpGrp", "bibl", "listBibl", "del", "gap");
  /** In a {@code <choice>}, the printed form is kept (abbr, sic, orig), the editors' alternative dropped. */
  private static final Set<String> CHOICE_DROP = Set.of("expan", "corr", "reg");
  private static final Set<String> OPENER_KEEP = Set.of("dateline", "salute", "signed", "byline", "docDate",
      "docAuthor", "address", "addrLine");
  private static final Set<String> PARAGRAPHS = Set.of("p", "head", "list", "opener", "closer", "div", "table",
      "lg", "ab", "postscript", "floatingText", "argument", "epigraph", "trailer", "listPerson", "sp",
      "byline", "docTitle", "titlePage");
  private static final Set<String> LINES = Set.of("item", "dateline", "salute", "signed", "row", "l", "docDate",
      "docAuthor", "addrLine", "address", "person", "speaker");
  private static final Pattern NUMBER = Pattern.compile("^\\d{1,6}\\.\\s+");

  private record Open(String name, Markup.Type type, int start, String value, String listType, List<String> names) {}

  private final String id;
  private final int depth;
  private final long startOffset;
  private final TextBuilder out;
  private final List<Markup> markup = new ArrayList<>();
  private final Deque<Open> stack = new ArrayDeque<>();
  private boolean titleDone;
  private boolean labelEnded;

  TeiText(String id, int depth, long startOffset, long maxChars) {
    this.id = id;
    this.depth = depth;
    this.startOffset = startOffset;
    this.out = new TextBuilder(maxChars);
  }

  String id() {
    return id;
  }

  int depth() {
    return depth;
  }

  long startOffset() {
    return startOffset;
  }

  /** Whether the element about to start (with its subtree) is left out of the text. */
  boolean skips(String name) {
    if (SKIP.contains(name)) {
      return true;
    }
    Open parent = stack.peek();
    if (parent != null && parent.name().equals("choice")) {
      return CHOICE_DROP.contains(name);
    }
    return parent != null && parent.name().equals("opener") && !OPENER_KEEP.contains(name);
  }

  void start(String name, XMLStreamReader x) {
    if (name.equals("lb")) {
      out.hardBreak();
    } else if (name.equals("cell")) {
      out.text(" ");
    }
    Open parent = stack.peek();
    boolean afterLabel = labelEnded;
    labelEnded = false;
    boolean listLabel = name.equals("label") && parent != null && parent.name().equals("list");
    if (name.equals("item") && afterLabel) {
      out.text(" ");  // "(a) text": a list label and its item share a line
    } else if (PARAGRAPHS.contains(name) && !inList(name, parent)) {
      out.paragraphBreak();
    } else if (LINES.contains(name) || PARAGRAPHS.contains(name) || listLabel) {
      out.lineBreak();
    }
    Markup.Type type = null;
    String value = null;
    switch (name) {
      case "head" -> {
        if (!titleDone && (stack.isEmpty() || allDivs())) {
          titleDone = true;
          type = Markup.Type.TITLE;
        }
      }
      case "date" -> {
        type = Markup.Type.DATE;
        value = firstAttr(x, "when", "from", "notBefore", "when-iso", "to", "notAfter");
      }
      case "placeName" -> type = Markup.Type.PLACE;
      case "persName" -> {
        type = Markup.Type.PERSON;
        value = attr(x, "corresp");
      }
      case "item" -> {
        if (parent != null && parent.name().equals("list") && "participants".equals(parent.listType())) {
          type = Markup.Type.PARTICIPANT;
        }
      }
      default -> { }
    }
    String listType = name.equals("list") ? attr(x, "type") : null;
    stack.push(new Open(name, type, out.length(), value, listType,
        type == Markup.Type.PARTICIPANT ? new ArrayList<>() : null));
  }

  void end() {
    Open o = stack.pop();
    labelEnded = o.name().equals("label") && !stack.isEmpty() && stack.peek().name().equals("list");
    if (o.type() != null) {
      Span s = out.span(o.start());
      if (s != null) {
        addMarkup(o, s);
      }
    }
    if (PARAGRAPHS.contains(o.name()) && !inList(o.name(), stack.peek())) {
      out.paragraphBreak();
    } else if (LINES.contains(o.name()) || PARAGRAPHS.contains(o.name())) {
      out.lineBreak();
    }
  }

  /** A list's own head sits on the line above its items, not in a paragraph of its own. */
  private static boolean inList(String name, Open parent) {
    return name.equals("head") && parent != null && parent.name().equals("list");
  }

  void text(String s) {
    out.text(s);
  }

  boolean isEmpty() {
    return out.isEmpty();
  }

  String build() {
    return out.build();
  }

  List<Markup> markup() {
    List<Markup> sorted = new ArrayList<>(markup);
    sorted.sort(Comparator.comparing(Markup::span));
    return sorted;
  }

  private void addMarkup(Open o, Span s) {
    String covered = collapse(out.slice(s));
    switch (o.type()) {
      case TITLE -> {
        Matcher m = NUMBER.matcher(out.slice(s));
        if (m.find() && m.end() < s.length()) {
          s = new Span(s.start() + m.end(), s.end());
          covered = collapse(out.slice(s));
        }
        markup.add(new Markup(o.type(), s, covered));
      }
      case DATE -> markup.add(new Markup(o.type(), s, o.value() != null ? o.value() : covered));
      case PERSON -> {
        markup.add(new Markup(o.type(), s, covered));
        for (Open a : stack) {
          if (a.names() != null) {
            a.names().add(covered);
            break;
          }
        }
      }
      case PARTICIPANT -> markup.add(new Markup(o.type(), s, o.names().size() == 1 ? o.names().get(0) : covered));
      default -> markup.add(new Markup(o.type(), s, covered));
    }
  }

  private boolean allDivs() {
    for (Open o : stack) {
      if (!o.name().equals("div")) {
        return false;
      }
    }
    return true;
  }

  private static String collapse(String s) {
    return s.replace('\n', ' ').strip();
  }

  private static String attr(XMLStreamReader x, String local) {
    for (int i = 0; i < x.getAttributeCount(); i++) {
      if (x.getAttributeLocalName(i).equals(local)) {
        String v = x.getAttributeValue(i).strip();
        return v.isEmpty() ? null : v;
      }
    }
    return null;
  }

  private static String firstAttr(XMLStreamReader x, String... names) {
    for (String n : names) {
      String v = attr(x, n);
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
