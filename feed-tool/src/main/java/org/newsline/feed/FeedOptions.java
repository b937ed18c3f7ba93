package org.newsline.feed;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What to feed and where.
 *
 * @param input a file (.txt, .html, .json, .ndjson) or a directory of such files
 * @param serviceUrl base URL of the ingest service, e.g. {@code http://localhost:8081}
 * @param apiKey the ingest API key
 * @param batchSize articles per batch request
 * @param resume skip items a previous run already had accepted (or found duplicate)
 * @param stateFile where accepted item keys are recorded; null for {@link #defaultStateFile} in the
 *     working directory
 * @param source source name for files that do not name one; may be null
 * @param maxRetries retries per batch on 429, 503 or connection failures before giving up
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

  /** The folder, in the working directory, that holds the default state files. */
  public static final String STATE_DIRECTORY = ".feed-state";

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
   * The state file to use: the given one, else {@link #defaultStateFile} in the working directory.
   */
  public Path effectiveStateFile() {
    return stateFile != null ? stateFile : defaultStateFile(input, Path.of("").toAbsolutePath());
  }

  /**
   * Where a feed of {@code input} keeps its state unless told otherwise: {@code
   * <directory>/.feed-state/<input name>-<hash>.feed-state}, the hash taken over the input's real
   * path, so the same input always finds its state again ({@code --resume}) and two inputs of the
   * same name never share one. Never beside the input: that folder may be read-only or shared.
   */
  public static Path defaultStateFile(Path input, Path directory) {
    Path absolute = input.toAbsolutePath().normalize();
    try {
      absolute = absolute.toRealPath();
    } catch (IOException e) {
      // not there (yet): the normalised path names it
    }
    Path name = absolute.getFileName();
    String hash = sha256(absolute.toString()).substring(0, 12);
    return directory
        .resolve(STATE_DIRECTORY)
        .resolve((name == null ? "input" : name.toString()) + "-" + hash + ".feed-state");
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
