package org.newsline.ingest.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.newsline.ingest.IngestProperties;

/**
 * A token bucket per API key: {@code burst} tokens, refilled at {@code requestsPerSecond}; each
 * request takes one. Keys are held only as SHA-256 digests. Only keys that passed authentication
 * reach it, so the number of buckets is bounded by the configured keys.
 */
final class RateLimiter {

  private final IngestProperties.RateLimit limit;
  private final LongSupplier nanoTime;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  RateLimiter(IngestProperties.RateLimit limit, LongSupplier nanoTime) {
    this.limit = limit;
    this.nanoTime = nanoTime;
  }

  /**
   * Takes a token for {@code key}.
   *
   * @return 0 when allowed, else the whole seconds to wait before a token is available
   */
  long acquire(String key) {
    if (!limit.enabled()) {
      return 0;
    }
    Bucket bucket =
        buckets.computeIfAbsent(digest(key), k -> new Bucket(limit.burst(), nanoTime.getAsLong()));
    synchronized (bucket) {
      long now = nanoTime.getAsLong();
      double refill = (now - bucket.updated) / 1e9 * limit.requestsPerSecond();
      bucket.tokens = Math.min(limit.burst(), bucket.tokens + refill);
      bucket.updated = now;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      double wait = (1 - bucket.tokens) / limit.requestsPerSecond();
      return Math.max(1, (long) Math.ceil(wait));
    }
  }

  private static final class Bucket {
    double tokens;
    long updated;

    Bucket(double tokens, long updated) {
      this.tokens = tokens;
      this.updated = updated;
    }
  }

  private static String digest(String key) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
