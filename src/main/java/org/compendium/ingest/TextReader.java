package org.compendium.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;
import org.compendium.model.Source;
import org.compendium.util.Hashes;

/** PLACEHOLDER plain-text reader: UTF-8 only, line ends normalized to LF. */
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
    return fileName.toLowerCase(Locale.ROOT).endsWith(".txt");
  }

  @Override
  public void read(InputStream in, String uri, Consumer<SourceDocument> sink) throws IOException {
    byte[] bytes = in.readAllBytes();
    String text = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
    sink.accept(new SourceDocument(text, new Source(uri, format(), Hashes.sha256(bytes))));
  }
}
