package org.newsline.ingest.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RecentArticlesTest {

  private final MutableClock clock = new MutableClock();

  @Test
  void recognisesTheSameIdAndContentAsDuplicate() {
    RecentArticles recent = new RecentArticles(10, Duration.ofMinutes(5), clock);
    recent.remember("a", "h1");

    assertThat(recent.isDuplicate("a", "h1")).isTrue();
    assertThat(recent.isDuplicate("a", "h2")).isFalse();
    assertThat(recent.isDuplicate("b", "h1")).isFalse();
  }

  @Test
  void forgetsARemovedIdSoTheSameContentIsNoDuplicateAfterwards() {
    RecentArticles recent = new RecentArticles(10, Duration.ofMinutes(5), clock);
    recent.remember("a", "h1");
    recent.remember("b", "h1");

    recent.forget("a");

    assertThat(recent.isDuplicate("a", "h1")).isFalse();
    assertThat(recent.isDuplicate("b", "h1")).isTrue();
  }

  @Test
  void forgetsAfterTheTimeToLive() {
    RecentArticles recent = new RecentArticles(10, Duration.ofMinutes(5), clock);
    recent.remember("a", "h1");

    clock.advance(Duration.ofMinutes(6));

    assertThat(recent.isDuplicate("a", "h1")).isFalse();
  }

  @Test
  void evictsTheLeastRecentlyUsedBeyondItsCapacity() {
    RecentArticles recent = new RecentArticles(2, Duration.ofMinutes(5), clock);
    recent.remember("a", "h");
    recent.remember("b", "h");
    recent.isDuplicate("a", "h");
    recent.remember("c", "h");

    assertThat(recent.size()).isEqualTo(2);
    assertThat(recent.isDuplicate("a", "h")).isTrue();
    assertThat(recent.isDuplicate("b", "h")).isFalse();
  }

  @Test
  void remembersNothingWithZeroCapacity() {
    RecentArticles recent = new RecentArticles(0, Duration.ofMinutes(5), clock);
    recent.remember("a", "h");

    assertThat(recent.isDuplicate("a", "h")).isFalse();
  }

  static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2025-04-18T10:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
