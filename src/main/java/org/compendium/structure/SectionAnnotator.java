package org.compendium.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.compendium.extract.Annotator;
import org.compendium.extract.Document;
import org.compendium.extract.Header;
import org.compendium.extract.Layer;
import org.compendium.extract.Layers;
import org.compendium.extract.Sentence;
import org.compendium.model.Section;
import org.compendium.model.Span;
import org.compendium.util.SpaceSplit;

/**
 * Builds the printed outline of the body from the outline labels the sentence splitter set apart: "1."
 * headings, "(1)" and "1)" items, letters, roman numerals, "--" and other bullets, inline "--" bullets after a
 * colon. Nesting follows label family and indentation as printed: an item is the sibling of the nearest open
 * item of the same family at the same indentation (preferring the one whose number it continues), a "1" that
 * follows an open item of its family starts a list nested under the item above, anything else nests under the
 * innermost open item that is not indented deeper. An unlabeled paragraph belongs to the open item above it,
 * except that it closes a bullet list. A section's span runs from its label to the end of its last paragraph
 * or descendant; its heading is the item's text when that is a short heading, else its first line.
 *
 * <p>Limits: unlabeled headings ("Summary of the talks") do not open sections; a family reused at the same
 * indentation for two levels is told apart only by the numbering restarting at 1.
 */
public final class SectionAnnotator implements Annotator {
  private static final int HEADING_MAX_WORDS = 12;
  /** Deepest nesting kept; printed outlines rarely go past four levels. */
  private static final int MAX_DEPTH = 8;

  private final HeadingLines lines = new HeadingLines();

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.SENTENCES, Layers.HEADER);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.SECTIONS);
  }

  @Override
  public void annotate(Document doc) {
    Header header = doc.get(Layers.HEADER);
    doc.put(Layers.SECTIONS, outline(doc.text(), doc.get(Layers.SENTENCES), header.bodyStart()));
  }

  /** An open outline item while the outline is being built. */
  private static final class Node {
    final String label;
    final String family;
    final int indent;
    final boolean inline;
    final int ordinal;
    final int start;
    final String heading;
    final int block;
    int end;
    final List<Node> children = new ArrayList<>();

    Node(String label, int indent, boolean inline, int start, String heading, int block, int end) {
      this.label = label;
      this.family = family(label);
      this.indent = indent;
      this.inline = inline;
      this.ordinal = ordinal(label);
      this.start = start;
      this.heading = heading;
      this.block = block;
      this.end = end;
    }

    boolean isBullet() {
      return ordinal == 0;
    }

    Section toSection() {
      List<Section> kids = children.stream().map(Node::toSection).toList();
      int e = end;
      for (Section k : kids) {
        e = Math.max(e, k.span().end());
      }
      return new Section(label, heading, new Span(start, e), kids);
    }
  }

  /** The outline of the sentences that start at or after {@code bodyStart}. */
  public List<Section> outline(String text, List<Sentence> sentences, int bodyStart) {
    List<Node> roots = new ArrayList<>();
    List<Node> stack = new ArrayList<>();
    int lastBlock = -1;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (s.span().start() < bodyStart) {
        continue;
      }
      if (s.label() == null) {
        boolean newBlock = s.block() != lastBlock;
        lastBlock = s.block();
        if (newBlock && aloneInBlock(sentences, i)) {
          HeadingLines.Type type = lines.classify(s.text(text));
          if (type == HeadingLines.Type.NAV) {
            continue; // site chrome after the outline ("Back to Index") is not part of it
          }
          if (type != HeadingLines.Type.PROSE && isHeadingLike(s.text(text))) {
            // An unlabeled heading ("Summary of the talks") closes the items printed at its indentation.
            closeFrom(stack, indentOf(text, s.span().start()));
            continue;
          }
        }
        if (newBlock) {
          closeBulletsAbove(stack, indentOf(text, s.span().start()));
        }
        if (!stack.isEmpty()) {
          stack.get(stack.size() - 1).end = s.span().end();
        }
        continue;
      }
      int labelStart = text.lastIndexOf(s.label(), s.span().start() - 1);
      boolean inline = labelStart > 0 && !onlySpaceBefore(text, labelStart);
      Node parentOfInline = inline && !stack.isEmpty() ? stack.get(stack.size() - 1) : null;
      int indent = inline ? (parentOfInline == null ? 0 : parentOfInline.indent + 1) : indentOf(text, labelStart);
      Node node = new Node(s.label(), indent, inline, labelStart, heading(text, sentences, i), s.block(),
          itemEnd(sentences, i));
      place(node, stack, roots);
      lastBlock = s.block();
    }
    return roots.stream().map(Node::toSection).toList();
  }

  /** Puts {@code node} into the outline as a sibling or child of an open item, and opens it. */
  private static void place(Node node, List<Node> stack, List<Node> roots) {
    int sibling = -1;
    int fallback = -1;
    for (int k = stack.size() - 1; k >= 0; k--) {
      Node e = stack.get(k);
      boolean sameLevel = e.family.equals(node.family) && (e.indent == node.indent || e.inline || node.inline);
      if (sameLevel) {
        if (node.ordinal == 0 || e.ordinal + 1 == node.ordinal) {
          sibling = k;
          break;
        }
        if (fallback < 0 && (node.ordinal != 1 || !opensList(stack.get(stack.size() - 1)))) {
          fallback = k;
        }
      }
      if (e.indent < node.indent && !e.inline && !node.inline) {
        break;
      }
    }
    if (sibling < 0) {
      sibling = fallback;
    }
    if (sibling >= 0) {
      truncate(stack, sibling);
    } else if (!node.inline) {
      while (!stack.isEmpty() && stack.get(stack.size() - 1).indent > node.indent) {
        stack.remove(stack.size() - 1);
      }
    }
    if (stack.size() >= MAX_DEPTH) {
      truncate(stack, MAX_DEPTH - 1); // a runaway outline (numbering restarting again and again) stays flat
    }
    if (stack.isEmpty()) {
      roots.add(node);
    } else {
      stack.get(stack.size() - 1).children.add(node);
    }
    stack.add(node);
  }

  /** Can a list numbered from 1 open under this item? Only under a heading or a lead-in ending in a colon. */
  private static boolean opensList(Node parent) {
    String h = parent.heading;
    return isHeadingLike(h) || h.endsWith(":") || h.endsWith("follows.");
  }

  private static void truncate(List<Node> stack, int size) {
    while (stack.size() > size) {
      stack.remove(stack.size() - 1);
    }
  }

  private static boolean aloneInBlock(List<Sentence> sentences, int i) {
    int block = sentences.get(i).block();
    return (i == 0 || sentences.get(i - 1).block() != block)
        && (i + 1 == sentences.size() || sentences.get(i + 1).block() != block);
  }

  /**
   * Closes the open text items printed at {@code indent} or deeper; an open heading item stays open (the
   * unlabeled line is a sub-heading inside it, such as a speaker's name above his points).
   */
  private static void closeFrom(List<Node> stack, int indent) {
    while (!stack.isEmpty()) {
      Node top = stack.get(stack.size() - 1);
      if (isHeadingLike(top.heading) || (top.indent < indent && !top.inline)) {
        return;
      }
      stack.remove(stack.size() - 1);
    }
  }

  /** An unlabeled paragraph ends the bullet items that are open at its indentation or deeper. */
  private static void closeBulletsAbove(List<Node> stack, int indent) {
    while (!stack.isEmpty()) {
      Node top = stack.get(stack.size() - 1);
      if (!top.isBullet() || (top.indent < indent && !top.inline)) {
        return;
      }
      stack.remove(stack.size() - 1);
    }
  }

  /** The end of an item's own text: its sentence and the unlabeled sentences that follow in its block. */
  private static int itemEnd(List<Sentence> sentences, int i) {
    int end = sentences.get(i).span().end();
    for (int k = i + 1; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      if (s.block() != sentences.get(i).block() || s.label() != null) {
        break;
      }
      end = s.span().end();
    }
    return end;
  }

  /** The item's text if it is a short heading, else its first printed line (up to any inline bullet). */
  private static String heading(String text, List<Sentence> sentences, int i) {
    Sentence s = sentences.get(i);
    String own = s.text(text);
    if (isHeadingLike(own)) {
      return clean(own);
    }
    int end = text.indexOf('\n', s.span().start());
    end = end < 0 ? text.length() : end;
    for (int k = i + 1; k < sentences.size() && sentences.get(k).span().start() < end; k++) {
      if (sentences.get(k).label() != null) {
        end = text.lastIndexOf(sentences.get(k).label(), sentences.get(k).span().start() - 1);
        break;
      }
    }
    end = Math.max(end, s.span().start());
    return clean(text.substring(s.span().start(), end));
  }

  /** Runs of spaces (with no-break and ideographic ones) made one space, trimmed. */
  private static String clean(String s) {
    return LineShapes.collapseSpaces(s);
  }

  private static boolean isHeadingLike(String s) {
    char last = s.charAt(s.length() - 1);
    return ".!?;:,".indexOf(last) < 0 && SpaceSplit.count(s) <= HEADING_MAX_WORDS;
  }

  private static boolean onlySpaceBefore(String text, int pos) {
    for (int i = pos - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
      if (!SentenceAnnotator.isSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int indentOf(String text, int pos) {
    int lineStart = text.lastIndexOf('\n', pos - 1) + 1;
    return pos - lineStart;
  }

  /** Label family: the label's shape with its number or letter abstracted ("(1)" -> "(n)", "IV." -> "R."). */
  static String family(String label) {
    StringBuilder sb = new StringBuilder(label.length());
    boolean lastDigit = false;
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (Character.isDigit(c)) {
        if (!lastDigit) {
          sb.append('n');
        }
        lastDigit = true;
        continue;
      }
      lastDigit = false;
      sb.append(c);
    }
    String shape = sb.toString();
    if (!shape.equals(label)) {
      return shape; // a number: "n.", "(n)", "n)", "n"
    }
    String core = core(label);
    if (core.isEmpty()) {
      return label.startsWith("--") ? "--" : label;
    }
    boolean upper = Character.isUpperCase(core.charAt(0));
    boolean roman = isRoman(core) && !(core.length() == 1 && (core.equalsIgnoreCase("v") || core.equalsIgnoreCase("x")));
    String kind = roman ? (upper ? "R" : "r") : core.length() == 1 ? (upper ? "A" : "a") : core;
    return label.replace(core, kind);
  }

  /** The label's position in its list (1 for "1.", "(a)", "i)"), or 0 for a bullet. */
  static int ordinal(String label) {
    String core = core(label);
    if (core.isEmpty()) {
      return 0;
    }
    if (Character.isDigit(core.charAt(0))) {
      return Integer.parseInt(core);
    }
    if (isRoman(core) && (core.length() > 1 || core.equalsIgnoreCase("i"))) {
      return roman(core.toLowerCase(java.util.Locale.ROOT));
    }
    if (core.length() == 1 && Character.isLetter(core.charAt(0))) {
      return Character.toLowerCase(core.charAt(0)) - 'a' + 1;
    }
    return 0;
  }

  /** The label without brackets and stop: "(iv)" -> "iv", "12." -> "12", "--" -> "". */
  private static String core(String label) {
    StringBuilder sb = new StringBuilder(label.length());
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean isRoman(String core) {
    for (int i = 0; i < core.length(); i++) {
      if ("ivxIVX".indexOf(core.charAt(i)) < 0) {
        return false;
      }
    }
    return core.length() <= 5;
  }

  private static int roman(String s) {
    int total = 0;
    int prev = 0;
    for (int i = s.length() - 1; i >= 0; i--) {
      int v = switch (s.charAt(i)) {
        case 'i' -> 1;
        case 'v' -> 5;
        default -> 10;
      };
      total += v < prev ? -v : v;
      prev = Math.max(prev, v);
    }
    return total;
  }
}
