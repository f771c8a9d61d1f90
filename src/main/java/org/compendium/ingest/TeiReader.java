package org.compendium.ingest;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.ingest.tei.TeiStream;
import org.compendium.util.Hashes;

/**
 * TEI P5 (as in the Office of the Historian's FRUS edition), streamed with StAX through {@link
 * org.compendium.ingest.xml.SafeXml}: every {@code <div type="document">} becomes one record, handed to the sink
 * as soon as its end tag is read, so a whole volume never becomes a tree; a file without such divs gives one
 * record from its {@code <body>}. See {@link TeiStream} for the text, the markup and the sha256 choice.
 *
 * <p>Also the reader of last resort for any other XML (content starting with an XML declaration or DOCTYPE):
 * such input fails with a clear message ("DOCTYPE not allowed", "malformed XML at ...", "not a TEI document")
 * instead of being printed as text.
 */
public final class TeiReader implements RecordReader {
  public static final String TEI_NS = "http://www.tei-c.org/ns/1.0";
  private static final Pattern TEI_ROOT = Pattern.compile("<(?:TEI|teiCorpus|TEI\\.2)[\\s>]");
  private static final Pattern XML_START = Pattern.compile("(?s)^\\s*(?:<\\?xml\\b|<!DOCTYPE(?!\\s+html))",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern HTML_TAG = Pattern.compile("(?i)<(?:html|!doctype\\s+html)\\b");
  private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']");

  private final long maxChars;

  public TeiReader(long maxChars) {
    this.maxChars = maxChars;
  }

  public TeiReader() {
    this(ReaderRegistry.DEFAULT_MAX_BYTES);
  }

  @Override
  public String format() {
    return "tei";
  }

  @Override
  public boolean sniff(byte[] head) {
    String s = Sniff.headText(head, 4096);
    // the root's literal start first: every plain-text file is sniffed, and a regex search of its head for the root
    // was a quarter of the time spent reading it (JFR, 40k generated records)
    boolean root = (s.contains("<TEI") || s.contains("<teiCorpus")) && TEI_ROOT.matcher(s).find();
    if (s.contains(TEI_NS) || root) {
      return true;
    }
    return XML_START.matcher(s).lookingAt() && !HTML_TAG.matcher(s).find();
  }

  @Override
  public boolean claimsExtension(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    return n.endsWith(".xml") || n.endsWith(".tei");
  }

  @Override
  public boolean streams() {
    return true;
  }

  @Override
  public void read(InputStream raw, String uri, Consumer<SourceDocument> sink) throws IOException, ReadException {
    DigestInputStream digest = new DigestInputStream(raw, Hashes.newSha256());
    BufferedInputStream in = new BufferedInputStream(digest, 8192);
    in.mark(512);
    byte[] head = in.readNBytes(512);
    in.reset();
    if (head.length == 0) {
      throw new ReadException("empty file");
    }
    Charset cs = StandardCharsets.UTF_8;
    int skip = 0;
    if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      skip = 3;
    } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      cs = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      cs = StandardCharsets.UTF_16BE;
      skip = 2;
    } else {
      Matcher m = ENCODING.matcher(new String(head, StandardCharsets.ISO_8859_1));
      if (m.find() && supported(m.group(1))) {
        cs = Charset.forName(m.group(1));
      }
    }
    in.skipNBytes(skip);
    // The parser closes its input at the end of the document; the rest of the file must stay readable for the
    // file hash (TeiStream drains it), and closing is the caller's job anyway.
    InputStream keptOpen = new FilterInputStream(in) {
      @Override
      public void close() {
        // left open on purpose
      }
    };
    InputStreamReader reader = new InputStreamReader(keptOpen, cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
    new TeiStream(reader, digest, uri, format(), maxChars, sink).run();
  }

  /** Whether a declared encoding names a charset this JVM has; a name Java finds illegal (".TF-8") does not. */
  private static boolean supported(String name) {
    try {
      return Charset.isSupported(name);
    } catch (IllegalArgumentException illegalName) {
      return false;  // read as UTF-8, like an unknown name: invalid bytes are then reported as undecodable
    }
  }
}
