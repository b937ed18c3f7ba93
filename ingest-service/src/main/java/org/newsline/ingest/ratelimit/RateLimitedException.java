package org.newsline.ingest.ratelimit;

/** A key over its request rate: 429 with {@code Retry-After}. */
public class RateLimitedException extends RuntimeException {

  private final long retryAfterSeconds;

  public RateLimitedException(long retryAfterSeconds) {
    super("rate limited");
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
