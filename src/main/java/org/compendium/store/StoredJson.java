package org.compendium.store;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import com.github.luben.zstd.ZstdDecompressCtx;
import java.nio.charset.StandardCharsets;

/**
 * How a record's JSON is kept in {@code records.json}: a zstd frame (level 1) of its UTF-8 bytes, stored as a BLOB.
 * A record's JSON repeats its text in every statement, commitment and span it carries, so it compresses about 4x
 * (12.5 kB a generated record): the database of 1M records is 11.0 GB instead of 20.2, for ~4 ms of CPU per MB of
 * JSON (~50 CPU-s at 1M) on the extraction threads, which prepare each record (bench/ARCHIVE.md). Rows written
 * before schema 13 hold the JSON as UTF-8 text; {@link #unpack} reads both, so no archive is rewritten.
 */
public final class StoredJson {
  private static final int LEVEL = 1;
  // One native context per thread, reused: Zstd.compress makes and frees one per call, which made compressing a
  // record's JSON 1.2-1.4x slower.
  private static final ThreadLocal<ZstdCompressCtx> COMPRESSOR =
      ThreadLocal.withInitial(() -> new ZstdCompressCtx().setLevel(LEVEL));
  private static final ThreadLocal<ZstdDecompressCtx> DECOMPRESSOR = ThreadLocal.withInitial(ZstdDecompressCtx::new);
  /** A record's JSON is an object: its first byte, in text form, is always this. */
  private static final byte JSON_START = '{';

  private StoredJson() {}

  /** The stored form of a record's compact JSON ({@code utf8}, from {@code RecordJson.writeUtf8}). */
  public static byte[] pack(byte[] utf8) {
    return COMPRESSOR.get().compress(utf8);
  }

  /**
   * The UTF-8 JSON of a {@code records.json} value, either form.
   *
   * @throws StoreException when the value is neither JSON text nor a whole zstd frame that says its size
   */
  public static byte[] unpack(byte[] stored) {
    if (stored.length > 0 && stored[0] == JSON_START) {
      return stored;
    }
    long size = stored.length == 0 ? -1 : Zstd.getFrameContentSize(stored);
    if (size < 0 || size > Integer.MAX_VALUE) {
      throw new StoreException("a record's stored JSON is neither JSON text nor a zstd frame (" + stored.length
          + " bytes)", null);
    }
    try {
      return DECOMPRESSOR.get().decompress(stored, (int) size);
    } catch (RuntimeException e) {
      throw new StoreException("a record's stored JSON is a damaged zstd frame: " + e.getMessage(), e);
    }
  }

  /** {@link #unpack} as a string. */
  public static String text(byte[] stored) {
    return new String(unpack(stored), StandardCharsets.UTF_8);
  }
}
