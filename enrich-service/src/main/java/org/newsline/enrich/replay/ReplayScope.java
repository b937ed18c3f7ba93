package org.newsline.enrich.replay;

import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.newsline.enrich.pipeline.RecordScope;

/**
 * The records a replay enriches: those before the plan's end offsets, and not after its {@code to}
 * bound. Records from the end offsets on (new ones, which live enrichment takes) are passed over;
 * so are those after {@code to}, counted as skipped. Counts what it saw, for the summary.
 */
final class ReplayScope implements RecordScope {

  private final ReplayPlan plan;
  private final long toMillis;
  private final LongAdder read = new LongAdder();
  private final LongAdder skipped = new LongAdder();
  private final LongAdder pastEnd = new LongAdder();

  ReplayScope(ReplayPlan plan) {
    this.plan = plan;
    this.toMillis = plan.to() == null ? Long.MAX_VALUE : plan.to().toEpochMilli();
  }

  @Override
  public boolean includes(ConsumerRecord<?, ?> record) {
    Long end = plan.end().get(record.partition());
    if (end == null || record.offset() >= end) {
      pastEnd.increment();
      return false;
    }
    read.increment();
    if (record.timestamp() > toMillis) {
      skipped.increment();
      return false;
    }
    return true;
  }

  /**
   * Records read within the end offsets (attempts: a poll rolled back and read again counts twice).
   */
  long read() {
    return read.sum();
  }

  /** Of those, records after {@code to}, not enriched. */
  long skipped() {
    return skipped.sum();
  }

  /** Records at or past the end offsets, left to live enrichment. */
  long pastEnd() {
    return pastEnd.sum();
  }
}
