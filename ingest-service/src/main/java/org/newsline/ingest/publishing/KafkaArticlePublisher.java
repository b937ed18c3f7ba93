package org.newsline.ingest.publishing;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.newsline.model.RawArticle;
import org.newsline.model.kafka.EventSerializer;

/**
 * Publishes with a plain idempotent Kafka producer ({@code acks=all}), keyed by article id, in the
 * contract's JSON form ({@link EventSerializer}). Timeouts are derived from the publish timeout so
 * that a send never waits longer: {@code max.block.ms} and {@code delivery.timeout.ms} equal it,
 * {@code request.timeout.ms} is two thirds of it.
 */
final class KafkaArticlePublisher implements ArticlePublisher, AutoCloseable {

  private final Producer<String, RawArticle> producer;
  private final String topic;

  KafkaArticlePublisher(Producer<String, RawArticle> producer, String topic) {
    this.producer = producer;
    this.topic = topic;
  }

  /**
   * Producer settings: Spring Boot's {@code spring.kafka.producer.*} plus the ones we insist on.
   */
  static Map<String, Object> producerConfig(Map<String, Object> base, Duration publishTimeout) {
    Map<String, Object> config = new HashMap<>(base);
    long timeout = publishTimeout.toMillis();
    long linger = 5;
    long request = Math.max(500, timeout * 2 / 3);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
    config.put(ProducerConfig.LINGER_MS_CONFIG, (int) linger);
    config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
    config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) request);
    config.put(
        ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Math.max(timeout, request + linger));
    config.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 4 * 1024 * 1024);
    config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
    config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "newsline-ingest");
    return config;
  }

  static KafkaArticlePublisher create(Map<String, Object> config, String topic) {
    return new KafkaArticlePublisher(
        new KafkaProducer<>(config, new StringSerializer(), new EventSerializer<>()), topic);
  }

  @Override
  public CompletableFuture<Published> publish(RawArticle article) {
    return send(new ProducerRecord<>(topic, article.id(), article));
  }

  @Override
  public CompletableFuture<Published> remove(String id, Instant removedAt) {
    return send(
        new ProducerRecord<String, RawArticle>(
            topic, null, removedAt.toEpochMilli(), id, (RawArticle) null));
  }

  private CompletableFuture<Published> send(ProducerRecord<String, RawArticle> record) {
    CompletableFuture<Published> result = new CompletableFuture<>();
    try {
      producer.send(
          record,
          (metadata, error) -> {
            if (error == null) {
              result.complete(
                  new Published(metadata.topic(), metadata.partition(), metadata.offset()));
            } else {
              result.completeExceptionally(translate(error));
            }
          });
    } catch (RuntimeException e) {
      result.completeExceptionally(translate(e));
    }
    return result;
  }

  static RuntimeException translate(Throwable error) {
    if (error instanceof TimeoutException || error instanceof RetriableException) {
      return new BrokerUnavailableException(
          "Kafka did not acknowledge the write in time: " + error.getClass().getSimpleName(),
          error);
    }
    if (error instanceof KafkaException kafka) {
      return kafka;
    }
    return error instanceof RuntimeException r ? r : new KafkaException(error);
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(5));
  }
}
