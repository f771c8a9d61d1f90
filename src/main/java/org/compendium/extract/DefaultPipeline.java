package org.compendium.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.compendium.extract.commitment.CommitmentAnnotator;
import org.compendium.extract.country.CountryAnnotator;
import org.compendium.extract.instrument.InstrumentAnnotator;
import org.compendium.extract.instrument.InstrumentCues;
import org.compendium.extract.kind.KindAnnotator;
import org.compendium.extract.person.ParticipantAnnotator;
import org.compendium.extract.place.PlaceAnnotator;
import org.compendium.extract.statement.StatementAnnotator;
import org.compendium.extract.temporal.TemporalAnnotator;
import org.compendium.extract.topic.TopicAnnotator;
import org.compendium.resolve.Countries;
import org.compendium.resolve.InstrumentRegistry;
import org.compendium.resolve.InstrumentWords;
import org.compendium.resolve.PersonDirectory;
import org.compendium.structure.HeaderAnnotator;
import org.compendium.structure.SectionAnnotator;
import org.compendium.structure.SentenceAnnotator;
import org.compendium.structure.TokenAnnotator;
import org.compendium.util.NamedThreads;

/**
 * The standard annotator chain, structure first, then one annotator per kind of fact. Building it loads every
 * lexicon (gazetteer, person directory, instrument registry...), which dominates the start-up of a command:
 * the annotators are built in parallel on all cores, sharing one {@link Countries} and one {@link Vocabulary}
 * (their lexicons' words, numbered for the shared {@link Tokens} the first annotator cuts).
 */
public final class DefaultPipeline {
  private DefaultPipeline() {}

  /** Builds the pipeline, loading every lexicon once; the result is shared by all threads. */
  public static Pipeline create() {
    Countries countries = Countries.load();
    Vocabulary vocabulary = new Vocabulary();
    List<Supplier<Annotator>> chain = List.of(
        () -> new TokenAnnotator(vocabulary),
        SentenceAnnotator::new,
        HeaderAnnotator::new,
        SectionAnnotator::new,
        () -> new TemporalAnnotator(vocabulary),
        () -> new PlaceAnnotator(countries, vocabulary),
        () -> new ParticipantAnnotator(countries, PersonDirectory.load(), vocabulary),
        () -> new CountryAnnotator(countries),
        () -> new InstrumentAnnotator(new InstrumentCues(vocabulary),
            InstrumentRegistry.load(new InstrumentWords(countries))),
        () -> new StatementAnnotator(countries, vocabulary),
        () -> new CommitmentAnnotator(countries, vocabulary),
        KindAnnotator::new,
        () -> new TopicAnnotator(vocabulary));
    int threads = Math.min(chain.size(), Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads, new NamedThreads("pipeline-load"));
    try {
      List<CompletableFuture<Annotator>> built = new ArrayList<>();
      for (Supplier<Annotator> s : chain) {
        built.add(CompletableFuture.supplyAsync(s, pool));
      }
      List<Annotator> annotators = new ArrayList<>();
      for (CompletableFuture<Annotator> f : built) {
        annotators.add(join(f));
      }
      vocabulary.freeze(); // every lexicon has interned its words
      return new Pipeline(annotators);
    } finally {
      pool.shutdown();
    }
  }

  /** The annotator, or the exception its constructor threw (a missing resource is a bug, not bad input). */
  private static Annotator join(CompletableFuture<Annotator> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }
}
