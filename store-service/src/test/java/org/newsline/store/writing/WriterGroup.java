package org.newsline.store.writing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.newsline.testsupport.Infrastructure;

/** The store writer's consumer group on its topic, seen through the broker's admin API. */
final class WriterGroup {

  private final Infrastructure infrastructure;
  private final String topic;
  private final String group;
  private final Duration wait;

  WriterGroup(Infrastructure infrastructure, String topic, String group, Duration wait) {
    this.infrastructure = infrastructure;
    this.topic = topic;
    this.group = group;
    this.wait = wait;
  }

  /** Waits until the writer's group has committed every record on the topic. */
  void awaitEverythingCommitted() {
    try (Admin admin = admin()) {
      Map<TopicPartition, OffsetSpec> partitions =
          admin
              .describeTopics(List.of(topic))
              .allTopicNames()
              .get()
              .get(topic)
              .partitions()
              .stream()
              .collect(
                  Collectors.toMap(
                      p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
      await()
          .atMost(wait)
          .pollInterval(Duration.ofMillis(200))
          .until(
              () -> {
                Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                var ends = admin.listOffsets(partitions).all().get();
                return ends.entrySet().stream()
                    .allMatch(
                        e ->
                            e.getValue().offset() == 0
                                || (committed.get(e.getKey()) != null
                                    && committed.get(e.getKey()).offset()
                                        >= e.getValue().offset()));
              });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  void rewindToTheStart() throws Exception {
    try (Admin admin = admin()) {
      await()
          .atMost(wait)
          .until(
              () ->
                  admin
                      .describeConsumerGroups(List.of(group))
                      .all()
                      .get()
                      .get(group)
                      .members()
                      .isEmpty());
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
      admin
          .alterConsumerGroupOffsets(
              group,
              committed.keySet().stream()
                  .collect(Collectors.toMap(tp -> tp, tp -> new OffsetAndMetadata(0))))
          .all()
          .get();
    }
  }

  /** The configuration of {@code name} on the broker. */
  Config topicConfig(String name) throws Exception {
    try (Admin admin = admin()) {
      ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, name);
      return admin.describeConfigs(List.of(resource)).all().get().get(resource);
    }
  }

  private Admin admin() {
    return Admin.create(
        Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()));
  }
}
