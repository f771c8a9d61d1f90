package org.compendium.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.function.Consumer;
import org.compendium.model.Source;
import org.compendium.util.Hashes;

/**
 * Plain text: one record per file. Encoding detection, line-end normalization and the rejection of empty,
 * binary and undecodable input are {@link TextDecoder}'s; this class only wraps the result. It is the fallback
 * reader, so it sniffs nothing itself.
 */
public final class TextReader implements RecordReader {
  @Override
  public String format() {
    return "text";
  }

  @Override
  public boolean sniff(byte[] head) {
    return false;
  }

  @Override
  public boolean claimsExtension(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    return n.endsWith(".txt") || n.endsWith(".text");
  }

  @Override
  public void read(InputStream in, String uri, Consumer<SourceDocument> sink) throws IOException, ReadException {
    read(in.readAllBytes(), uri, sink);
  }

  @Override
  public void read(byte[] bytes, String uri, Consumer<SourceDocument> sink) throws ReadException {
    String text = TextDecoder.decode(bytes, null);
    sink.accept(new SourceDocument(text, new Source(uri, format(), Hashes.sha256(bytes))));
  }
}
