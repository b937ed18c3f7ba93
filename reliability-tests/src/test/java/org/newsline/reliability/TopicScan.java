package org.newsline.reliability;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * A whole topic read once, without a consumer group: every partition from its beginning up to the
 * end offsets taken when the scan starts (for {@code read_committed}, the last stable offsets), so
 * the scan ends exactly when everything that was there has been seen, neither earlier (a fresh
 * group's first polls may return nothing) nor later.
 *
 * @param records by key, where each record of that key is ({@code partition@offset}, in order)
 */
record TopicScan(String topic, Map<String, List<String>> records) {

  /** Reads {@code topic} on {@code bootstrapServers} with the given isolation level. */
  static TopicScan read(String bootstrapServers, String topic, String isolationLevel) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers,
            ConsumerConfig.ISOLATION_LEVEL_CONFIG,
            isolationLevel,
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
            false,
            ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
            2000);
    Map<String, List<String>> byKey = new HashMap<>();
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("could not read " + topic + " to " + end + " in 60 s");
        }
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
          String key = r.key() == null ? "(null)" : new String(r.key(), StandardCharsets.UTF_8);
          byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(r.partition() + "@" + r.offset());
        }
      }
    }
    return new TopicScan(topic, byKey);
  }

  /** How many records carry {@code key}. */
  int count(String key) {
    return records.getOrDefault(key, List.of()).size();
  }

  /** All records, by key and position. */
  int size() {
    return records.values().stream().mapToInt(List::size).sum();
  }
}
