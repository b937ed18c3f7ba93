package org.newsline.ingest.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.newsline.model.RawArticle;
import org.newsline.model.kafka.EventSerializer;

class KafkaArticlePublisherTest {

  private static final RawArticle ARTICLE =
      new RawArticle(
          1,
          "a-1",
          null,
          null,
          "T",
          "Body text.",
          null,
          null,
          Instant.parse("2025-04-18T10:00:00Z"),
          "0".repeat(64),
          List.of(),
          Map.of());

  @Test
  void insistsOnDurableIdempotentWritesWithinThePublishTimeout() {
    Map<String, Object> config =
        KafkaArticlePublisher.producerConfig(
            Map.of(ProducerConfig.ACKS_CONFIG, "1", ProducerConfig.TRANSACTIONAL_ID_CONFIG, "tx"),
            Duration.ofSeconds(9));

    assertThat(config)
        .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
        .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
        .containsEntry(ProducerConfig.MAX_BLOCK_MS_CONFIG, 9000L)
        .containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 9000)
        .containsEntry(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 6000)
        .doesNotContainKey(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
  }

  @Test
  void completesWithThePositionOnceAcknowledged() {
    MockProducer<String, RawArticle> producer =
        new MockProducer<>(false, null, new StringSerializer(), new EventSerializer<>());
    KafkaArticlePublisher publisher = new KafkaArticlePublisher(producer, "raw");

    CompletableFuture<ArticlePublisher.Published> published = publisher.publish(ARTICLE);

    assertThat(published).isNotDone();
    producer.completeNext();
    assertThat(published.join().topic()).isEqualTo("raw");
    assertThat(producer.history())
        .singleElement()
        .satisfies(r -> assertThat(r.key()).isEqualTo("a-1"));
  }

  @Test
  void turnsATimeoutIntoBrokerUnavailable() {
    MockProducer<String, RawArticle> producer =
        new MockProducer<>(false, null, new StringSerializer(), new EventSerializer<>());
    KafkaArticlePublisher publisher = new KafkaArticlePublisher(producer, "raw");

    CompletableFuture<ArticlePublisher.Published> published = publisher.publish(ARTICLE);
    producer.errorNext(new TimeoutException("no broker"));

    assertThat(published).isCompletedExceptionally();
    assertThat(published.handle((p, e) -> e).join()).isInstanceOf(BrokerUnavailableException.class);
  }
}
