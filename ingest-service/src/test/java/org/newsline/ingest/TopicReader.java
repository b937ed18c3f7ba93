package org.newsline.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.newsline.model.RawArticle;
import org.newsline.model.kafka.EventSerdes;
import org.newsline.testsupport.Infrastructure;
import org.newsline.testsupport.KafkaTestClients;

/** Reads raw articles back from the topic with {@code read_committed}. */
public final class TopicReader {

  private TopicReader() {}

  public static RawArticle decode(String topic, byte[] value) {
    return EventSerdes.rawArticle().deserializer().deserialize(topic, value);
  }

  /** The record at one position. */
  public static ConsumerRecord<String, byte[]> recordAt(
      Infrastructure infrastructure, String topic, int partition, long offset) {
    try (KafkaConsumer<String, byte[]> consumer =
        KafkaTestClients.committedReader(infrastructure)) {
      TopicPartition tp = new TopicPartition(topic, partition);
      consumer.assign(List.of(tp));
      consumer.seek(tp, offset);
      long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (System.nanoTime() < until) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          if (record.offset() == offset) {
            return record;
          }
        }
      }
    }
    throw new AssertionError("no record at " + topic + "-" + partition + "@" + offset);
  }

  /**
   * Every record whose key matches, reading until {@code expected} matched or 30 s passed, then on
   * for another half second to catch extra ones.
   */
  public static List<ConsumerRecord<String, byte[]>> readKeys(
      Infrastructure infrastructure, String topic, Predicate<String> key, int expected) {
    List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer =
        KafkaTestClients.committedReader(infrastructure)) {
      consumer.subscribe(List.of(topic));
      long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (System.nanoTime() < until && out.size() < expected) {
        consumer
            .poll(Duration.ofMillis(200))
            .forEach(
                r -> {
                  if (key.test(r.key())) {
                    out.add(r);
                  }
                });
      }
      long settle = System.nanoTime() + Duration.ofMillis(500).toNanos();
      while (System.nanoTime() < settle) {
        consumer
            .poll(Duration.ofMillis(100))
            .forEach(
                r -> {
                  if (key.test(r.key())) {
                    out.add(r);
                  }
                });
      }
    }
    return out;
  }
}
