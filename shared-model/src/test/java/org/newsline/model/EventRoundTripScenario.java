package org.newsline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.newsline.model.kafka.EventSerdes;
import org.newsline.testsupport.Infrastructure;
import org.newsline.testsupport.KafkaTestClients;
import org.newsline.testsupport.UniqueNames;

/**
 * Each event of the contract, sent through a real broker with the contract's serdes, arrives
 * unchanged and as JSON its schema accepts. Runs on the embedded broker and on a real container.
 */
abstract class EventRoundTripScenario {

  protected abstract Infrastructure infrastructure();

  @Test
  void rawArticleCrossesKafkaUnchangedAndMatchesItsSchema() throws Exception {
    roundTrip(Topics.ARTICLES_RAW, SampleEvents.raw(), EventSchemas.RAW_ARTICLE);
  }

  @Test
  void enrichedArticleCrossesKafkaUnchangedAndMatchesItsSchema() throws Exception {
    roundTrip(Topics.ARTICLES_ENRICHED, SampleEvents.enriched(), EventSchemas.ENRICHED_ARTICLE);
  }

  private <V> void roundTrip(Topic<V> topic, V event, com.networknt.schema.Schema schema)
      throws Exception {
    String name = UniqueNames.of(topic.defaultName());
    KafkaTestClients.createTopics(infrastructure(), 2, name);
    Serde<V> serde = EventSerdes.forTopic(topic);

    try (KafkaProducer<String, V> producer =
        new KafkaProducer<>(
            java.util.Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                infrastructure().kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG,
                "all"),
            new StringSerializer(),
            serde.serializer())) {
      producer.send(new ProducerRecord<>(name, "coast-news-2025-0418-harbour", event)).get();
    }

    List<ConsumerRecord<String, byte[]>> records =
        KafkaTestClients.readAll(
            infrastructure(), name, 1, Duration.ofSeconds(30), Duration.ofMillis(200));
    assertThat(records).hasSize(1);
    ConsumerRecord<String, byte[]> record = records.get(0);
    assertThat(record.key()).isEqualTo("coast-news-2025-0418-harbour");
    assertThat(EventSchemas.validate(schema, record.value())).isEmpty();
    assertThat(serde.deserializer().deserialize(name, record.value())).isEqualTo(event);
  }
}
