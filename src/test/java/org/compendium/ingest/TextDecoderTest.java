package org.compendium.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The decoder's shortcuts against the long way round, on seeded random input. */
class TextDecoderTest {
  /** Chars normalize keeps, maps or rejects, weighted towards the ones it keeps. */
  private static final String CHARS = "aZ9 .,'\u00e9\u2019\u4e2d\n\n\t\r\u0085\u2028\u2029\u000b\u000c\u0001\u007f"
      + "\u009f\u00a0\u2003\u200b\ufeff\u0000";

  @Test
  void normalizeGivesWhatTheFullCopyGives() {
    Random random = new Random(7);
    int unchanged = 0;
    for (int n = 0; n < 20_000; n++) {
      String s = randomText(random);
      String withoutBom = s.startsWith("\ufeff") ? s.substring(1) : s;  // normalize strips one, then copies
      String expected = outcome(() -> TextDecoder.normalizeCopy(withoutBom));
      assertEquals(expected, outcome(() -> TextDecoder.normalize(s)), () -> "text: " + escape(s));
      if (expected.equals("=" + withoutBom)) {
        unchanged++;
      }
    }
    assertTrue(unchanged > 1_000, "the random texts reach the shortcut: " + unchanged);
  }

  @Test
  void normalTextComesBackAsTheSameString() throws ReadException {
    String s = "The ministers met in Z\u00fcrich.\n\tThey agreed.\n";
    assertSame(s, TextDecoder.normalize(s));
  }

  @Test
  void bytesAreUtf8ExactlyWhenTheStrictDecoderSaysSo() throws ReadException {
    byte[][] pieces = {
        "a".getBytes(StandardCharsets.UTF_8), " ".getBytes(StandardCharsets.UTF_8),
        "\u00e9".getBytes(StandardCharsets.UTF_8), "\u20ac".getBytes(StandardCharsets.UTF_8),
        "\ufffd".getBytes(StandardCharsets.UTF_8), "\ud83d\ude00".getBytes(StandardCharsets.UTF_8),
        {(byte) 0x80}, {(byte) 0xe2, (byte) 0x82}, {(byte) 0xc0, (byte) 0xaf}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
        {(byte) 0xe9}, {(byte) 0x93}, {(byte) 0xff}};
    Random random = new Random(11);
    for (int n = 0; n < 20_000; n++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes("x".getBytes(StandardCharsets.UTF_8));  // never empty
      for (int k = random.nextInt(12); k > 0; k--) {
        out.writeBytes(pieces[random.nextInt(pieces.length)]);
      }
      byte[] bytes = out.toByteArray();
      assertEquals(strictUtf8OrWindows1252(bytes), TextDecoder.decodeRaw(bytes, null));
    }
  }

  private static String strictUtf8OrWindows1252(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      Charset cp1252 = Charset.forName("windows-1252");
      StringBuilder s = new StringBuilder();
      for (byte b : bytes) {
        String c = new String(new byte[] {b}, cp1252);
        s.append(c.equals("\ufffd") ? (char) (b & 0xFF) : c.charAt(0));  // its five undefined bytes: as Latin-1
      }
      return s.toString();
    }
  }

  private interface Normalizer {
    String apply() throws ReadException;
  }

  /** "=" and the text, or "!" and the error. */
  private static String outcome(Normalizer n) {
    try {
      return "=" + n.apply();
    } catch (ReadException e) {
      return "!" + e.getMessage();
    }
  }

  private static String randomText(Random random) {
    StringBuilder s = new StringBuilder();
    int length = random.nextInt(40);
    boolean plain = random.nextInt(3) > 0;  // most texts from the chars kept as they are
    for (int i = 0; i < length; i++) {
      s.append(CHARS.charAt(random.nextInt(plain ? 12 : CHARS.length())));
    }
    return s.toString();
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder();
    s.chars().forEach(c -> b.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
    return b.toString();
  }
}
