package org.newsline.store.writing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The store's write metrics: {@code store.writes{outcome}}, {@code store.batch.size}, {@code
 * store.write}, {@code store.write.retries} and {@code pipeline.latency} (from {@code receivedAt}
 * to {@code storedAt}).
 */
final class WriteMetrics {

  private final Map<Outcome, Counter> writes = new EnumMap<>(Outcome.class);
  private final DistributionSummary batchSize;
  private final Timer write;
  private final Timer pipelineLatency;
  private final Counter retries;

  WriteMetrics(MeterRegistry registry) {
    for (Outcome outcome : Outcome.values()) {
      writes.put(
          outcome,
          Counter.builder("store.writes")
              .description("Records of articles.enriched by what writing them did")
              .tag("outcome", outcome.tag())
              .register(registry));
    }
    batchSize =
        DistributionSummary.builder("store.batch.size")
            .description("Records per batch read from articles.enriched")
            .baseUnit("records")
            .publishPercentileHistogram()
            .register(registry);
    write =
        Timer.builder("store.write")
            .description("Time to write one batch to MongoDB (bulk write acknowledged)")
            .publishPercentileHistogram()
            .register(registry);
    pipelineLatency =
        Timer.builder("pipeline.latency")
            .description("From receivedAt (ingest accepted) to storedAt (document written)")
            .publishPercentileHistogram()
            .register(registry);
    retries =
        Counter.builder("store.write.retries")
            .description("Batches MongoDB could not take; retried with backoff, never dropped")
            .register(registry);
  }

  void outcome(Outcome outcome) {
    writes.get(outcome).increment();
  }

  void batch(int records) {
    batchSize.record(records);
  }

  Timer write() {
    return write;
  }

  void latency(Duration latency) {
    if (!latency.isNegative()) {
      pipelineLatency.record(latency);
    }
  }

  void retry() {
    retries.increment();
  }
}
