package org.compendium.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.compendium.extract.Extractor;
import org.compendium.ingest.ReadException;
import org.compendium.ingest.ReaderRegistry;
import org.compendium.ingest.SourceDocument;
import org.compendium.model.Record;
import org.compendium.store.Archive;
import org.compendium.store.Incoming;
import org.compendium.store.RecordStore;
import org.compendium.store.Stored;

/**
 * An uploaded file, read and extracted exactly as {@code compendium ingest} reads a file (same readers, same
 * size limit, same extractor): {@link #preview} shows what it gives without storing anything; {@link #keep}
 * saves the file under the store's {@code uploads/} directory (a name stripped to safe characters, so nothing
 * can point outside it) and stores its records, all or nothing per record. A file that cannot be read is a
 * 400 (413 when too large or too big to extract in the server's heap, 415 when it is binary), naming the file
 * and the problem.
 */
public final class Uploads {
  public static final String DIR = "uploads";
  private static final int MAX_NAME = 100;

  private final Archive archive;
  private final Path uploads;
  private final Function<SourceDocument, Record> extractor;
  private final ReaderRegistry readers;

  public Uploads(Archive archive, Path storeDir, long maxBytes) {
    this(archive, storeDir, maxBytes, new Extractor()::extract);
  }

  /** With {@code extractor} in place of the standard extraction (tests of its failures). */
  Uploads(Archive archive, Path storeDir, long maxBytes, Function<SourceDocument, Record> extractor) {
    this.archive = archive;
    this.uploads = storeDir.resolve(DIR);
    this.readers = ReaderRegistry.standard(maxBytes);
    this.extractor = extractor;
  }

  /** One stored record of an upload: its id and title, and whether it was new, a new version or already there. */
  public record Kept(String id, String title, String stored) {}

  /** Extracts the upload without storing it. */
  public List<Record> preview(String fileName, byte[] bytes) {
    String name = safeName(fileName);
    checkSize(name, bytes);
    try {
      Path tmp = Files.createTempDirectory("compendium-upload");
      Path file = tmp.resolve(name);
      try {
        Files.write(file, bytes);
        return extract(name, file).stream().map(Extracted::record).toList();
      } finally {
        Files.deleteIfExists(file);
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stage upload " + name + ": " + e.getMessage(), e);
    }
  }

  /** Saves the upload under {@code uploads/} and stores its records; uploads are serialized. */
  public synchronized List<Kept> keep(String fileName, byte[] bytes) {
    String name = safeName(fileName);
    checkSize(name, bytes);
    try {
      Files.createDirectories(uploads);
      Path staged = Files.createTempFile(uploads, ".incoming-", ".part");
      Path file = uploads.resolve(name);
      try {
        Files.write(staged, bytes);
        List<Extracted> records = extract(name, staged);
        // the file replaces an earlier upload of the same name only once it has been read successfully
        Files.move(staged, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        String uri = file.toUri().toString();
        List<Incoming> batch = new ArrayList<>();
        for (Extracted x : records) {
          batch.add(new Incoming(Incoming.key(uri, x.documentId()), withUri(x.record(), uri)));
        }
        List<Kept> kept = new ArrayList<>();
        for (RecordStore.Outcome o : archive.store(batch)) {
          if (o.failed()) {
            throw new ApiException(500, name + ": " + o.error());
          }
          kept.add(new Kept(o.incoming().record().id(), o.incoming().record().title(),
              o.stored() == Stored.NEW ? "new" : o.stored() == Stored.VERSION ? "version" : "unchanged"));
        }
        return kept;
      } finally {
        Files.deleteIfExists(staged);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save upload " + name + ": " + e.getMessage(), e);
    }
  }

  private record Extracted(String documentId, Record record) {}

  private List<Extracted> extract(String name, Path file) {
    List<Extracted> out = new ArrayList<>();
    try {
      readers.read(file, doc -> out.add(new Extracted(doc.documentId(), extractor.apply(doc))));
    } catch (ReadException e) {
      String m = e.getMessage() == null ? "cannot read" : e.getMessage();
      int status = m.startsWith("file too large") ? 413 : m.startsWith("binary content") ? 415 : 400;
      throw new ApiException(status, name + ": " + m);
    } catch (OutOfMemoryError e) {
      // the file is within the size limit but its records outgrow this server's heap; their memory is garbage
      // once this returns, so the server goes on
      throw new ApiException(413, name + ": too big to extract in this server's memory (-Xmx); "
          + "split the file, or give the server more memory");
    } catch (RuntimeException | StackOverflowError e) {
      throw ApiException.badRequest(name + ": cannot extract a record (" + e.getClass().getSimpleName() + ")");
    }
    if (out.isEmpty()) {
      throw ApiException.badRequest(name + ": no record in the file");
    }
    return out;
  }

  /** The record as extracted, its source pointing at the kept file instead of the staging file. */
  private static Record withUri(Record r, String uri) {
    if (r.source() == null) {
      return r;
    }
    var s = new org.compendium.model.Source(uri, r.source().format(), r.source().sha256());
    return new Record(r.id(), s, r.title(), r.date(), r.issuer(), r.kind(), r.countries(), r.participants(),
        r.statements(), r.instruments(), r.commitments(), r.places(), r.temporals(), r.topics(), r.sections(),
        r.text());
  }

  private void checkSize(String name, byte[] bytes) {
    if (bytes.length == 0) {
      throw ApiException.badRequest(name + ": empty file");
    }
    if (bytes.length > readers.maxBytes()) {
      throw new ApiException(413, name + ": file too large (" + bytes.length + " bytes, limit "
          + readers.maxBytes() + ")");
    }
  }

  /**
   * The last path segment of a client's file name, reduced to letters, digits, dot, dash and underscore, so it
   * can never leave the uploads directory or hide as a dot file; the extension is kept (it helps pick a reader).
   */
  public static String safeName(String fileName) {
    String n = fileName == null ? "" : fileName;
    n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n.length() && b.length() < MAX_NAME; i++) {
      char ch = n.charAt(i);
      b.append(Character.isLetterOrDigit(ch) && ch < 128 || ch == '.' || ch == '-' || ch == '_' ? ch : '_');
    }
    String s = b.toString().replaceAll("^[._]+", "");
    return s.isEmpty() || s.matches("\\.*") ? "upload.txt" : s;
  }
}
