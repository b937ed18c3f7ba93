package org.newsline.model;

import java.util.List;
import java.util.Objects;

/**
 * Which engine produced an enrichment, and whether it is complete.
 *
 * @param engine engine name, e.g. {@code stanford-corenlp}
 * @param engineVersion engine version, e.g. {@code 4.5.10}
 * @param pipelineVersion version of the platform's own pipeline (annotator set, rules, gazetteers);
 *     compared together with {@code enrichedAt} to decide which of two enrichments is newer
 * @param partial true when only part of the article was annotated (for example the time budget ran
 *     out on a pathological input); {@code warnings} says which part
 * @param warnings human-readable notes on anything the engine skipped or cut short; empty when
 *     complete
 */
public record Enrichment(
    String engine,
    String engineVersion,
    String pipelineVersion,
    boolean partial,
    List<String> warnings) {
  public Enrichment {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(engineVersion, "engineVersion");
    Objects.requireNonNull(pipelineVersion, "pipelineVersion");
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  /** A complete enrichment. */
  public static Enrichment complete(String engine, String engineVersion, String pipelineVersion) {
    return new Enrichment(engine, engineVersion, pipelineVersion, false, List.of());
  }
}
