package org.compendium.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.ingest.html.ChromeFilter;
import org.compendium.ingest.html.HtmlText;
import org.compendium.model.Source;
import org.compendium.util.Hashes;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A saved HTML page, one record per file (jsoup). Decodes the bytes like {@link TextDecoder} (BOM, valid UTF-8,
 * the charset the page declares in a {@code <meta>}, else windows-1252), keeps the content and drops the chrome
 * ({@link ChromeFilter}), lays the text out with line structure ({@link HtmlText}). The page's h1, else its
 * {@code <title>}, becomes a TITLE markup.
 */
public final class HtmlReader implements RecordReader {
  private static final Pattern START = Pattern.compile(
      "(?is)^(?:\\s|<!--.*?-->|<\\?xml[^>]{0,200}>)*<(?:!doctype\\s+html|html|head|body|meta|title|div|p|table|h[1-6])\\b");
  private static final Pattern META_CHARSET = Pattern.compile(
      "(?i)<meta\\b[^>]{0,300}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]{1,40})");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:[|\u2022\u00b7\u2013\u2014]|::)\\s+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final int SNIFF_CHARS = 2048;

  private final ChromeFilter chrome = new ChromeFilter();
  private final long maxChars;

  public HtmlReader(long maxChars) {
    this.maxChars = maxChars;
  }

  public HtmlReader() {
    this(ReaderRegistry.DEFAULT_MAX_BYTES);
  }

  @Override
  public String format() {
    return "html";
  }

  @Override
  public boolean sniff(byte[] head) {
    String s = Sniff.headText(head, SNIFF_CHARS);
    return START.matcher(s).lookingAt();
  }

  @Override
  public boolean claimsExtension(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml");
  }

  @Override
  public void read(InputStream in, String uri, Consumer<SourceDocument> sink) throws IOException, ReadException {
    byte[] bytes = in.readAllBytes();
    String html = TextDecoder.decode(bytes, declaredCharset(bytes));
    Document doc = Jsoup.parse(html, uri == null ? "" : uri, Parser.htmlParser());
    Element root = chrome.contentRoot(doc);
    Element heading = chrome.outsideHeading(doc, root);
    String title = heading != null ? heading.text().strip() : titleOf(doc.title());
    chrome.strip(root);
    HtmlText.Result r;
    try {
      r = HtmlText.layout(root, title.isEmpty() ? null : title, maxChars);
    } catch (TextBuilder.Overflow e) {
      throw new ReadException(e.getMessage());
    }
    if (r.text().isBlank()) {
      throw new ReadException("no text content in the HTML page");
    }
    sink.accept(new SourceDocument(r.text(), new Source(uri, format(), Hashes.sha256(bytes)), null, r.markup()));
  }

  /**
   * A {@code <title>} without its site name: split at site separators ("Talks | Ministry"), the first part,
   * unless that is a one- or two-word label ("News • Talks on ...") and a longer part follows.
   */
  static String titleOf(String title) {
    String[] parts = TITLE_SEPARATOR.split(title.strip());
    String first = parts[0].strip();
    if (parts.length == 1 || SPACES.split(first).length > 2) {
      return first;
    }
    String best = first;
    for (String part : parts) {
      if (part.strip().length() > best.length()) {
        best = part.strip();
      }
    }
    return best;
  }

  private static String declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
  }
}
