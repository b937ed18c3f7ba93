package org.newsline.ingest.publishing;

import java.util.concurrent.CompletableFuture;
import org.newsline.model.RawArticle;

/**
 * Sends an article to the raw topic. The future completes with where it was written once the broker
 * acknowledged it ({@code acks=all}), or fails with {@link BrokerUnavailableException} when the
 * broker cannot take it within the publish timeout, or with another exception.
 */
public interface ArticlePublisher {

  CompletableFuture<Published> publish(RawArticle article);

  /** Where an acknowledged article was written. */
  record Published(String topic, int partition, long offset) {}
}
