package org.newsline.ingest.publishing;

import org.newsline.ingest.IngestProperties;
import org.newsline.model.Topics;
import org.newsline.model.spring.PlatformKafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ProducerFactory;

/**
 * The producer to {@code articles.raw}. Its base settings are those of Spring Boot's producer
 * factory ({@code spring.kafka.*} and any connection details, e.g. a test container), with the
 * ingest service's durability and timeout settings on top.
 */
@Configuration(proxyBeanMethods = false)
class PublishingConfiguration {

  @Bean(destroyMethod = "close")
  KafkaArticlePublisher articlePublisher(
      ProducerFactory<?, ?> boot, PlatformKafkaProperties platform, IngestProperties ingest) {
    return KafkaArticlePublisher.create(
        KafkaArticlePublisher.producerConfig(
            boot.getConfigurationProperties(), ingest.publishTimeout()),
        platform.nameOf(Topics.ARTICLES_RAW));
  }
}
