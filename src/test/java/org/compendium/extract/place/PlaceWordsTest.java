package org.compendium.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.compendium.extract.place.PlaceWords.HeadKind;
import org.junit.jupiter.api.Test;

class PlaceWordsTest {
  private final PlaceWords words = PlaceWords.load();

  @Test
  void headNounsByKind() {
    assertEquals(HeadKind.INSTRUMENT, words.head("declaration"));
    assertEquals(HeadKind.EVENT, words.head("summit"));
    assertEquals(HeadKind.ORGANISATION, words.head("agency"));
    assertEquals(HeadKind.BUILDING, words.head("airport"));
    assertEquals(HeadKind.UNIT, words.head("time"));
    assertNull(words.head("relations"));
    assertTrue(words.isLowerHead("accords"));
    assertFalse(words.isLowerHead("statement"));
  }

  @Test
  void otherWordLists() {
    assertTrue(words.isGeneric("islands"));
    assertTrue(words.isForm("republic"));
    assertTrue(words.isTitle("president"));
    assertFalse(words.isTitle("islands"));
  }
}
