package org.newsline.testsupport;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plain Kafka clients for tests: create topics, send raw bytes, read everything back. */
public final class KafkaTestClients {

  private KafkaTestClients() {}

  /** Creates topics with {@code partitions} partitions, replication 1; waits until they exist. */
  public static void createTopics(Infrastructure infrastructure, int partitions, String... names) {
    try (Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                infrastructure.kafkaBootstrapServers()))) {
      List<NewTopic> topics = new ArrayList<>();
      for (String name : names) {
        topics.add(new NewTopic(name, partitions, (short) 1));
      }
      admin.createTopics(topics).all().get();
    } catch (Exception e) {
      throw new IllegalStateException("cannot create topics " + List.of(names), e);
    }
  }

  /** A producer of string keys and byte values, {@code acks=all}, idempotent. */
  public static KafkaProducer<String, byte[]> bytesProducer(Infrastructure infrastructure) {
    Map<String, Object> config = new HashMap<>();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers());
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
  }

  /**
   * Reads {@code topic} from the beginning with {@code isolation.level=read_committed} until {@code
   * expected} records have arrived or {@code timeout} passes, then reads on for {@code settle} to
   * catch any extra (duplicate) records. Returns every record read.
   */
  public static List<ConsumerRecord<String, byte[]>> readAll(
      Infrastructure infrastructure,
      String topic,
      int expected,
      Duration timeout,
      Duration settle) {
    List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer = committedReader(infrastructure)) {
      consumer.subscribe(List.of(topic));
      Consumer<Duration> poll = d -> consumer.poll(d).forEach(records::add);
      await()
          .atMost(timeout)
          .pollInterval(Duration.ofMillis(50))
          .until(
              () -> {
                poll.accept(Duration.ofMillis(200));
                return records.size() >= expected;
              });
      long settleUntil = System.nanoTime() + settle.toNanos();
      while (System.nanoTime() < settleUntil) {
        poll.accept(Duration.ofMillis(100));
      }
    }
    return records;
  }

  /**
   * Every committed record of {@code topic} up to its end offsets as they are when called: a check
   * that a topic holds nothing (or exactly these records) without waiting for a count that is met
   * at once and without a fresh group's assignment racing the read. Fails if the end offsets are
   * not reached within {@code timeout}. A topic that does not exist holds nothing.
   */
  public static List<ConsumerRecord<String, byte[]>> readToEnd(
      Infrastructure infrastructure, String topic, Duration timeout) {
    return readToEnd(infrastructure.kafkaBootstrapServers(), topic, timeout);
  }

  /** {@link #readToEnd(Infrastructure, String, Duration)} on a broker given by its address. */
  public static List<ConsumerRecord<String, byte[]>> readToEnd(
      String bootstrapServers, String topic, Duration timeout) {
    List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer = committedReader(bootstrapServers)) {
      List<PartitionInfo> partitions = consumer.partitionsFor(topic, timeout);
      if (partitions == null || partitions.isEmpty()) {
        return records;
      }
      List<TopicPartition> all =
          partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
      consumer.assign(all);
      consumer.seekToBeginning(all);
      // read_committed: the end offsets are the last stable offsets.
      Map<TopicPartition, Long> end = consumer.endOffsets(all, timeout);
      await()
          .atMost(timeout)
          .pollInterval(Duration.ZERO)
          .until(
              () -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return all.stream().allMatch(tp -> consumer.position(tp) >= end.get(tp));
              });
    }
    return records;
  }

  /** A consumer with a fresh group reading from the earliest committed record. */
  public static KafkaConsumer<String, byte[]> committedReader(Infrastructure infrastructure) {
    return committedReader(infrastructure.kafkaBootstrapServers());
  }

  private static KafkaConsumer<String, byte[]> committedReader(String bootstrapServers) {
    Map<String, Object> config = new HashMap<>();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
  }
}
