package org.newsline.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.newsline.testsupport.KafkaTestClients;

/**
 * Reads a topic from the beginning on a thread of its own, for as long as it is open, and counts
 * the records by key: the test watches the counts grow (to kill an instance mid-stream) and asserts
 * on them at the end. {@link #committed} reads as a downstream consumer does (read_committed);
 * {@link #uncommitted} also sees the records of aborted and still open transactions.
 */
final class TopicTally implements AutoCloseable {

  private final Map<String, Long> counts = new ConcurrentHashMap<>();
  private final AtomicLong records = new AtomicLong();
  private final KafkaConsumer<String, byte[]> consumer;
  private final Thread thread;
  private volatile boolean open = true;
  private volatile RuntimeException failure;

  private TopicTally(String topic, int partitions, String isolation) {
    Map<String, Object> config = new HashMap<>();
    config.put(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
        SharedStack.infrastructure().kafkaBootstrapServers());
    config.put(ConsumerConfig.GROUP_ID_CONFIG, "tally-" + UUID.randomUUID());
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    List<TopicPartition> all = new java.util.ArrayList<>();
    for (int p = 0; p < partitions; p++) {
      all.add(new TopicPartition(topic, p));
    }
    consumer.assign(all);
    consumer.seekToBeginning(all);
    thread = new Thread(this::run, "tally-" + isolation + "-" + topic);
    thread.setDaemon(true);
    thread.start();
  }

  static TopicTally committed(String topic, int partitions) {
    return new TopicTally(topic, partitions, "read_committed");
  }

  static TopicTally uncommitted(String topic, int partitions) {
    return new TopicTally(topic, partitions, "read_uncommitted");
  }

  private void run() {
    try {
      while (open) {
        consumer
            .poll(Duration.ofMillis(200))
            .forEach(
                r -> {
                  counts.merge(String.valueOf(r.key()), 1L, Long::sum);
                  records.incrementAndGet();
                });
      }
    } catch (WakeupException e) {
      // closing
    } catch (RuntimeException e) {
      failure = e;
    } finally {
      consumer.close(Duration.ofSeconds(5));
    }
  }

  /** Distinct keys read so far. */
  int distinct() {
    check();
    return counts.size();
  }

  /** Records read so far. */
  long records() {
    check();
    return records.get();
  }

  /** A copy of the counts by key. */
  Map<String, Long> counts() {
    check();
    return Map.copyOf(counts);
  }

  /** Keys read more than once, with their counts. */
  Map<String, Long> duplicates() {
    return counts().entrySet().stream()
        .filter(e -> e.getValue() > 1)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /**
   * Waits until every id has arrived, reads on for a while (a duplicate would come after the last
   * new record), then asserts: none missing, none doubled, nothing else.
   */
  void assertEveryIdExactlyOnce(Set<String> ids) {
    await()
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(10))
        .until(() -> records() >= ids.size());
    assertThat(missing(ids)).as("raw records never enriched").isEmpty();
    assertThat(duplicates()).as("raw records enriched more than once").isEmpty();
    assertThat(counts().keySet()).as("enriched ids").isEqualTo(ids);
  }

  /**
   * Nothing reached the dead-letter topic {@code rawDlt}: every committed record up to its end
   * offsets, taken now, is read.
   */
  static void assertNothingDeadLettered(String rawDlt) {
    assertThat(
            KafkaTestClients.readToEnd(
                SharedStack.infrastructure(), rawDlt, Duration.ofSeconds(30)))
        .as("dead-lettered")
        .isEmpty();
  }

  /** Keys of {@code expected} not read (yet). */
  Set<String> missing(Set<String> expected) {
    Map<String, Long> now = counts();
    return expected.stream().filter(id -> !now.containsKey(id)).collect(Collectors.toSet());
  }

  private void check() {
    if (failure != null) {
      throw new IllegalStateException("tally consumer failed", failure);
    }
  }

  @Override
  public void close() throws InterruptedException {
    open = false;
    consumer.wakeup();
    thread.join(10_000);
  }
}
