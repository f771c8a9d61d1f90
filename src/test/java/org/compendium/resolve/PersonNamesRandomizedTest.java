package org.compendium.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded randomized check of name matching against a simple reference implementation. */
class PersonNamesRandomizedTest {
  private static final String[] GIVEN = {"Anna", "Boris", "Chen", "Dmitri", "Elena", "Fumio", "Goran", "Hana"};
  private static final String[] FAMILY = {"Ivanova", "Jansen", "Kato", "Lindqvist", "Moreau", "Nakamura", "Okafor"};

  /** Reference: same last word; every other short word equals a full word or is its initial (middles may be extra). */
  private static boolean reference(List<String> s, List<String> f) {
    if (s.equals(f)) {
      return true;
    }
    if (s.size() == 1) {
      return s.get(0).equals(f.get(f.size() - 1)) || (f.size() > 1 && s.get(0).equals(f.get(0)))
          || (f.size() > 2 && s.get(0).equals(f.get(f.size() - 2)));
    }
    if (!s.get(s.size() - 1).equals(f.get(f.size() - 1)) || s.size() > f.size() + 1) {
      return false;
    }
    for (int i = 0; i < s.size() - 1; i++) {
      String w = s.get(i);
      boolean found = false;
      for (String g : f.subList(0, f.size() - 1)) {
        found |= g.equals(w) || (w.length() == 1 && g.startsWith(w));
      }
      if (!found && !(i > 0 && w.length() == 1)) {
        return false;
      }
    }
    return true;
  }

  private static List<String> randomName(Random r) {
    List<String> w = new ArrayList<>();
    w.add(GIVEN[r.nextInt(GIVEN.length)]);
    if (r.nextInt(3) == 0) {
      w.add(GIVEN[r.nextInt(GIVEN.length)]);
    }
    w.add(FAMILY[r.nextInt(FAMILY.length)]);
    return w;
  }

  /** A printed variant: family name only, initials, middle initial, case and hyphen changes. */
  private static String variant(Random r, List<String> name, List<String> other) {
    List<String> base = r.nextInt(4) == 0 ? other : name;
    List<String> out = new ArrayList<>();
    switch (r.nextInt(4)) {
      case 0 -> out.add(base.get(base.size() - 1));
      case 1 -> {
        out.add(base.get(0).charAt(0) + ".");
        out.add(base.get(base.size() - 1));
      }
      case 2 -> {
        out.add(base.get(0));
        out.add(GIVEN[r.nextInt(GIVEN.length)].charAt(0) + ".");
        out.add(base.get(base.size() - 1));
      }
      default -> out.addAll(base);
    }
    String s = String.join(r.nextBoolean() ? " " : "-", out);
    return r.nextBoolean() ? s.toUpperCase(Locale.ROOT) : s;
  }

  @Test
  void canDenoteAgreesWithTheReference() {
    long seed = System.nanoTime();
    Random r = new Random(seed);
    for (int n = 0; n < 5000; n++) {
      List<String> full = randomName(r);
      String form = variant(r, full, randomName(r));
      String fullText = String.join(" ", full);
      boolean expected = reference(PersonNames.words(form), PersonNames.words(fullText));
      assertEquals(expected, PersonNames.canDenote(form, fullText),
          "seed " + seed + ": canDenote(\"" + form + "\", \"" + fullText + "\")");
    }
  }

  @Test
  void samePersonFollowsTheScorerRule() {
    long seed = System.nanoTime();
    Random r = new Random(seed);
    for (int n = 0; n < 2000; n++) {
      List<String> a = randomName(r);
      List<String> b = randomName(r);
      String x = String.join(" ", a);
      String y = String.join(" ", b);
      boolean expected = x.equalsIgnoreCase(y)
          || (a.get(a.size() - 1).equals(b.get(b.size() - 1)) && a.get(0).charAt(0) == b.get(0).charAt(0));
      assertEquals(expected, PersonNames.samePerson(x, y.toUpperCase(Locale.ROOT)), "seed " + seed + ": " + x + " / " + y);
    }
  }

  @Test
  void fixedCases() {
    assertTrue(PersonNames.canDenote("Putin", "Vladimir Putin"));
    assertTrue(PersonNames.canDenote("Vladimir V. Putin", "Vladimir Putin"));
    assertTrue(PersonNames.canDenote("Hu", "Hu Jintao"));
    assertTrue(PersonNames.canDenote("Ortega", "Lucía Ortega Ruiz")); // the first of two family names
    assertFalse(PersonNames.canDenote("Ortega", "Lucía Ruiz"));
    assertTrue(PersonNames.canDenote("KIM JONG-IL", "Kim Jong Il"));
    assertFalse(PersonNames.canDenote("Yohei Kono", "Taro Kono"));
    assertFalse(PersonNames.canDenote("Mori", "Yoshiro Morita"));
  }
}
