package org.compendium.ingest;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.compendium.util.Resources;

/**
 * Known binary file signatures (data file {@code ingest/magic.tsv}). Used to reject images, archives and the
 * like by their first bytes, whatever their file name says. Immutable; build once and share.
 */
public final class Magic {
  /** One signature: its leading bytes and a human name for messages. */
  public record Signature(byte[] prefix, String name) {}

  private final List<Signature> signatures;

  public Magic(List<Signature> signatures) {
    this.signatures = List.copyOf(signatures);
  }

  /** The signatures of the bundled data file. */
  public static Magic standard() {
    List<Signature> out = new ArrayList<>();
    for (String[] row : Resources.tsv("ingest/magic.tsv", 2)) {
      out.add(new Signature(HexFormat.of().parseHex(row[0]), row[1]));
    }
    return new Magic(out);
  }

  public List<Signature> signatures() {
    return signatures;
  }

  /** The name of the binary format {@code head} starts with, or null when it matches none. */
  public String match(byte[] head) {
    for (Signature s : signatures) {
      byte[] p = s.prefix();
      if (head.length >= p.length && java.util.Arrays.equals(head, 0, p.length, p, 0, p.length)) {
        return s.name();
      }
    }
    return null;
  }
}
