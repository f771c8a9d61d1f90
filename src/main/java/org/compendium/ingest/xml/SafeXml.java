package org.compendium.ingest.xml;

import java.io.Reader;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.compendium.ingest.ReadException;

/**
 * The one way the code base opens XML. A streaming (StAX) reader with DTD support off, external entities and
 * external DTD/schema access off, entity expansion capped, and a resolver that refuses everything; on top of
 * that {@link #next} turns a DOCTYPE into a {@link ReadException}, so no DTD (internal subset included) is ever
 * honoured and entity bombs or XXE payloads fail at the DOCTYPE, before any entity is referenced.
 *
 * <p>Uses the JDK's built-in StAX implementation on purpose (not whatever is on the class path), so the
 * hardening and the character offsets it reports are known.
 */
public final class SafeXml {
  /** Deepest element nesting accepted; real TEI stays far below, hostile input fails fast past it. */
  public static final int MAX_DEPTH = 5000;
  private static final String JAXP = "http://www.oracle.com/xml/jaxp/properties/";
  private static final String ENTITY_EXPANSION_LIMIT = JAXP + "entityExpansionLimit";
  private static final String MAX_ELEMENT_DEPTH = JAXP + "maxElementDepth";

  private static final Pattern WS = Pattern.compile("\\s+");

  private SafeXml() {}

  /** A new hardened factory (factories are not guaranteed thread-safe: make one per reader instance or call). */
  public static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_VALIDATING, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setXMLResolver((publicId, systemId, baseUri, ns) -> {
      throw new XMLStreamException("external entity not allowed");
    });
    // JDK limits (secure processing is on by default in the JDK's StAX; these tighten it further)
    trySet(f, ENTITY_EXPANSION_LIMIT, "64");
    trySet(f, JAXP + "totalEntitySizeLimit", "65536");
    trySet(f, JAXP + "maxGeneralEntitySizeLimit", "65536");
    trySet(f, MAX_ELEMENT_DEPTH, String.valueOf(MAX_DEPTH));
    return f;
  }

  /** Opens a hardened stream reader on {@code in}. */
  public static XMLStreamReader open(Reader in) throws ReadException {
    try {
      return factory().createXMLStreamReader(in);
    } catch (XMLStreamException e) {
      throw malformed(e);
    } catch (RuntimeException e) {
      throw new ReadException("malformed XML: the parser failed (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  /** Advances {@code r}, failing with a one-line message on malformed XML or any DOCTYPE. */
  public static int next(XMLStreamReader r) throws ReadException {
    try {
      int event = r.next();
      if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_DECLARATION) {
        throw new ReadException("DOCTYPE not allowed (DTDs and entities are refused)");
      }
      if (event == XMLStreamConstants.ENTITY_REFERENCE) {
        throw new ReadException("entity reference &" + r.getLocalName() + "; not allowed");
      }
      return event;
    } catch (XMLStreamException e) {
      throw malformed(e);
    } catch (RuntimeException e) {
      throw parserFailure(r, e);
    }
  }

  /**
   * The JDK's parser itself throws on some hostile input (a MissingResourceException while formatting the error
   * for a bad character in a DTD, found by fuzzing): still malformed XML, one line, never an escaping exception.
   */
  private static ReadException parserFailure(XMLStreamReader r, RuntimeException e) {
    String what = e.getMessage() == null ? e.getClass().getSimpleName() : WS.matcher(e.getMessage()).replaceAll(" ");
    if (what.toLowerCase(java.util.Locale.ROOT).contains("dtd")) {
      return new ReadException("DOCTYPE not allowed (DTDs and entities are refused)", e);
    }
    Location at = null;
    try {
      at = r.getLocation();
    } catch (RuntimeException unknown) {
      // no position then
    }
    String where = at == null || at.getLineNumber() < 0
        ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
    return new ReadException("malformed XML" + where + ": the parser failed (" + what.strip() + ")", e);
  }

  /** "malformed XML at line L, column C: reason", one line, without the parser's decoration. */
  public static ReadException malformed(XMLStreamException e) {
    Location at = e.getLocation();
    String msg = e.getMessage() == null ? "parse error" : e.getMessage();
    int m = msg.indexOf("Message:");
    if (m >= 0) {
      msg = msg.substring(m + "Message:".length());
    }
    msg = WS.matcher(msg).replaceAll(" ").strip();
    String lower = msg.toLowerCase(java.util.Locale.ROOT);
    if (undecodable(e)) {
      String near = at == null || at.getLineNumber() < 0 ? "" : " near line " + at.getLineNumber();
      return new ReadException("undecodable: bytes invalid in the document's encoding" + near, e);
    }
    if (lower.contains("doctype") || lower.contains("dtd")) {
      return new ReadException("DOCTYPE not allowed (DTDs and entities are refused)", e);
    }
    String where = at == null || at.getLineNumber() < 0
        ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
    return new ReadException("malformed XML" + where + ": " + msg, e);
  }

  private static boolean undecodable(XMLStreamException e) {
    for (Throwable t = e; t != null; t = t.getCause() != null ? t.getCause() : nested(t)) {
      if (t instanceof java.nio.charset.CharacterCodingException) {
        return true;
      }
    }
    return false;
  }

  private static Throwable nested(Throwable t) {
    return t instanceof XMLStreamException x && x.getNestedException() != t ? x.getNestedException() : null;
  }

  private static void trySet(XMLInputFactory f, String property, String value) {
    try {
      f.setProperty(property, value);
    } catch (IllegalArgumentException unsupported) {
      // only the JDK implementation knows these; DTDs are refused anyway
    }
  }
}
