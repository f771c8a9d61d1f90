package org.compendium.extract;

import java.util.List;
import org.compendium.extract.commitment.CommitmentAnnotator;
import org.compendium.extract.country.CountryAnnotator;
import org.compendium.extract.instrument.InstrumentAnnotator;
import org.compendium.extract.kind.KindAnnotator;
import org.compendium.extract.person.ParticipantAnnotator;
import org.compendium.extract.place.PlaceAnnotator;
import org.compendium.extract.statement.StatementAnnotator;
import org.compendium.extract.temporal.TemporalAnnotator;
import org.compendium.extract.topic.TopicAnnotator;
import org.compendium.structure.HeaderAnnotator;
import org.compendium.structure.SectionAnnotator;
import org.compendium.structure.SentenceAnnotator;

/** The standard annotator chain, structure first, then one annotator per kind of fact. */
public final class DefaultPipeline {
  private DefaultPipeline() {}

  /** Builds the pipeline, loading every lexicon once; the result is shared by all threads. */
  public static Pipeline create() {
    return new Pipeline(List.of(
        new SentenceAnnotator(),
        new HeaderAnnotator(),
        new SectionAnnotator(),
        new TemporalAnnotator(),
        new PlaceAnnotator(),
        new ParticipantAnnotator(),
        new CountryAnnotator(),
        new InstrumentAnnotator(),
        new StatementAnnotator(),
        new CommitmentAnnotator(),
        new KindAnnotator(),
        new TopicAnnotator()));
  }
}
