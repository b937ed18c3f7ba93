package org.newsline.enrich.pipeline;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Set;
import org.newsline.enrich.engine.EnrichmentResult;

/**
 * The service's own meters: duration, tokens, entities and figures per article, removals passed on
 * ({@code enrich.removals}), failures (dead letters), rolled-back polls ({@code enrich.rollbacks}).
 * Articles, removals and dead letters are counted when the poll's transaction commits, so each
 * counts once however often a rolled-back poll is retried.
 */
class EnrichMetrics {

  /** The bounded set of failure reasons (dead-letter reason codes). */
  static final Set<String> REASONS =
      Set.of("deserialization", "schema-version", "validation", "too-large", "processing");

  private final MeterRegistry registry;
  private final Timer duration;
  private final Counter tokens;
  private final Counter partial;
  private final DistributionSummary entities;
  private final DistributionSummary figures;
  private final Counter removals;
  private final Counter rollbacks;

  EnrichMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.duration =
        Timer.builder("enrich.duration")
            .description("Time to enrich one article")
            .publishPercentileHistogram()
            .register(registry);
    this.tokens =
        Counter.builder("enrich.tokens").description("Tokens annotated").register(registry);
    this.partial =
        Counter.builder("enrich.partial")
            .description("Articles enriched only partly (time budget ran out)")
            .register(registry);
    this.entities =
        DistributionSummary.builder("enrich.entities")
            .description("Entities per article")
            .register(registry);
    this.figures =
        DistributionSummary.builder("enrich.figures")
            .description("Figures per article")
            .register(registry);
    this.removals =
        Counter.builder("enrich.removals")
            .description("Tombstones (removals) passed on to articles.enriched")
            .register(registry);
    this.rollbacks =
        Counter.builder("enrich.rollbacks")
            .description(
                "Polls whose transaction was rolled back (Kafka refused or failed a write); their"
                    + " records are read again and retried")
            .register(registry);
    for (String reason : REASONS) {
      failureCounter(reason);
    }
  }

  void enriched(EnrichmentResult result, Duration took) {
    duration.record(took);
    tokens.increment(result.tokens());
    entities.record(result.entities().size());
    figures.record(result.figures().size());
    if (result.enrichment().partial()) {
      partial.increment();
    }
  }

  void removed() {
    removals.increment();
  }

  void rolledBack() {
    rollbacks.increment();
  }

  void failed(String reason) {
    failureCounter(REASONS.contains(reason) ? reason : "processing").increment();
  }

  private Counter failureCounter(String reason) {
    return Counter.builder("enrich.failures")
        .description("Records sent to the dead-letter topic, by reason")
        .tag("reason", reason)
        .register(registry);
  }
}
