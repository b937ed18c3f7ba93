package org.newsline.feed;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What to feed and where.
 *
 * @param input a file (.txt, .html, .json, .ndjson) or a directory of such files
 * @param serviceUrl base URL of the ingest service, e.g. {@code http://localhost:8081}
 * @param apiKey the ingest API key
 * @param batchSize articles per batch request
 * @param resume skip items a previous run already had accepted (or found duplicate)
 * @param stateFile where accepted item keys are recorded; null for {@code <input>.feed-state}
 * @param source source name for files that do not name one; may be null
 * @param maxRetries attempts per batch on 429, 503 or connection failures before giving up
 * @param initialBackoff first wait between attempts, doubled each time
 * @param maxBackoff longest wait between attempts
 * @param requestTimeout longest wait for one batch's answer
 */
public record FeedOptions(
    Path input,
    URI serviceUrl,
    String apiKey,
    int batchSize,
    boolean resume,
    Path stateFile,
    String source,
    int maxRetries,
    Duration initialBackoff,
    Duration maxBackoff,
    Duration requestTimeout) {

  public FeedOptions {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(serviceUrl, "serviceUrl");
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1");
    }
  }

  /** Options with the command line's defaults. */
  public static FeedOptions of(Path input, URI serviceUrl, String apiKey) {
    return new FeedOptions(
        input,
        serviceUrl,
        apiKey,
        100,
        false,
        null,
        null,
        8,
        Duration.ofMillis(500),
        Duration.ofSeconds(30),
        Duration.ofMinutes(2));
  }

  public FeedOptions withBatchSize(int size) {
    return new FeedOptions(
        input,
        serviceUrl,
        apiKey,
        size,
        resume,
        stateFile,
        source,
        maxRetries,
        initialBackoff,
        maxBackoff,
        requestTimeout);
  }

  public FeedOptions withResume(boolean resume, Path stateFile) {
    return new FeedOptions(
        input,
        serviceUrl,
        apiKey,
        batchSize,
        resume,
        stateFile,
        source,
        maxRetries,
        initialBackoff,
        maxBackoff,
        requestTimeout);
  }

  public FeedOptions withBackoff(int maxRetries, Duration initial, Duration max) {
    return new FeedOptions(
        input,
        serviceUrl,
        apiKey,
        batchSize,
        resume,
        stateFile,
        source,
        maxRetries,
        initial,
        max,
        requestTimeout);
  }

  /**
   * The state file to use: the given one, else {@code <input>.feed-state} beside the input, else
   * (when that directory is not writable) {@code ~/.newsline/feed-state/<input>-<hash>.feed-state}.
   */
  public Path effectiveStateFile() {
    if (stateFile != null) {
      return stateFile;
    }
    Path absolute = input.toAbsolutePath().normalize();
    Path name = absolute.getFileName();
    String file = (name == null ? "input" : name.toString()) + ".feed-state";
    Path parent = absolute.getParent() == null ? absolute : absolute.getParent();
    if (java.nio.file.Files.isWritable(parent)) {
      return parent.resolve(file);
    }
    String hash = Integer.toHexString(absolute.toString().hashCode());
    return Path.of(System.getProperty("user.home"), ".newsline", "feed-state", hash + "-" + file);
  }
}
