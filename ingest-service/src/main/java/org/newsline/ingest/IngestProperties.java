package org.newsline.ingest;

import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits and behaviour of the ingest service ({@code newsline.ingest.*}; environment variables in
 * relaxed form, e.g. {@code NEWSLINE_INGEST_MAX_BATCH_ITEMS}).
 *
 * @param maxArticleSize largest single article request body, and largest NDJSON line or JSON-array
 *     item of a batch (default {@code 1MB} = 1 MiB); larger gives 413
 * @param maxBatchItems most items in one batch request (default 1000); more gives 413 (items before
 *     the limit are processed and reported)
 * @param maxBatchSize largest batch request body (default {@code 32MB}); larger gives 413
 * @param maxIdLength longest caller-supplied id in characters (default 200, the contract's maximum)
 * @param idPattern regular expression a caller-supplied id must match in full (default {@code
 *     [A-Za-z0-9][A-Za-z0-9._:-]*}, the contract's alphabet; narrow it, never widen it)
 * @param minBodyLength fewest characters the body must have after cleaning (default 20)
 * @param maxTitleLength longest title in characters (default 1000)
 * @param maxUrlLength longest URL in characters (default 2048)
 * @param maxSourceLength longest source name in characters (default 200)
 * @param maxMetadataEntries most metadata entries (default 50); keys at most 100 characters, values
 *     at most 2000
 * @param publishTimeout how long a publish may take until the broker acknowledges it (default
 *     {@code 10s}); also bounds the producer's {@code max.block.ms} and {@code
 *     delivery.timeout.ms}. Past it the answer is 503 and the article is not acknowledged
 * @param retryAfter the {@code Retry-After} sent with 503 (default {@code 5s})
 * @param maxSourceTags most distinct {@code source} tag values on metrics (default 50); later
 *     sources are counted as {@code other}
 * @param duplicates the recent-duplicates cache
 * @param rateLimit the per-key request rate limit
 */
@ConfigurationProperties("newsline.ingest")
public record IngestProperties(
    @DefaultValue("1MB") DataSize maxArticleSize,
    @DefaultValue("1000") int maxBatchItems,
    @DefaultValue("32MB") DataSize maxBatchSize,
    @DefaultValue("200") int maxIdLength,
    @DefaultValue("[A-Za-z0-9][A-Za-z0-9._:-]*") String idPattern,
    @DefaultValue("20") int minBodyLength,
    @DefaultValue("1000") int maxTitleLength,
    @DefaultValue("2048") int maxUrlLength,
    @DefaultValue("200") int maxSourceLength,
    @DefaultValue("50") int maxMetadataEntries,
    @DefaultValue("10s") Duration publishTimeout,
    @DefaultValue("5s") Duration retryAfter,
    @DefaultValue("50") int maxSourceTags,
    @DefaultValue Duplicates duplicates,
    @DefaultValue RateLimit rateLimit) {

  public IngestProperties {
    require(maxArticleSize.toBytes() > 0, "max-article-size must be positive");
    require(maxBatchItems > 0, "max-batch-items must be positive");
    require(maxBatchSize.toBytes() > 0, "max-batch-size must be positive");
    require(maxIdLength > 0 && maxIdLength <= 200, "max-id-length must be 1..200");
    Pattern.compile(idPattern);
    require(minBodyLength >= 1, "min-body-length must be at least 1");
    require(!publishTimeout.isNegative() && !publishTimeout.isZero(), "publish-timeout > 0");
  }

  /** Default values, for tests and library use. */
  public static IngestProperties defaults() {
    return new IngestProperties(
        DataSize.ofMegabytes(1),
        1000,
        DataSize.ofMegabytes(32),
        200,
        "[A-Za-z0-9][A-Za-z0-9._:-]*",
        20,
        1000,
        2048,
        200,
        50,
        Duration.ofSeconds(10),
        Duration.ofSeconds(5),
        50,
        new Duplicates(100_000, Duration.ofHours(1)),
        new RateLimit(20, 40));
  }

  /**
   * Recently published articles, kept per instance to answer {@code duplicate} without republishing
   * ({@code newsline.ingest.duplicates.*}).
   *
   * @param cacheSize most ids remembered (default 100000); the least recently used go first
   * @param ttl how long an id is remembered (default {@code 1h})
   */
  public record Duplicates(
      @DefaultValue("100000") int cacheSize, @DefaultValue("1h") Duration ttl) {}

  /**
   * Token bucket per API key ({@code newsline.ingest.rate-limit.*}); over the rate the answer is
   * 429 with {@code Retry-After}. Counts requests (a batch is one request).
   *
   * @param requestsPerSecond sustained requests per second per key (default 20); 0 disables the
   *     limit
   * @param burst requests a key may make at once after being idle (default 40)
   */
  public record RateLimit(
      @DefaultValue("20") double requestsPerSecond, @DefaultValue("40") int burst) {
    public boolean enabled() {
      return requestsPerSecond > 0;
    }
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException("newsline.ingest." + message);
    }
  }
}
