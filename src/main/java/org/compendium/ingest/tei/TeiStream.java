package org.compendium.ingest.tei;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.compendium.ingest.ReadException;
import org.compendium.ingest.SourceDocument;
import org.compendium.ingest.TextBuilder;
import org.compendium.ingest.xml.SafeXml;
import org.compendium.model.Source;
import org.compendium.util.Hashes;

/**
 * One pass over a TEI file with a hardened StAX reader. Records are the {@code <div type="document">}s, each
 * handed to the sink at its end tag (the {@code teiHeader} is skipped); when the body holds no such div, the
 * {@code <body>} is the one record. Memory is one record's text plus the parser's buffer.
 *
 * <p>sha256: for a document of a volume, the SHA-256 of the UTF-8 bytes of that document's own XML (from its
 * {@code <div} to its {@code </div>}, as read), so each record of a volume has its own, stable fingerprint that
 * does not change when other documents of the volume are corrected; for a body record, the SHA-256 of the whole
 * file (computed by a {@link DigestInputStream} during the same pass; the record is handed on at the end).
 */
public final class TeiStream {
  private final CapturingReader cap;
  private final DigestInputStream digest;
  private final String uri;
  private final String format;
  private final long maxChars;
  private final Consumer<SourceDocument> sink;

  public TeiStream(Reader reader, DigestInputStream digest, String uri, String format, long maxChars,
      Consumer<SourceDocument> sink) {
    this.cap = new CapturingReader(reader);
    this.digest = digest;
    this.uri = uri;
    this.format = format;
    this.maxChars = maxChars;
    this.sink = sink;
  }

  /** Reads the whole input; fails with a one-line {@link ReadException} on bad XML or a non-TEI root. */
  public void run() throws ReadException, IOException {
    XMLStreamReader x = SafeXml.open(cap);
    try {
      loop(x);
    } catch (TextBuilder.Overflow e) {
      throw new ReadException("record too large: " + e.getMessage());
    } finally {
      try {
        x.close();
      } catch (XMLStreamException ignored) {
        // nothing left to release
      }
    }
  }

  private void loop(XMLStreamReader x) throws ReadException, IOException {
    int depth = 0;
    int skipDepth = -1;
    boolean rootSeen = false;
    boolean volume = false;
    int emitted = 0;
    int ordinal = 0;
    TeiText doc = null;
    TeiText body = null;
    List<TeiText> bodies = new ArrayList<>();
    while (true) {
      int ev = SafeXml.next(x);
      switch (ev) {
        case XMLStreamConstants.START_ELEMENT -> {
          depth++;
          String name = x.getLocalName();
          if (!rootSeen) {
            rootSeen = true;
            if (!name.equals("TEI") && !name.equals("teiCorpus") && !name.equals("TEI.2")) {
              throw new ReadException("not a TEI document (root element <" + name + ">)");
            }
          }
          if (skipDepth >= 0) {
            continue;
          }
          if (name.equals("teiHeader")) {
            skipDepth = depth;
          } else if (name.equals("div") && doc == null && "document".equals(attr(x, "type"))) {
            volume = true;
            body = null;
            ordinal++;
            String id = attr(x, "id") != null ? attr(x, "id") : attr(x, "n");
            // without xml:id or n, the document's position keeps output names apart
            doc = new TeiText(id != null ? id : String.valueOf(ordinal), depth, tagStart(x), maxChars);
          } else if (name.equals("body") && !volume && doc == null) {
            body = new TeiText(null, depth, -1, maxChars);
          } else {
            TeiText cur = doc != null ? doc : body;
            if (cur != null) {
              if (cur.skips(name)) {
                skipDepth = depth;
              } else {
                cur.start(name, x);
              }
            }
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          if (skipDepth >= 0) {
            if (depth == skipDepth) {
              skipDepth = -1;
            }
          } else if (doc != null && depth == doc.depth()) {
            emitted += emit(doc, hashOf(doc, x));
            doc = null;
          } else if (doc == null && body != null && depth == body.depth()) {
            bodies.add(body);
            body = null;
          } else if (doc != null) {
            doc.end();
          } else if (body != null) {
            body.end();
          }
          depth--;
          if (doc == null && body == null) {
            cap.discardBefore(offset(x));
          }
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          TeiText cur = doc != null ? doc : body;
          if (skipDepth < 0 && cur != null) {
            cur.text(x.getText());
          }
        }
        case XMLStreamConstants.END_DOCUMENT -> {
          if (!bodies.isEmpty()) {
            drain();
            String fileHash = HexFormat.of().formatHex(digest.getMessageDigest().digest());
            for (TeiText b : bodies) {
              emitted += emit(b, fileHash);
            }
          }
          if (emitted == 0) {
            throw new ReadException(rootSeen ? "no text in the TEI document" : "no XML content");
          }
          return;
        }
        default -> { }
      }
    }
  }

  private int emit(TeiText t, String sha) {
    if (t.isEmpty()) {
      return 0;  // an empty div (a placeholder in a volume) is not a record
    }
    sink.accept(new SourceDocument(t.build(), new Source(uri, format, sha), t.id(), t.markup()));
    return 1;
  }

  /** Stream offset where the current start tag begins (its end offset, back to its '<'). */
  private long tagStart(XMLStreamReader x) {
    long end = offset(x);
    return end < 0 ? -1 : cap.lastIndexOf('<', end);
  }

  private String hashOf(TeiText doc, XMLStreamReader x) {
    String xml = doc.startOffset() < 0 ? null : cap.slice(doc.startOffset(), offset(x));
    // fall back to the record's text when the parser gave no usable offsets
    String basis = xml != null ? xml : doc.build();
    return Hashes.sha256(basis.getBytes(StandardCharsets.UTF_8));
  }

  private static long offset(XMLStreamReader x) {
    return x.getLocation() == null ? -1 : x.getLocation().getCharacterOffset();
  }

  private void drain() throws IOException {
    InputStream in = digest;
    byte[] buf = new byte[8192];
    while (in.read(buf) >= 0) {
      // the digest sees the rest of the file
    }
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
}
