package org.newsline.enrich.pipeline;

import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.newsline.enrich.engine.EnrichmentEngine;
import org.newsline.enrich.engine.EnrichmentResult;
import org.newsline.model.EnrichedArticle;
import org.newsline.model.RawArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaOperations;

/**
 * Enriches each raw article and writes the result inside the container's Kafka transaction, so the
 * enriched record and the consumer offset commit together or not at all.
 */
class RawArticleListener {

  private static final Logger log = LoggerFactory.getLogger(RawArticleListener.class);

  private final EnrichmentEngine engine;
  private final KafkaOperations<String, Object> template;
  private final EnrichTopics topics;
  private final EnrichMetrics metrics;
  private final Clock clock;

  RawArticleListener(
      EnrichmentEngine engine,
      KafkaOperations<String, Object> template,
      EnrichTopics topics,
      EnrichMetrics metrics,
      Clock clock) {
    this.engine = engine;
    this.template = template;
    this.topics = topics;
    this.metrics = metrics;
    this.clock = clock;
  }

  // idIsGroup = false: the consumer group is spring.kafka.consumer.group-id (ENRICH_GROUP_ID),
  // not the listener id; otherwise every instance of every deployment would join group "enrich".
  @KafkaListener(
      id = "enrich",
      idIsGroup = false,
      topics = "#{@enrichTopics.raw()}",
      containerFactory = "enrichContainerFactory")
  void onRawArticle(ConsumerRecord<String, RawArticle> record) {
    RawArticle raw = record.value();
    if (raw == null) {
      throw new EmptyRecordException(
          record.topic() + "-" + record.partition() + "@" + record.offset());
    }
    long started = System.nanoTime();
    EnrichmentResult result = engine.enrich(raw);
    EnrichedArticle enriched = result.toArticle(raw, clock.instant());
    template.send(topics.enriched(), raw.id(), enriched);
    metrics.enriched(result, Duration.ofNanos(System.nanoTime() - started));
    if (result.enrichment().partial()) {
      log.warn("article {} enriched partially: {}", raw.id(), result.enrichment().warnings());
    }
  }
}
