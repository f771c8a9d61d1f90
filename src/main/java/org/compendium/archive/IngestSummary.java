package org.compendium.archive;

import java.nio.file.Path;
import java.util.List;

/**
 * What an ingest did: records newly stored, stored as new versions of a changed source, unchanged (already
 * stored), files that failed (each with its reason; a file counts once) and files passed over as not records;
 * the wall time, and the CPU and wall time the writing thread spent storing, linking, tracking and indexing (where
 * the single writer, not extraction, limits an ingest, its wall time approaches the ingest's; its wall time beyond
 * its CPU time is mostly waiting for the disk: synced commits and checkpoints).
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
