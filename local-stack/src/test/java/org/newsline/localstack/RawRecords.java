package org.newsline.localstack;

import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Records written straight to a stack's raw topic, past ingest. */
final class RawRecords {

  private RawRecords() {}

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
