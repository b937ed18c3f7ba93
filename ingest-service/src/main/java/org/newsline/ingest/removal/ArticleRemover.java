package org.newsline.ingest.removal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.newsline.ingest.IngestProperties;
import org.newsline.ingest.duplicates.RecentArticles;
import org.newsline.ingest.intake.IntakeOutcome;
import org.newsline.ingest.metrics.IngestMetrics;
import org.newsline.ingest.metrics.RejectReason;
import org.newsline.ingest.publishing.ArticlePublisher;
import org.newsline.ingest.publishing.BrokerUnavailableException;
import org.newsline.ingest.validation.ArticleValidator;
import org.newsline.ingest.validation.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes an article: checks its id as an article's id is checked, writes a tombstone (the id, no
 * value, timestamped now by the clock that stamps {@code receivedAt}) to {@code articles.raw} and
 * waits for Kafka's acknowledgement. The removal is {@link IntakeOutcome.Accepted} only once Kafka
 * acknowledged it. Ingest cannot cheaply know whether an id was ever published, so any valid id is
 * accepted. The id is forgotten by duplicate detection, so the same article sent again later is
 * published again (an operator re-adding it).
 */
public final class ArticleRemover {

  private static final Logger log = LoggerFactory.getLogger(ArticleRemover.class);
  private static final Duration GRACE = Duration.ofSeconds(1);

  private final ArticleValidator validator;
  private final ArticlePublisher publisher;
  private final RecentArticles recent;
  private final IngestMetrics metrics;
  private final IngestProperties properties;
  private final Clock clock;

  ArticleRemover(
      ArticleValidator validator,
      ArticlePublisher publisher,
      RecentArticles recent,
      IngestMetrics metrics,
      IngestProperties properties,
      Clock clock) {
    this.validator = validator;
    this.publisher = publisher;
    this.recent = recent;
    this.metrics = metrics;
    this.properties = properties;
    this.clock = clock;
  }

  /** Publishes the tombstone of {@code id} and waits for the broker. */
  public IntakeOutcome remove(String id) {
    List<Violation> violations = validator.checkId(id);
    if (!violations.isEmpty()) {
      metrics.removalRejected(RejectReason.INVALID_ID);
      return new IntakeOutcome.Rejected(
          null,
          400,
          RejectReason.INVALID_ID,
          "The id is invalid: " + violations.get(0).detail(),
          violations);
    }
    Instant removedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    long started = System.nanoTime();
    try {
      ArticlePublisher.Published published =
          publisher
              .remove(id, removedAt)
              .get(properties.publishTimeout().plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
      metrics.published(Duration.ofNanos(System.nanoTime() - started), true);
      recent.forget(id);
      metrics.removed();
      log.info(
          "Removal of article {} acknowledged at {}-{}@{}",
          id,
          published.topic(),
          published.partition(),
          published.offset());
      return new IntakeOutcome.Accepted(
          id, published.topic(), published.partition(), published.offset());
    } catch (TimeoutException e) {
      return failed(id, started, null);
    } catch (ExecutionException | CompletionException e) {
      return failed(id, started, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(id, started, null);
    }
  }

  private IntakeOutcome.Rejected failed(String id, long started, Throwable error) {
    metrics.published(Duration.ofNanos(System.nanoTime() - started), false);
    if (error == null || error instanceof BrokerUnavailableException) {
      metrics.removalRejected(RejectReason.UNAVAILABLE);
      return new IntakeOutcome.Rejected(
          id,
          503,
          RejectReason.UNAVAILABLE,
          "Kafka did not acknowledge the removal within "
              + properties.publishTimeout().toMillis()
              + " ms; it was not accepted, send it again later.",
          List.of());
    }
    log.warn("Kafka refused the removal of {}: {}", id, error.toString());
    metrics.removalRejected(RejectReason.PUBLISH_FAILED);
    return new IntakeOutcome.Rejected(
        id,
        503,
        RejectReason.PUBLISH_FAILED,
        "Kafka refused the removal ("
            + error.getClass().getSimpleName()
            + "); it was not accepted.",
        List.of());
  }
}
