package org.newsline.ingest.intake;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.newsline.ingest.IngestProperties;
import org.newsline.ingest.cleaning.ArticleCleaner;
import org.newsline.ingest.duplicates.RecentArticles;
import org.newsline.ingest.metrics.IngestMetrics;
import org.newsline.ingest.publishing.ArticlePublisher;
import org.newsline.ingest.validation.ArticleValidator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires preparation, duplicates, metrics and publishing together. */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

  @Bean
  Clock ingestClock() {
    return Clock.systemUTC();
  }

  @Bean
  ArticlePreparer articlePreparer(IngestProperties properties, Clock ingestClock) {
    return new ArticlePreparer(
        new ArticleValidator(properties, ingestClock), new ArticleCleaner(), ingestClock);
  }

  @Bean
  RecentArticles recentArticles(IngestProperties properties, Clock ingestClock) {
    return new RecentArticles(
        properties.duplicates().cacheSize(), properties.duplicates().ttl(), ingestClock);
  }

  @Bean
  IngestMetrics ingestMetrics(MeterRegistry registry, IngestProperties properties) {
    return new IngestMetrics(registry, properties.maxSourceTags());
  }

  @Bean
  IngestService ingestService(
      ArticlePreparer preparer,
      ArticlePublisher publisher,
      RecentArticles recent,
      IngestMetrics metrics,
      IngestProperties properties) {
    return new IngestService(preparer, publisher, recent, metrics, properties);
  }
}
