package org.newsline.enrich.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayPlanTest {

  private final ReplayPlan plan =
      new ReplayPlan(
          "articles.raw",
          "enrich-replay",
          Instant.parse("2026-12-01T00:00:00Z"),
          null,
          Map.of(0, 10L, 1, 0L, 2, 5L),
          Map.of(0, 20L, 1, 4L, 2, 5L));

  @Test
  void countsTheRecordsBetweenStartAndEndOffsets() {
    assertThat(plan.total()).isEqualTo(14);
  }

  @Test
  void countsWhatIsDoneFromCommittedOffsetsNeverPastTheEndAndNothingForAPartitionWithout() {
    assertThat(plan.done(Map.of())).isZero();
    assertThat(plan.done(Map.of(0, 15L))).isEqualTo(5);
    assertThat(plan.done(Map.of(0, 99L, 1, 2L))).isEqualTo(12);
    assertThat(plan.finished(Map.of(0, 99L, 1, 2L))).isFalse();
  }

  @Test
  void isFinishedWhenEveryPartitionWithRecordsHasReachedItsEndOffset() {
    assertThat(plan.finished(Map.of(0, 20L, 1, 4L))).isTrue();
    assertThat(plan.finished(Map.of(0, 25L, 1, 9L, 2, 7L))).isTrue();
  }

  @Test
  void readsBackTheSamePlanFromItsStateFile(@TempDir Path dir) {
    Path file = dir.resolve("nested/enrich-replay.replay-state");

    plan.save(file);

    assertThat(ReplayPlan.load(file)).contains(plan);
    assertThat(ReplayPlan.load(dir.resolve("absent"))).isEmpty();
  }
}
