package org.newsline.enrich.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class ReplayScopeTest {

  private static final Instant TO = Instant.parse("2026-12-01T00:00:00Z");

  private static ConsumerRecord<String, String> record(int partition, long offset, Instant time) {
    return new ConsumerRecord<>(
        "articles.raw",
        partition,
        offset,
        time.toEpochMilli(),
        TimestampType.CREATE_TIME,
        1,
        1,
        "id",
        "v",
        new RecordHeaders(),
        Optional.empty());
  }

  @Test
  void includesTheRecordsBeforeTheEndOffsetsAndPassesOverTheRestWithoutCountingThemAsRead() {
    ReplayScope scope =
        new ReplayScope(
            new ReplayPlan("articles.raw", "g", null, null, Map.of(0, 0L), Map.of(0, 3L)));

    assertThat(scope.includes(record(0, 2, TO))).isTrue();
    assertThat(scope.includes(record(0, 3, TO))).isFalse();
    assertThat(scope.includes(record(1, 0, TO))).as("a partition not in the plan").isFalse();
    assertThat(scope.read()).isEqualTo(1);
    assertThat(scope.pastEnd()).isEqualTo(2);
    assertThat(scope.skipped()).isZero();
  }

  @Test
  void skipsTheRecordsReceivedAfterToAndCountsThem() {
    ReplayScope scope =
        new ReplayScope(
            new ReplayPlan("articles.raw", "g", null, TO, Map.of(0, 0L), Map.of(0, 10L)));

    assertThat(scope.includes(record(0, 0, TO))).as("at the bound").isTrue();
    assertThat(scope.includes(record(0, 1, TO.plusMillis(1)))).isFalse();
    assertThat(scope.read()).isEqualTo(2);
    assertThat(scope.skipped()).isEqualTo(1);
  }
}
