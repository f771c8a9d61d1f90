package org.compendium.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A size on the command line: bytes, or a number with K, M or G (binary: 1K = 1024 bytes), B optional. */
public final class ByteSize implements ITypeConverter<Long> {
  @Override
  public Long convert(String value) {
    return parse(value);
  }

  /** {@code "20MB"} -> 20971520; a size that is not positive or not a size is refused with a one-line reason. */
  public static long parse(String value) {
    String v = value.strip().toUpperCase(Locale.ROOT);
    if (v.endsWith("B")) {
      v = v.substring(0, v.length() - 1);
    }
    long unit = 1;
    if (!v.isEmpty() && "KMG".indexOf(v.charAt(v.length() - 1)) >= 0) {
      unit = 1L << (10 * ("KMG".indexOf(v.charAt(v.length() - 1)) + 1));
      v = v.substring(0, v.length() - 1).strip();
    }
    try {
      long n = Long.parseLong(v);
      if (n <= 0 || n > Long.MAX_VALUE / unit) {
        throw new TypeConversionException("not a positive size: " + value);
      }
      return n * unit;
    } catch (NumberFormatException e) {
      throw new TypeConversionException("not a size: " + value + " (bytes, or a number with K, M or G)");
    }
  }
}
