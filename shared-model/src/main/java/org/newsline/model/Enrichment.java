package org.newsline.model;

import java.util.Objects;

/**
 * Which engine produced an enrichment.
 *
 * @param engine engine name, e.g. {@code stanford-corenlp}
 * @param engineVersion engine version, e.g. {@code 4.5.10}
 * @param pipelineVersion version of the platform's own pipeline (annotator set, rules, gazetteers);
 *     compared as a string together with {@code enrichedAt} to decide which of two enrichments is
 *     newer
 */
public record Enrichment(String engine, String engineVersion, String pipelineVersion) {
  public Enrichment {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(engineVersion, "engineVersion");
    Objects.requireNonNull(pipelineVersion, "pipelineVersion");
  }
}
