package org.newsline.enrich.replay;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What one run of a replay did: records read within the end offsets, and of them enriched, skipped
 * (after {@code --to}), dead-lettered and tombstones passed on; from the replay's {@link
 * ReplayScope} and the service's own meters ({@code enrich.duration}, {@code enrich.failures},
 * {@code enrich.removals}), which in a replay count its work alone.
 */
record ReplaySummary(long read, long enriched, long skipped, long deadLettered, long tombstones) {

  static ReplaySummary of(ReplayScope scope, MeterRegistry meters) {
    Timer enriched = meters.find("enrich.duration").timer();
    Counter removals = meters.find("enrich.removals").counter();
    double failures =
        meters.find("enrich.failures").counters().stream().mapToDouble(Counter::count).sum();
    return new ReplaySummary(
        scope.read(),
        enriched == null ? 0 : enriched.count(),
        scope.skipped(),
        (long) failures,
        removals == null ? 0 : (long) removals.count());
  }

  @Override
  public String toString() {
    return "replay done: %d records read, %d enriched, %d skipped (after --to), %d dead-lettered, %d tombstones passed on"
        .formatted(read, enriched, skipped, deadLettered, tombstones);
  }
}
