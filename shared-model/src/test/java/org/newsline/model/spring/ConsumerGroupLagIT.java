package org.newsline.model.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsline.testsupport.EmbeddedInfrastructure;
import org.newsline.testsupport.Infrastructure;
import org.newsline.testsupport.KafkaTestClients;
import org.newsline.testsupport.UniqueNames;

/**
 * The lag gauges count from what a group committed, not from where its consumer has fetched: a
 * consumer that has read every record but committed few (the store retrying a batch in memory while
 * MongoDB is away) shows the records it has not committed as lag, where the Kafka client's own
 * {@code records-lag} shows 0.
 */
class ConsumerGroupLagIT {

  private final Infrastructure infrastructure = EmbeddedInfrastructure.get();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private ConsumerGroupLagLifecycle lifecycle;

  @AfterEach
  void stop() {
    if (lifecycle != null) {
      lifecycle.stop();
    }
  }

  @Test
  void aConsumerThatFetchedEverythingButCommittedLittleShowsWhatItHasNotCommittedAsLag()
      throws Exception {
    String topic = UniqueNames.of("lag");
    String group = UniqueNames.of("lag-group");
    KafkaTestClients.createTopics(infrastructure, 2, topic);
    try (KafkaProducer<String, byte[]> producer = KafkaTestClients.bytesProducer(infrastructure)) {
      for (int i = 0; i < 7; i++) {
        producer.send(new ProducerRecord<>(topic, 0, "a" + i, new byte[] {1})).get();
      }
      for (int i = 0; i < 4; i++) {
        producer.send(new ProducerRecord<>(topic, 1, "b" + i, new byte[] {1})).get();
      }
    }

    try (KafkaConsumer<String, byte[]> consumer = consumer(group)) {
      consumer.subscribe(List.of(topic));
      int read = 0;
      long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (read < 11 && System.nanoTime() < until) {
        ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(200));
        read += records.count();
      }
      assertThat(read).as("records fetched").isEqualTo(11);
      // Only three records of partition 0 are done; partition 1 is fetched but not committed.
      consumer.commitSync(Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(3)));

      lifecycle = lifecycle(group);
      lifecycle.start();
      assertThat(lifecycle.isRunning()).isTrue();

      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () -> {
                assertThat(gauge(ConsumerGroupLagLifecycle.LAG, group, topic, 0)).isEqualTo(4.0);
                // Assigned and never committed: everything from the partition's start.
                assertThat(gauge(ConsumerGroupLagLifecycle.LAG, group, topic, 1)).isEqualTo(4.0);
                assertThat(gauge(ConsumerGroupLagLifecycle.OFFSET, group, topic, 0)).isEqualTo(3.0);
              });
      assertThat(gauge(ConsumerGroupLagLifecycle.OFFSET, group, topic, 1))
          .as("no committed offset: the partition's start")
          .isEqualTo(0.0);

      consumer.commitSync(Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(7)));
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () -> {
                assertThat(gauge(ConsumerGroupLagLifecycle.LAG, group, topic, 0)).isEqualTo(0.0);
                assertThat(gauge(ConsumerGroupLagLifecycle.OFFSET, group, topic, 0)).isEqualTo(7.0);
              });
    }
  }

  @Test
  void withoutAConsumerGroupToWatchItDoesNotStart() {
    lifecycle =
        new ConsumerGroupLagLifecycle(
            this::adminConfig, List::of, () -> registry, Duration.ofMillis(200));
    lifecycle.start();
    assertThat(lifecycle.isRunning()).isFalse();
    assertThat(registry.find(ConsumerGroupLagLifecycle.LAG).meters()).isEmpty();
  }

  private ConsumerGroupLagLifecycle lifecycle(String group) {
    return new ConsumerGroupLagLifecycle(
        this::adminConfig, () -> List.of(group), () -> registry, Duration.ofMillis(200));
  }

  private Map<String, Object> adminConfig() {
    return Map.of(
        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers());
  }

  private Double gauge(String name, String group, String topic, int partition) {
    Gauge gauge = find(name, group, topic, partition);
    return gauge == null ? null : gauge.value();
  }

  private Gauge find(String name, String group, String topic, int partition) {
    return registry
        .find(name)
        .tags("group", group, "topic", topic, "partition", Integer.toString(partition))
        .gauge();
  }

  private KafkaConsumer<String, byte[]> consumer(String group) {
    Map<String, Object> config = new HashMap<>();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers());
    config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    config.put(ConsumerConfig.CLIENT_ID_CONFIG, "lag-" + UUID.randomUUID());
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
  }
}
