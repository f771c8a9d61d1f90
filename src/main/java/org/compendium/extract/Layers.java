package org.compendium.extract;

import java.util.List;
import org.compendium.model.Commitment;
import org.compendium.model.Instrument;
import org.compendium.model.Kind;
import org.compendium.model.Person;
import org.compendium.model.Place;
import org.compendium.model.Section;
import org.compendium.model.Statement;
import org.compendium.model.Temporal;

/** The layers a record is built from, in the order the default pipeline fills them. */
public final class Layers {
  private Layers() {}

  /** The text cut once into base tokens with vocabulary ids, read by the annotators that match words. */
  public static final Layer<Tokens> TOKENS = Layer.named("tokens");
  /** Sentences and outline items of the body, in text order. */
  public static final Layer<List<Sentence>> SENTENCES = Layer.named("sentences");
  /** Title, printed date and issuer. */
  public static final Layer<Header> HEADER = Layer.named("header");
  /** The printed outline. */
  public static final Layer<List<Section>> SECTIONS = Layer.named("sections");
  /** Date expressions, resolved against the record's date. */
  public static final Layer<List<Temporal>> TEMPORALS = Layer.named("temporals");
  /** Geographic names. */
  public static final Layer<List<Place>> PLACES = Layer.named("places");
  /** Persons who take part, each with every mention (names, titles, pronouns). */
  public static final Layer<List<Person>> PARTICIPANTS = Layer.named("participants");
  /** The parties: ISO alpha-3 codes, sorted. */
  public static final Layer<List<String>> COUNTRIES = Layer.named("countries");
  /** Named instruments. */
  public static final Layer<List<Instrument>> INSTRUMENTS = Layer.named("instruments");
  /** Reported speech acts. */
  public static final Layer<List<Statement>> STATEMENTS = Layer.named("statements");
  /** Undertaken future actions. */
  public static final Layer<List<Commitment>> COMMITMENTS = Layer.named("commitments");
  /** Topic labels from ANNOTATION.md. */
  public static final Layer<List<String>> TOPICS = Layer.named("topics");
  /** The record's kind. */
  public static final Layer<Kind> KIND = Layer.named("kind");
}
