package org.newsline.ingest.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.newsline.ingest.IngestProperties;

class RateLimiterTest {

  private final AtomicLong nanos = new AtomicLong();

  @Test
  void allowsTheBurstThenAsksToWaitUntilATokenIsBack() {
    RateLimiter limiter = new RateLimiter(new IngestProperties.RateLimit(0.5, 2), nanos::get);

    assertThat(limiter.acquire("k")).isZero();
    assertThat(limiter.acquire("k")).isZero();
    assertThat(limiter.acquire("k")).isEqualTo(2);

    nanos.addAndGet(2_000_000_000L);
    assertThat(limiter.acquire("k")).isZero();
  }

  @Test
  void keepsOneBucketPerKey() {
    RateLimiter limiter = new RateLimiter(new IngestProperties.RateLimit(1, 1), nanos::get);

    assertThat(limiter.acquire("a")).isZero();
    assertThat(limiter.acquire("b")).isZero();
    assertThat(limiter.acquire("a")).isPositive();
  }

  @Test
  void doesNothingWhenDisabled() {
    RateLimiter limiter = new RateLimiter(new IngestProperties.RateLimit(0, 1), nanos::get);

    for (int i = 0; i < 100; i++) {
      assertThat(limiter.acquire("k")).isZero();
    }
  }
}
