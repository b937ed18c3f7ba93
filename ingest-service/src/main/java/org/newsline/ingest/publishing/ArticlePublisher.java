package org.newsline.ingest.publishing;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.newsline.model.RawArticle;

/**
 * Sends an article to the raw topic. The future completes with where it was written once the broker
 * acknowledged it ({@code acks=all}), or fails with {@link BrokerUnavailableException} when the
 * broker cannot take it within the publish timeout, or with another exception.
 */
public interface ArticlePublisher {

  CompletableFuture<Published> publish(RawArticle article);

  /**
   * Sends a tombstone for {@code id}: a record keyed by the id with no value, its timestamp {@code
   * removedAt} (the removal time downstream services compare an article's {@code receivedAt} with).
   * Completes and fails as {@link #publish} does.
   */
  CompletableFuture<Published> remove(String id, Instant removedAt);

  /** Where an acknowledged article was written. */
  record Published(String topic, int partition, long offset) {}
}
