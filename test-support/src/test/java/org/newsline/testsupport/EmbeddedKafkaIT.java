package org.newsline.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class EmbeddedKafkaIT {

  @Test
  void brokerAcknowledgesAndServesRecordsOverTcp() throws Exception {
    Infrastructure infrastructure = EmbeddedInfrastructure.get();
    String topic = UniqueNames.of("smoke");
    KafkaTestClients.createTopics(infrastructure, 3, topic);

    try (KafkaProducer<String, byte[]> producer = KafkaTestClients.bytesProducer(infrastructure)) {
      for (int i = 0; i < 5; i++) {
        producer
            .send(new ProducerRecord<>(topic, "k" + i, ("v" + i).getBytes(StandardCharsets.UTF_8)))
            .get();
      }
    }

    List<ConsumerRecord<String, byte[]>> records =
        KafkaTestClients.readAll(
            infrastructure, topic, 5, Duration.ofSeconds(30), Duration.ofMillis(300));
    assertThat(records)
        .extracting(ConsumerRecord::key)
        .containsExactlyInAnyOrder("k0", "k1", "k2", "k3", "k4");
  }

  @Test
  void readToEndReturnsEveryRecordSentBeforeTheCallAndNothingForAnEmptyTopic() throws Exception {
    Infrastructure infrastructure = EmbeddedInfrastructure.get();
    String topic = UniqueNames.of("to-end");
    String empty = UniqueNames.of("to-end-empty");
    KafkaTestClients.createTopics(infrastructure, 3, topic, empty);
    try (KafkaProducer<String, byte[]> producer = KafkaTestClients.bytesProducer(infrastructure)) {
      for (int i = 0; i < 7; i++) {
        producer
            .send(new ProducerRecord<>(topic, "k" + i, ("v" + i).getBytes(StandardCharsets.UTF_8)))
            .get();
      }
    }

    assertThat(KafkaTestClients.readToEnd(infrastructure, topic, Duration.ofSeconds(30)))
        .extracting(ConsumerRecord::key)
        .containsExactlyInAnyOrder("k0", "k1", "k2", "k3", "k4", "k5", "k6");
    assertThat(KafkaTestClients.readToEnd(infrastructure, empty, Duration.ofSeconds(30))).isEmpty();
  }
}
