package org.newsline.localstack;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.newsline.testsupport.KafkaTestClients;

/** Records written straight to a stack's raw topic, past ingest. */
final class RawRecords {

  private RawRecords() {}

  /**
   * Sends the first record of article {@code id} on the raw topic again, byte for byte, as a
   * duplicate: what a producer's resend after a lost acknowledgement, or a replay, looks like.
   */
  static void resendArticle(LocalStack stack, String id) throws Exception {
    var env = stack.context("enrich").getEnvironment();
    String servers = env.getProperty("spring.kafka.bootstrap-servers");
    String topic = env.getProperty("newsline.kafka.topics.raw", "articles.raw");
    var original =
        KafkaTestClients.readToEnd(servers, topic, Duration.ofSeconds(30)).stream()
            .filter(r -> id.equals(r.key()) && r.value() != null)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no raw record of " + id));
    try (var producer =
        new KafkaProducer<String, byte[]>(
            Map.of("bootstrap.servers", servers, "acks", "all"),
            new StringSerializer(),
            new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(topic, id, original.value())).get();
    }
  }

  /** A record that is not JSON: enrich cannot read it and dead-letters it (deserialization). */
  static void sendUnreadable(LocalStack stack) throws Exception {
    var env = stack.context("enrich").getEnvironment();
    try (var producer =
        new KafkaProducer<String, byte[]>(
            Map.of(
                "bootstrap.servers",
                env.getProperty("spring.kafka.bootstrap-servers"),
                "acks",
                "all"),
            new StringSerializer(),
            new ByteArraySerializer())) {
      producer
          .send(
              new ProducerRecord<>(
                  env.getProperty("newsline.kafka.topics.raw", "articles.raw"),
                  "garbage-" + UUID.randomUUID(),
                  new byte[] {0, 1, 2, (byte) 0xff}))
          .get();
    }
  }
}
