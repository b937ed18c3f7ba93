package org.newsline.reliability;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.newsline.model.RawArticle;
import org.newsline.model.kafka.EventSerializer;

/**
 * Writes short raw articles (own text, two sentences each, varied so that the engine has entities,
 * figures and dates to find) straight onto a raw topic, keyed by id, as ingest does. Remembers
 * every id the broker acknowledged.
 */
final class RawFeed implements AutoCloseable {

  private static final List<String> CITIES =
      List.of("Lyon", "Porto", "Gdansk", "Leeds", "Turin", "Ghent", "Malmo", "Brno");
  private static final List<String> PEOPLE =
      List.of(
          "Claire Dubois",
          "Rui Santos",
          "Anna Nowak",
          "Tom Harris",
          "Giulia Conti",
          "Pieter Claes",
          "Erik Lind",
          "Jana Novak");
  private static final List<String> DAYS =
      List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday");

  private final String topic;
  private final String prefix;
  private final KafkaProducer<String, byte[]> producer = producer();
  private final EventSerializer<RawArticle> json = new EventSerializer<>();
  private final Set<String> sent = ConcurrentHashMap.newKeySet();
  private final AtomicInteger next = new AtomicInteger();

  RawFeed(String topic, String prefix) {
    this.topic = topic;
    this.prefix = prefix;
  }

  /** Sends {@code count} more articles at once and waits until the broker has acknowledged all. */
  void send(int count) {
    try {
      Map<String, Future<RecordMetadata>> acks = new LinkedHashMap<>();
      for (int i = 0; i < count; i++) {
        int n = next.getAndIncrement();
        String id = prefix + "-" + n;
        acks.put(
            id,
            producer.send(new ProducerRecord<>(topic, id, json.serialize(topic, article(id, n)))));
      }
      for (var ack : acks.entrySet()) {
        ack.getValue().get();
        sent.add(ack.getKey());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot send to " + topic, e);
    }
  }

  /** Ids the broker acknowledged so far. */
  Set<String> sent() {
    return Set.copyOf(sent);
  }

  /**
   * Idempotent, {@code acks=all}, and one request in flight per connection: with more, a burst to a
   * topic created a moment before could get NOT_LEADER_OR_FOLLOWER for a first batch while a later
   * one was written, and the producer then retried with out-of-order sequence numbers until its
   * delivery timeout (seen once, right after the topics were created).
   */
  private static KafkaProducer<String, byte[]> producer() {
    Map<String, Object> config = new HashMap<>();
    config.put(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
        SharedStack.infrastructure().kafkaBootstrapServers());
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
    return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
  }

  static RawArticle article(String id, int n) {
    String city = CITIES.get(n % CITIES.size());
    String person = PEOPLE.get((n / CITIES.size()) % PEOPLE.size());
    String day = DAYS.get(n % DAYS.size());
    String body =
        "About "
            + (100 + n)
            + " volunteers cleaned the river banks in "
            + city
            + " on "
            + day
            + ", the deputy mayor, "
            + person
            + ", said. The city will spend more than "
            + (2 + n % 7)
            + " million euros on new paths by 2027.";
    return Pipeline.raw(id, body);
  }

  @Override
  public void close() {
    producer.close();
  }
}
