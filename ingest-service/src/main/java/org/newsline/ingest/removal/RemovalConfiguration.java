package org.newsline.ingest.removal;

import java.time.Clock;
import org.newsline.ingest.IngestProperties;
import org.newsline.ingest.duplicates.RecentArticles;
import org.newsline.ingest.metrics.IngestMetrics;
import org.newsline.ingest.publishing.ArticlePublisher;
import org.newsline.ingest.validation.ArticleValidator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the remover to the publisher, duplicate detection and metrics intake uses. */
@Configuration(proxyBeanMethods = false)
class RemovalConfiguration {

  @Bean
  ArticleRemover articleRemover(
      ArticlePublisher publisher,
      RecentArticles recent,
      IngestMetrics metrics,
      IngestProperties properties,
      Clock ingestClock) {
    return new ArticleRemover(
        new ArticleValidator(properties, ingestClock),
        publisher,
        recent,
        metrics,
        properties,
        ingestClock);
  }
}
