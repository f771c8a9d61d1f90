package org.compendium.archive;

import java.nio.file.Path;
import java.util.List;

/**
 * What an ingest did: records newly stored, stored as new versions of a changed source, unchanged (already
 * stored), files that failed (each with its reason; a file counts once) and files passed over as not records;
 * the wall time; the CPU time the writing and indexing threads spent storing, linking, tracking and indexing, and
 * the wall time of the writing thread (where the single writer, not extraction, limits an ingest, its wall time
 * approaches the ingest's; beyond its own CPU time it is waiting for the disk, for a core, or for the indexer to take
 * the next batch; not the time it waits for the extraction to hand on the next record).
 */
public record IngestSummary(int ingested, int versions, int unchanged, List<Failure> failed, List<Path> skipped,
    double seconds, double writerCpuSeconds, double writerSeconds) {
  /** A file, or an input naming nothing, that could not be ingested (in whole or in part), and why. */
  public record Failure(String file, String reason) {}

  public IngestSummary {
    failed = List.copyOf(failed);
    skipped = List.copyOf(skipped);
  }
}
